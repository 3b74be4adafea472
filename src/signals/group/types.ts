import type { Model } from '../../model/types.js';
import type { AnalysisProfile } from '../../profile.js';
import type { CoordinationTies } from '../../coordination/ties.js';
import type { PersonName } from '../_shared/names.js';

/**
 * Tests of a coordinated group as a unit, on its members' pooled comments and accounts
 * (../shared/reference/group-tests.md): an account with three comments cannot carry a clock test or a
 * name test, its group can. Like the account signals, a tell returns numbers and codes, never words.
 */
export type GroupTellId = 'pages' | 'shift' | 'lunch' | 'weekend' | 'names' | 'engagement' | 'templates';

/**
 * `separating`: tells operators from citizens (Pages posing as people, an office shift, a pool of
 * names). `coordination`: says the group acts together, which a campaign does too; reported, never
 * decisive. `context`: reported beside a separating tell, not counted on its own (the weekend share:
 * students and a shift both post on weekdays).
 */
export type GroupTellFamily = 'separating' | 'coordination' | 'context';

export interface GroupContext {
  model: Model;
  profile: AnalysisProfile;
  ties: CoordinationTies;
  names: PersonName[];
  /** Per account: the index of its group, or −1 (not in any). */
  groupOf: Int32Array;
  /**
   * Per account: 1 when it is one of "the page's other commenters", the yardstick of every tell: ungrouped, and
   * not attached to a group judged inauthentic in an earlier pass (score/network-verdict.ts, judgeNetworks).
   */
  others: Uint8Array;
}

export interface GroupTellOptions {
  /** Benjamini–Hochberg false discovery rate across the groups tested. */
  alpha: number;
  minOccasions: number;
  minPages: number;
  minPagesRatio: number;
  /** Share of a group's members of known type that must be Pages posing as people. */
  minPagesShare: number;
  minLift: number;
  /** Hours either side of the profile's shift start, end and lunch that the shift tell also tries (0: the profile's only). */
  shiftSearch: number;
  minNamePairs: number;
  /** Benjamini–Hochberg false discovery rate of the names tell across the groups tested (its own level; 0.01 by default, `alpha` 0.05). */
  namesAlpha: number;
}

/** One tell of one group before the correction across groups. */
export interface GroupTellResult {
  tell: GroupTellId;
  /** False when the group is too small or the data lacks what the tell reads (no Page flag, no reactions). */
  testable: boolean;
  /** One-sided p-value (1 when not testable or no effect in the tested direction). */
  p: number;
  /** Whether the effect is large enough to matter, whatever p says (a lift, a count). */
  effect: boolean;
  figures: Record<string, number>;
}

export interface GroupTell {
  id: GroupTellId;
  family: GroupTellFamily;
  evaluate(members: number[], group: number, context: GroupContext, options: GroupTellOptions): GroupTellResult;
}
