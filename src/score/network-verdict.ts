import { attachmentTo } from '../coordination/attachment.js';
import type { CoordinationGraph } from '../coordination/groups.js';
import { GROUP_TELLS } from '../signals/group/index.js';
import type { GroupContext, GroupTellId, GroupTellOptions, GroupTellResult } from '../signals/group/types.js';
import { benjaminiHochberg, significant } from '../util/stats.js';

export type NetworkVerdictValue = 'inauthentic' | 'coordinated-authentic' | 'undetermined';

/** One tell of one group after the correction across groups. */
export interface GroupTellOut extends Omit<GroupTellResult, 'figures'> {
  q: number;
  passed: boolean;
  figures: Record<string, number>;
}

export interface NetworkJudgement {
  verdict: NetworkVerdictValue;
  /** The separating tells the verdict stands on (empty unless inauthentic). */
  basis: GroupTellId[];
  tells: GroupTellOut[];
  /** Accounts firmly attached to an inauthentic group, with their tie counts (empty otherwise). */
  attached: Map<number, number>;
}

export interface NetworkVerdictOptions extends GroupTellOptions {
  /** Distinct members an account must be tied to before a group's verdict reaches it. */
  minAttachment: number;
}

/**
 * The group's verdict from its tells, each corrected for the number of groups (Benjamini–Hochberg at
 * `alpha`, per tell). A tell passes when its q-value is at most alpha and its effect is large enough.
 * The rule mirrors the account-level one — coordination never decides alone, one weak tell never does:
 * - inauthentic: Pages posing as people in excess (with the ties that make it a group, Meta's 2020
 *   network), or an office shift together with a second separating tell (a lunch break, a pool of names);
 * - undetermined: one separating tell alone (a daytime clock: students have one too), or a group too
 *   small or too bare for any separating tell to be tested;
 * - coordinated-authentic: tested, and nothing but acting together.
 */
export function judgeGroups(graph: CoordinationGraph, context: GroupContext, options: NetworkVerdictOptions): NetworkJudgement[] {
  const raw = graph.groups.map((members, g) => GROUP_TELLS.map((tell) => tell.evaluate(members, g, context, options)));
  const q: number[][] = raw.map((tells) => tells.map(() => 1));
  GROUP_TELLS.forEach((_, t) => {
    const tested = raw.flatMap((tells, g) => (tells[t]!.testable && tells[t]!.p < 1 ? [g] : []));
    const values = benjaminiHochberg(tested.map((g) => raw[g]![t]!.p));
    tested.forEach((g, i) => (q[g]![t] = significant(values[i]!)));
  });
  return graph.groups.map((members, g) => {
    const tells: GroupTellOut[] = raw[g]!.map((r, t) => {
      const family = GROUP_TELLS[t]!.family;
      const passed = r.testable && r.effect && (family === 'coordination' ? true : q[g]![t]! <= options.alpha);
      return { ...r, q: q[g]![t]!, passed };
    });
    const passed = (id: GroupTellId) => tells.find((t) => t.tell === id)!.passed;
    const testable = (id: GroupTellId) => tells.find((t) => t.tell === id)!.testable;
    const basis: GroupTellId[] = [];
    if (passed('pages')) basis.push('pages');
    if (passed('shift') && (passed('lunch') || passed('names') || passed('pages'))) {
      basis.push('shift');
      if (passed('lunch')) basis.push('lunch');
    }
    if (passed('names') && basis.length > 0) basis.push('names');
    let verdict: NetworkVerdictValue;
    if (basis.length > 0) verdict = 'inauthentic';
    else if (passed('shift') || passed('names') || passed('lunch')) verdict = 'undetermined';
    else if (!testable('pages') && !testable('shift') && !testable('names')) verdict = 'undetermined';
    else verdict = 'coordinated-authentic';
    let attached = new Map<number, number>();
    if (verdict === 'inauthentic') {
      // Firm attachment: at least minAttachment members, and at least half of all its partners inside.
      attached = new Map(
        [...attachmentTo(context.model, context.ties, members)]
          .filter(([, t]) => t.inside >= options.minAttachment && t.inside * 2 >= t.all)
          .map(([a, t]) => [a, t.inside]),
      );
    }
    return { verdict, basis, tells, attached };
  });
}
