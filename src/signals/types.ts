import type { z } from 'zod';
import type { Model } from '../model/types.js';
import type { AnalysisProfile } from '../profile.js';
import type { CoordinationTies } from '../coordination/ties.js';

export type SignalId =
  | 'page-as-profile' | 'stock-name' | 'shift-hours' | 'network-member' | 'closed-engagement' | 'page-network-copies'
  | 'intra-network' | 'co-commenting' | 'copy-paste';

/**
 * What a signal can tell. `separating` evidence distinguishes operators from citizens (a Page posing
 * as a person, office-hour shifts, stock names, engagement that exists only inside a coordinated group). `coordination` evidence shows accounts acting
 * together, which activists do too: the coordination signals count together as one in the verdict.
 */
export type SignalFamily = 'separating' | 'coordination';

/**
 * One piece of evidence about one account. Codes and numbers only: the words live in
 * report/messages.ts. `strength` is in [0, 1]; what it means is documented per signal.
 */
export interface Evidence {
  account: number;
  signal: SignalId;
  code: string;
  strength: number;
  args: Record<string, number | string>;
  /**
   * Set only where a test that reads the accounts already judged inauthentic lifted `strength` (intra-network's
   * support test): the strength without that lift. The rounds judge who is operated on it (score/fixed-point.ts).
   * Not part of the JSON.
   */
  unlifted?: number;
}

export interface SignalContext {
  profile: AnalysisProfile;
  /** Per comment: 1 when it falls in the profile's shift. */
  inShift: Uint8Array;
  /** Per account: 1 when the previous round judged it suspicious or inauthentic. */
  suspected: Uint8Array;
  /**
   * Per account: 1 when evidence that does not depend on other accounts (a Page posing as a person)
   * is strong on its own. Fixed before the rounds start, so it cannot feed on itself.
   */
  anchored: Uint8Array;
  /**
   * Per account: 1 when the previous round judged it inauthentic on evidence other than intra-network's support
   * test (a subset of `suspected`): the accounts that test counts as operated, so its own lifts never feed it.
   */
  flagged: Uint8Array;
  /** Who acts together with whom (co-commenting edges, copy-paste families), computed once per scan. */
  ties: CoordinationTies;
  /** The coordinated groups, judged on pooled evidence before the accounts are (score/network-verdict.ts). */
  networks: NetworkContext[];
  /**
   * Per account: 1 when it belongs to a group whose clock was tested as a whole and that was not judged
   * inauthentic. Its hours are then
   * judged with its group's (pooled, clustered by occasion), not alone: a student's daytime comments are
   * its community's rallies, and the group test already says what they are worth.
   */
  pooledClock: Uint8Array;
  /**
   * Per account: 1 when it belongs to a group whose engagement was tested as a whole and that was not judged
   * inauthentic. Support that stays inside such a group is the group's, and the group test already weighed it: a
   * campaign whose comments few outsiders like (students liking each other's slogans) keeps its likes inside as
   * an operation does. Closed engagement is then not evidence against the member (issue #9: a coordinated group on
   * the citizens' clock, without Pages posing as people, stays coordinated-authentic, and so do its members).
   */
  pooledEngagement: Uint8Array;
}

/** How an account is tied to the inauthentic group whose verdict it carries. */
export interface MemberAttachment {
  /** Core members tied to it by more than timing (a shared template, reactions exchanged both ways). */
  ties: number;
  /** Core members it exchanged reactions with both ways. */
  mutual: number;
  /** Core members that gave it a supportive reaction. */
  supporters: number;
  /** Accounts (anyone) that gave it a supportive reaction. */
  reactors: number;
  /** Bayes factor of its clock, its group's against the page's, capped at 1e6 (0: not measured, the group was not judged on its shift). */
  clockFit: number;
  /** Distinct templates of the networks (texts mostly written by their core) among its comments. */
  templates: number;
  /** Its comments that are copies of those templates (a slogan counted once), and all its comments (0 when it wrote none of them). */
  copies: number;
  comments: number;
  /**
   * Its comments on a post within minutes of a comment by one of the network's seeds (coordination/sessions.ts), against
   * chance, BH-corrected across the attached accounts tested (q, unrounded); absent when not measured.
   */
  sessions?: { hits: number; expected: number; minutes: number; q: number };
  /**
   * Bayes factor of the supportive reactions it received from and gave to the networks' members (the smaller of the two
   * shares' factors), its group's against the page's, capped at 1e6 (0: not measured, it received or gave none).
   */
  engagementFit: number;
  /** Its supportive reactions: received, of them from the networks' members, given, of them to the networks' members. */
  likes: { received: number; fromNetwork: number; given: number; toNetwork: number };
  /** Whether its likes stood for its second tie beside one template (`minEngagementTie`): attached on them. */
  likesTie: boolean;
}

/** A judged group as the account signals see it. */
export interface NetworkContext {
  id: string;
  size: number;
  verdict: 'inauthentic' | 'coordinated-authentic' | 'undetermined';
  basis: string[];
  /** Accounts firmly attached to it (only for an inauthentic group): independent ties beyond timing, members it exchanged reactions with, its clock's fit. */
  attached: Map<number, MemberAttachment>;
}

/** A command-line flag for one option of a signal; the default and range come from the zod schema. */
export interface OptionFlag {
  flag: string;
  key: string;
  description: string;
  /** A flag that takes one of these words rather than a number. */
  choices?: readonly string[];
}

export interface Signal<O> {
  id: SignalId;
  family: SignalFamily;
  /** One sentence, shown in help and reports. */
  rationale: string;
  options: z.ZodType<O>;
  flags: OptionFlag[];
  /** True when the signal reads `context.suspected` and so is re-run each round of the fixed point. */
  usesSuspects: boolean;
  /** Why the signal cannot run on this model (an unavailability code), or null. */
  unavailable(model: Model): string | null;
  /** Pure and deterministic. */
  evaluate(model: Model, options: O, context: SignalContext): Evidence[];
}
