import { attachmentTo, groupTexts, templateRepertoire, type GroupTexts } from '../coordination/attachment.js';
import { clockSpeaksAgainst, occasionHours, occasionsIn, shareFit } from '../coordination/clock-fit.js';
import { sessionTest } from '../coordination/sessions.js';
import { isHoursCandidate, shiftHours, type ShiftHoursOptions } from '../signals/shift-hours.js';
import { testedWindow } from '../signals/group/shift.js';
import { windowKey } from '../signals/group/shared.js';
import { coordinationGraph, type CoordinationGraph } from '../coordination/groups.js';
import type { CoordinationTies } from '../coordination/ties.js';
import type { Model } from '../model/types.js';
import type { AnalysisOptions } from '../options.js';
import { accountNames, posesAsPerson, posesAsPersonUnexplained } from '../signals/_shared/names.js';
import { countsAsNetworkPage, type NetworkMemberOptions } from '../signals/network-member.js';
import type { MemberAttachment, NetworkContext } from '../signals/types.js';
import { networkId } from './networks.js';
import { DisjointSets } from '../util/disjoint-sets.js';
import { GROUP_TELLS } from '../signals/group/index.js';
import type { GroupContext, GroupTellId, GroupTellOptions, GroupTellResult } from '../signals/group/types.js';
import { benjaminiHochberg, fitBetaBinomial, round, significant } from '../util/stats.js';

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
  attached: Map<number, MemberAttachment>;
}

export interface NetworkVerdictOptions extends GroupTellOptions, Pick<NetworkMemberOptions, 'minRepertoire' | 'minCopiedShare' | 'minSupportedShare'> {
  /** Distinct members an account must be tied to before a group's verdict reaches it. */
  minAttachment: number;
  /** Bayes factor by which a member's clock must fit its group's rather than the page's (clock-fit.ts). */
  minClockFit: number;
  /** …for its hours to count as one of its `minAttachment` ties (beside at least one firm tie). */
  minClockTie: number;
  /** Bayes factor by which a member's clock fits the page's rather than its group's at which likes no longer make it firm (0: never). */
  clockAgainst: number;
  /** Bayes factor by which a member's likes must fit its group's rather than the page's, each way, to count as one of its ties. */
  minEngagementTie: number;
  /** Passes of the group stage, each with the yardstick less the accounts the one before attached (1: one pass). */
  yardstickPasses: number;
  /** Largest window (minutes) of the session test of attached accounts (coordination/sessions.ts); 0: not tested. */
  sessionMaxMinutes: number;
  /** Benjamini–Hochberg false discovery rate of the session test, across the attached accounts tested. */
  sessionAlpha: number;
  /** The per-account hours test's candidates (shift-hours `minComments`, `minShare`): left out of the page's clock. */
  hoursCandidate: Pick<ShiftHoursOptions, 'minComments' | 'minShare'>;
}

/**
 * The group's verdict from its tells, each corrected for the number of groups (Benjamini–Hochberg, per tell). A tell
 * passes when its q-value is at most `alpha` (the names tell: `namesAlpha`) and its effect is large enough.
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
  const judged = graph.groups.map((members, g) => {
    const tells: GroupTellOut[] = raw[g]!.map((r, t) => {
      const family = GROUP_TELLS[t]!.family;
      const level = r.tell === 'names' ? options.namesAlpha : options.alpha;
      const passed = r.testable && r.effect && (family === 'coordination' ? true : q[g]![t]! <= level);
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
    return { verdict, basis, tells, attached: new Map<number, MemberAttachment>() };
  });
  attach(judged, graph, context, options);
  return judged;
}

/**
 * Which accounts carry an inauthentic group's verdict. Attachment is measured against all the groups judged
 * inauthentic together (one operation is often split across several groups, and a member's partners in a
 * sister group are no reason to doubt it), then each attached account is credited to its own group if that
 * is inauthentic, else to the inauthentic group holding most of its partners. Firm attachment: at least
 * `minAttachment` members tied to it by more than timing (a shared template, reactions exchanged both ways) — or one,
 * beside hours or likes that fit its group's (`minClockTie`, `minEngagementTie`) — and at least half of all its partners
 * inside (attachment.ts).
 */
function attach(judged: NetworkJudgement[], graph: CoordinationGraph, context: GroupContext, options: NetworkVerdictOptions): void {
  const inauthentic = graph.groups.flatMap((members, g) => (judged[g]!.verdict === 'inauthentic' ? members : []));
  if (inauthentic.length === 0) return;
  const { groupOf } = context;
  // A Page with a person's name inside an inauthentic group is what the group was judged on: one firm tie
  // is enough to attach it (whether it carries the verdict as such a Page is network-member's call: one
  // under a person's category needs a repertoire); anyone else needs minAttachment.
  // So is a Page with a person's name and a category no person has ("Cosmetics store") in no group: with 1–4
  // comments it is tied to nothing else, and one of the network's lines among them (a slogan too, which ties
  // nobody else alone) attaches it. It carries the verdict with its Page evidence, as a member Page does. A
  // profile or a person's Page ("Blogger") that echoes one line is not attached: citizens and public figures
  // do echo (on our own draws: mean recall flood 0.928 → 0.945, month 0.685 → 0.698, no account wrongly
  // flagged; on 60 draws by other hands +0.001 to +0.003, none either).
  const { model, names } = context;
  const loneShopPage = (a: number) => groupOf[a] === -1 && posesAsPersonUnexplained(model, names, a);
  const posingMember = (a: number) => (groupOf[a]! >= 0 && judged[groupOf[a]!]!.verdict === 'inauthentic' && posesAsPerson(model, names, a)) || loneShopPage(a);
  // How well each member's own clock fits its group's (partial pooling, clock-fit.ts), in groups judged on
  // their shift. Never a tie alone: students swept into a brigade group by a few co-comments fit a daytime clock
  // too (five were flagged in one draw when it was). Beside one firm tie (a template, reactions exchanged) a clock
  // fitting its group's `minClockTie` times better than the page's stands for the second: hours are a sign of
  // belonging of another kind than a shared line. At `minClockFit` it is also a firmly attached profile's evidence of
  // its own (signals/network-member.ts).
  const clocks = clockFits(judged, graph, context, options);
  const clock = (a: number) => clocks.get(a) ?? 0;
  // Likes work as hours do (recordEngagementFits): beside one firm tie that is a shared template, a member's supportive
  // reactions fitting its group's `minEngagementTie` times better than the page's, each way, stand for the second tie.
  // Beside a tie of reactions exchanged they would be the same likes counted again: a friend trading likes with one
  // operator's Page was attached on them and flagged on them a third time (engagement-from-network), a review found.
  const network = new Set(inauthentic);
  const likes = likeShares(context, network);
  const memberLikes = new Map<number, number>();
  if (likes) graph.groups.forEach((members, g) => {
    if (judged[g]!.verdict === 'inauthentic') for (const [a, factor] of likeFits(likes, members)) memberLikes.set(a, factor);
  });
  // What lets one firm tie do for two, first match: a Page posing as a person, hours that fit, likes that fit beside a template.
  // What stands for a second tie for any account: its hours, or its likes beside a template.
  const ownSecondTie = (a: number, t: { firmWith: ReadonlySet<number> }): 'hours' | 'likes' | null =>
    clock(a) >= options.minClockTie ? 'hours' : (memberLikes.get(a) ?? 0) >= options.minEngagementTie && hasTemplateTie(t.firmWith) ? 'likes' : null;
  const secondTie = (a: number, t: { firmWith: ReadonlySet<number> }): 'page' | 'hours' | 'likes' | null => (posingMember(a) ? 'page' : ownSecondTie(a, t));
  const firmly = (a: number, t: { inside: number; all: number; beyondTiming: number; firmWith: ReadonlySet<number> }) =>
    (t.beyondTiming >= options.minAttachment || (t.beyondTiming >= 1 && secondTie(a, t) !== null)) && t.inside * 2 >= t.all;
  // Two passes: the members firmly tied to the groups' whole membership are the core; attachment is then
  // measured against the core alone, so a citizen that co-commenting swept into a group cannot vouch for
  // another (a superfan liked by two such citizens was "attached" to a brigade it never touched). Nor can a
  // clique of them vouch for each other: the core keeps only the accounts whose firm ties reach, directly or
  // through other firmly tied accounts, a member carrying its group's own evidence (seededCore). Five colleagues
  // who like each other's comments at lunch, swept into a brigade's group of 304, were each "firmly" tied by
  // the other four's likes and flagged (our month draw 2001).
  const first = [...attachmentTo(context.model, context.ties, inauthentic, groupOf)].filter(([a, t]) => firmly(a, t));
  const seeds = networkSeeds(judged, graph, (a) => posingMember(a) || clock(a) >= options.minClockFit);
  const core = seededCore(first, seeds.orEveryMember, context.model.accounts.length);
  if (core.length === 0) return;
  // The core's copied texts, read once for its attachment and its members' repertoires. Whether a text is the
  // network's and whether an account's partners are mostly the network's are asked of the groups' whole membership,
  // not the core: measured against the core alone, a group of Pages posing as people and fake profiles, judged
  // inauthentic on its Pages, attached none of its Pages. Its profiles, one template each, were not firmly tied and
  // so not in the core; the Pages' shared template then had 5 authors of 12 in the core, "a common phrase", and their
  // partners were 4 of 12 "inside" (our fake-profiles draw 1002: 0 of 102 flagged). Only the core still vouches.
  const coreTexts = groupTexts(context.model, context.ties, core, network);
  // Accounts attached only for being a Page with a person's name: one firm tie, and nothing of their own for a second.
  const byName = new Set<number>();
  for (const [account, t] of attachmentTo(context.model, context.ties, core, groupOf, coreTexts, loneShopPage, network)) {
    if (!firmly(account, t)) continue;
    const own = groupOf[account]!;
    const target = own >= 0 && judged[own]!.verdict === 'inauthentic' ? own : mostTiedGroup(t.partners(), groupOf, judged);
    if (target >= 0) judged[target]!.attached.set(account, { ties: t.beyondTiming, mutual: t.mutual, supporters: t.supporters, reactors: t.reactors, templates: 0, copies: 0, comments: 0, clockFit: fitFigure(clock(account)), engagementFit: 0, likes: { received: 0, fromNetwork: 0, given: 0, toNetwork: 0 }, likesTie: t.beyondTiming < options.minAttachment && secondTie(account, t) === 'likes' });
    if (target >= 0 && t.beyondTiming < options.minAttachment && ownSecondTie(account, t) === null) byName.add(account);
  }
  recordRepertoires(judged, context, coreTexts);
  // A Page with a person's name under a person's or an ambiguous category ("Blogger", "Media"), attached only for its
  // name, that does not count as one of the network's Pages is not the network's: a profile tied as it is would not be
  // attached. Kept, its membership beside its own Page evidence counted the name twice (a journalist's Page under
  // "Media" echoing one line was flagged), and it was reported among the members carrying the verdict.
  for (const j of judged) for (const [a, t] of j.attached) if (byName.has(a) && !posesAsPersonUnexplained(model, names, a) && !countsAsNetworkPage(t, options)) j.attached.delete(a);
  recordSessions(judged, context, seeds.own, network, options);
  if (likes) recordEngagementFits(judged, graph, likes, memberLikes);
}

/** Whether an account's firm ties include a shared template (keyed negative; members it exchanged reactions with are not). */
function hasTemplateTie(firmWith: ReadonlySet<number>): boolean {
  for (const k of firmWith) if (k < 0) return true;
  return false;
}

/** Per account, its supportive reactions received, of them from the networks, given, and of them to the networks; and the page's fits. */
interface LikeShares {
  received: Uint32Array;
  fromNetwork: Uint32Array;
  given: Uint32Array;
  toNetwork: Uint32Array;
  /** Beta-binomials of the two shares over the page's ungrouped accounts that received (gave) any. */
  pageReceived: { alpha: number; beta: number };
  pageGiven: { alpha: number; beta: number };
}

/**
 * Each account's supportive reactions (like, love, care, wow) received and given, and how many came from or went to
 * `inside` (every member of a group judged inauthentic); null when the export lists no reactions.
 */
function likeShares(context: GroupContext, inside: ReadonlySet<number>): LikeShares | null {
  const { model } = context;
  if (!model.hasReactions) return null;
  const n = model.accounts.length;
  const received = new Uint32Array(n), fromNetwork = new Uint32Array(n), given = new Uint32Array(n), toNetwork = new Uint32Array(n);
  const { from, to, reaction, supportive } = model.engagements;
  for (let e = 0; e < model.engagements.length; e++) {
    if (!reaction[e] || !supportive[e] || from[e] === to[e]) continue;
    received[to[e]!]!++;
    given[from[e]!]!++;
    if (inside.has(from[e]!)) fromNetwork[to[e]!]!++;
    if (inside.has(to[e]!)) toNetwork[from[e]!]!++;
  }
  const page = (k: Uint32Array, total: Uint32Array) => fitBetaBinomial(model.accounts.flatMap((_, a) => (context.others[a] && total[a]! > 0 ? [{ k: k[a]!, n: total[a]! }] : [])));
  return { received, fromNetwork, given, toNetwork, pageReceived: page(fromNetwork, received), pageGiven: page(toNetwork, given) };
}

/**
 * Per account of `accounts` that received and gave supportive reactions: the Bayes factor of its two shares (received
 * from the networks, given to them), each under a beta-binomial fitted to `accounts` (itself left out of the mean)
 * against the page's, the smaller kept. Both ways, because nobody chooses who likes them (signals/network-member.ts
 * `minEngagementFit`). Partial pooling, as for the clock: a member with three comments and five likes cannot carry
 * closed-engagement's test (20 received, 10 given); it can say whether its five look like its network's or the page's.
 */
function likeFits(likes: LikeShares, accounts: number[]): Map<number, number> {
  const byReceived = shareFit(accounts, { k: likes.fromNetwork, n: likes.received }, [likes.pageReceived]);
  const byGiven = shareFit(accounts, { k: likes.toNetwork, n: likes.given }, [likes.pageGiven]);
  const out = new Map<number, number>();
  for (const [a, r] of byReceived) {
    const g = byGiven.get(a);
    if (g !== undefined) out.set(a, Math.exp(Math.min(r, g)));
  }
  return out;
}

/**
 * Each attached account's likes and their fit. A member of a group judged inauthentic keeps the factor its tie was read
 * with (`memberFits`, its group's members pooled); an account credited to the group from outside it is weighed with them.
 */
function recordEngagementFits(judged: NetworkJudgement[], graph: CoordinationGraph, likes: LikeShares, memberFits: ReadonlyMap<number, number>): void {
  graph.groups.forEach((members, g) => {
    const j = judged[g]!;
    if (j.verdict !== 'inauthentic' || j.attached.size === 0) return;
    const inGroup = new Set(members);
    const outsiders = [...j.attached.keys()].filter((a) => !inGroup.has(a));
    const fits = outsiders.length > 0 ? likeFits(likes, [...members, ...outsiders]) : new Map<number, number>();
    for (const [a, t] of j.attached) {
      t.likes = { received: likes.received[a]!, fromNetwork: likes.fromNetwork[a]!, given: likes.given[a]!, toNetwork: likes.toNetwork[a]! };
      const factor = inGroup.has(a) ? memberFits.get(a) : fits.get(a);
      if (factor !== undefined) t.engagementFit = factorFigure(factor);
    }
  });
}

/**
 * Whether each attached account comments in the networks' sittings beyond chance (coordination/sessions.ts), BH across
 * the accounts it can decide. The sittings are the seeds' (networkSeeds' `own`: members carrying their group's own evidence,
 * Pages posing as people, clocks that fit; in a group with neither, none — not every member, as the core takes: a
 * colleague swept into such a group sat within a minute of its fellow colleagues, members too, and was flagged on it,
 * independent fake-profiles 2008) and those of the attached accounts that exchanged reactions with the network or whose
 * hours fit its clock. Read once: not the core's sittings, nor those of accounts that passed this test (profiles
 * attached by the templates they echo are in the core, and echoes posted together would vouch for each other; one
 * account that passed would vouch for every account that sat with it). Chance is the page's outsiders': every account
 * neither in a group judged inauthentic nor attached to one. The accounts tested, and corrected for together, are the
 * attached ones not already in the sittings: those are full strength without it, and their tiny p-values would make
 * the others' q-values smaller. It attaches none (students who answered a call during a flood sit beside a brigade
 * too), it says how firmly an attached one belongs (signals/network-member.ts).
 */
function recordSessions(judged: NetworkJudgement[], context: GroupContext, seeds: ReadonlySet<number>, network: Set<number>, options: NetworkVerdictOptions): void {
  if (options.sessionMaxMinutes <= 0) return;
  const accounts = context.model.accounts.length;
  const attached = new Map<number, MemberAttachment>();
  for (const j of judged) for (const [a, t] of j.attached) attached.set(a, t);
  const reference = new Uint8Array(accounts);
  for (const a of seeds) reference[a] = 1;
  // Firm members sit beside the network's seeds; one firm on likes alone whose own hours speak against the network is
  // not firm (signals/network-member.ts): as a reference it made an evening citizen who commented a minute after a
  // government supporter one of the network's sitters, a review found.
  for (const [a, t] of attached) if ((t.mutual >= options.minAttachment && !clockSpeaksAgainst(t.clockFit, options.clockAgainst)) || t.clockFit >= options.minClockFit) reference[a] = 1;
  const outsiders = new Uint8Array(accounts).fill(1);
  for (const a of network) outsiders[a] = 0;
  for (const a of attached.keys()) outsiders[a] = 0;
  const candidates = [...attached.keys()].filter((a) => !reference[a]).sort((x, y) => x - y);
  const results = sessionTest(context.model, reference, outsiders, candidates, options.sessionMaxMinutes);
  const tested = candidates.filter((a) => results.has(a));
  const q = benjaminiHochberg(tested.map((a) => results.get(a)!.p));
  tested.forEach((a, i) => {
    const r = results.get(a)!;
    attached.get(a)!.sessions = { hits: r.hits, expected: r.expected, minutes: r.minutes, q: q[i]! };
  });
}

/**
 * The members of the groups judged inauthentic that carry their group's own evidence (`seed`: a Page posing as a
 * person, a clock that fits the group's): `own`; and `orEveryMember`, the same with every member of such a group that
 * has none (nothing better to go on: the core's seeds).
 */
function networkSeeds(judged: NetworkJudgement[], graph: CoordinationGraph, seed: (a: number) => boolean): { own: Set<number>; orEveryMember: Set<number> } {
  const own = new Set<number>(), orEveryMember = new Set<number>();
  graph.groups.forEach((members, g) => {
    if (judged[g]!.verdict !== 'inauthentic') return;
    const carrying = members.filter(seed);
    for (const a of carrying) own.add(a);
    for (const a of carrying.length > 0 ? carrying : members) orEveryMember.add(a);
  });
  return { own, orEveryMember };
}

/**
 * The firmly tied accounts (`firm`, each with what its firm ties are to: members and templates) whose ties
 * reach one of `seeds` (networkSeeds' `orEveryMember`). Accounts joined by a firm tie, or by a template both wrote, are one component (union-find);
 * a component without a seed is a clique of the group's passengers vouching for each other. Ascending.
 */
function seededCore(firm: [number, { firmWith: ReadonlySet<number> }][], seeds: ReadonlySet<number>, accounts: number): number[] {
  // Accounts are their index; templates (negative keys) follow them, numbered as met: one union-find over both.
  const templates = new Map<number, number>();
  const node = (k: number) => {
    if (k >= 0) return k;
    let i = templates.get(k);
    if (i === undefined) templates.set(k, (i = accounts + templates.size));
    return i;
  };
  for (const [, t] of firm) for (const k of t.firmWith) node(k);
  const sets = new DisjointSets(accounts + templates.size);
  for (const [a, t] of firm) for (const k of t.firmWith) sets.union(a, node(k));
  const seeded = new Set<number>();
  for (const a of seeds) seeded.add(sets.find(a));
  return firm.flatMap(([a]) => (seeded.has(sets.find(a)) ? [a] : [])).sort((x, y) => x - y);
}

/**
 * What each attached member wrote of the networks' templates (coordination/attachment.ts `templateRepertoire`):
 * a Page with a person's name and a person's category (a "Blogger", a "Public figure") carries its network's
 * verdict as a Page posing as a person only with a repertoire of them. A public figure who echoes a flood's
 * line once or twice is not a member (on data built by other hands, 1–3 such Pages per flood were "attached"
 * by one echo); a brigade Page filed as "Writer" posts the network's lines over and over.
 */
function recordRepertoires(judged: NetworkJudgement[], context: GroupContext, coreTexts: GroupTexts): void {
  const repertoires = templateRepertoire(context.model, context.ties, coreTexts);
  for (const j of judged) {
    for (const [a, t] of j.attached) {
      const r = repertoires.get(a);
      if (r) [t.templates, t.copies, t.comments] = [r.templates, r.copies, r.comments];
    }
  }
}

/** A Bayes factor as the evidence carries it: one decimal, capped at a million. */
function factorFigure(factor: number): number {
  return round(Math.min(factor, 1e6), 1);
}

/**
 * A clock's Bayes factor as the evidence carries it: as any factor from 1 up, three significant digits below (a factor
 * of 0.04 against is not 0, which reads as "not computed", and the clock's speaks against a membership).
 */
function fitFigure(factor: number): number {
  return factor >= 1 ? factorFigure(factor) : significant(factor);
}

/**
 * Per member of a group judged inauthentic with its shift among the reasons: the Bayes factor of its clock,
 * its group's against the page's ungrouped accounts'. Only the page is the alternative: every other
 * daytime group (students) is as good an alternative for a brigade member with a few comments as for a
 * student, and with them no member of any draw fitted (measured: recall gains all but vanished), so the
 * students are kept out by the ties instead.
 */
function clockFits(judged: NetworkJudgement[], graph: CoordinationGraph, context: GroupContext, options: NetworkVerdictOptions): Map<number, number> {
  const out = new Map<number, number>();
  const groups = graph.groups.flatMap((members, g) => (judged[g]!.verdict === 'inauthentic' && judged[g]!.basis.includes('shift') ? [{ members, window: testedWindow(context.profile, judged[g]!.tells.find((t) => t.tell === 'shift')!.figures) }] : []));
  if (groups.length === 0) return out;
  // Each group's members are read in the shift its tell found (shift.ts), less the profile's lunch, against the page in
  // that same shift.
  const hours = occasionHours(context.model);
  const byWindow = new Map<string, { occasions: { k: Uint32Array; n: Uint32Array }; page: { alpha: number; beta: number } }>();
  for (const { members, window } of groups) {
    const key = windowKey(window);
    let read = byWindow.get(key);
    if (!read) {
      const occasions = occasionsIn(hours, withoutLunchHours(window.mask, context.profile));
      // The page's accounts that are themselves candidates of the per-account hours test (as many occasions as it asks
      // comments, and as large a share in the shift) are left out, as that test leaves them out of its own baseline: a
      // network's ungrouped members, in the daytime to a man, cannot be the alternative its grouped members are
      // weighed against. In our month draw 3002, a hundred of them made the page's clock dispersed enough that members
      // with 9–19 comments, 83–100% in the shift, fitted their network's only 5.6–7.5 times better (recall 0.188 →
      // 0.498 without them). Over 720 draws: true flags +486 (ours and independent/) and +10 (independent-b), nobody
      // wrongly flagged added, no activist, student or colleague.
      const page = fitBetaBinomial(context.model.accounts.flatMap((_, a) => (context.others[a] && occasions.n[a]! > 0 && !isHoursCandidate(occasions.n[a]!, occasions.k[a]!, options.hoursCandidate) ? [{ k: occasions.k[a]!, n: occasions.n[a]! }] : [])));
      byWindow.set(key, (read = { occasions, page }));
    }
    for (const [a, logFactor] of shareFit(members, read.occasions, [read.page])) out.set(a, Math.exp(logFactor));
  }
  return out;
}

function mostTiedGroup(partners: Set<number>, groupOf: Int32Array, judged: NetworkJudgement[]): number {
  const counts = new Map<number, number>();
  for (const b of partners) {
    const g = groupOf[b]!;
    if (g >= 0 && judged[g]!.verdict === 'inauthentic') counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best = -1, most = 0;
  for (const [g, n] of counts) if (n > most || (n === most && g < best)) [best, most] = [g, n];
  return best;
}

/**
 * The group stage of a scan: the coordination graph and its groups, each judged on pooled evidence, as the
 * account signals see them (`networks`), and which accounts have their hours judged with their group's
 * (`pooledClock`: members of a group whose clock was tested and that was not judged inauthentic — a
 * member of an inauthentic group keeps its own hours test, which is what a profile among them needs), and
 * whose closed engagement is their group's (`pooledEngagement`, the same for the engagement tell).
 */
export function judgeNetworks(model: Model, analysis: AnalysisOptions, ties: CoordinationTies) {
  const graph = coordinationGraph(model, ties);
  const groupOf = new Int32Array(model.accounts.length).fill(-1);
  graph.groups.forEach((members, g) => members.forEach((a) => (groupOf[a] = g)));
  // The hours test's options as set (its defaults when it is switched off).
  const hours = (analysis.signals['shift-hours'] as ShiftHoursOptions | undefined) ?? shiftHours.options.parse({});
  const options = { ...(analysis.signals['network-member'] as NetworkMemberOptions), hoursCandidate: { minComments: hours.minComments, minShare: hours.minShare } };
  const names = accountNames(model);
  // The yardstick is the page's other commenters: the ungrouped accounts, less those an earlier pass attached to a
  // group judged inauthentic (a network's loners, its Pages with 1–4 comments tied to nothing else, are the network's,
  // not the page's: in one flood by other hands they raised the others' share of Pages posing as people to 9%).
  const judgeAgainst = (others: Uint8Array) => judgeGroups(graph, { model, profile: analysis.profile, ties, names, groupOf, others }, options);
  let others = Uint8Array.from(groupOf, (g) => (g === -1 ? 1 : 0));
  let judged = judgeAgainst(others);
  for (let pass = 1; pass < options.yardstickPasses; pass++) {
    const next = others.slice();
    for (const j of judged) for (const a of j.attached.keys()) next[a] = 0;
    if (next.every((v, a) => v === others[a])) break;
    others = next;
    judged = judgeAgainst(others);
  }
  const networks: NetworkContext[] = judged.map((j, g) => ({ id: networkId(g), size: graph.groups[g]!.length, verdict: j.verdict, basis: j.basis, attached: j.attached }));
  // Members of a group tested as a whole on a tell and not judged inauthentic: the tell's per-account form is the group's.
  const pooled = (tell: GroupTellId) => {
    const mask = new Uint8Array(model.accounts.length);
    judged.forEach((j, g) => {
      if (j.verdict !== 'inauthentic' && j.tells.some((t) => t.tell === tell && t.testable)) for (const a of graph.groups[g]!) mask[a] = 1;
    });
    return mask;
  };
  return { graph, judged, networks, pooledClock: pooled('shift'), pooledEngagement: pooled('engagement') };
}

/**
 * A shift less the profile's lunch: a member's comments in that hour cannot say whose office it keeps. Colleagues
 * comment together at lunch; read in a group's shift whose lunch fell an hour earlier, five of them fitted a
 * brigade's clock 10–86 times better than the page's and vouched for each other (our month draw 2001).
 */
function withoutLunchHours(mask: Uint8Array, profile: { lunch: [number, number] | null }): Uint8Array {
  if (!profile.lunch) return mask;
  const out = mask.slice();
  for (let day = 0; day < 7; day++) for (let h = profile.lunch[0]; h < profile.lunch[1]; h++) out[day * 24 + h] = 0;
  return out;
}
