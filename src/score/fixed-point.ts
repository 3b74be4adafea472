import type { Model } from '../model/types.js';
import type { AnalysisProfile } from '../profile.js';
import { SIGNALS } from '../signals/index.js';
import type { CoordinationTies } from '../coordination/ties.js';
import type { Evidence, NetworkContext, Signal, SignalContext } from '../signals/types.js';
import { judge, type Judgement, type VerdictOptions } from './verdict.js';
import { appendAll } from '../util/arrays.js';

/**
 * Who counts as a suspect for the next round (the network share, the hours baseline): an account
 * judged inauthentic, or one whose *separating* evidence alone reaches `suspicious`. Suspicion resting
 * on coordination alone does not spread: a campaign whose members copy one slogan and like each other
 * must not make each other suspects.
 */
function isSuspect(evidence: Evidence[], judgement: Judgement, verdict: VerdictOptions): boolean {
  if (judgement.verdict === 'inauthentic') return true;
  if (judgement.verdict === 'authentic') return false;
  return judge(evidence.filter((e) => FAMILY.get(e.signal) === 'separating'), verdict).score >= verdict.suspiciousScore;
}

const FAMILY = new Map(SIGNALS.map((s) => [s.id, s.family]));

/** Evidence lifted by a test that reads the flagged set (intra-network's support test), at its strength without the lift. */
const unlifted = (e: Evidence): Evidence => (e.unlifted === undefined ? e : { ...e, strength: e.unlifted });

const NO_EVIDENCE: Evidence[] = Object.freeze([]) as unknown as Evidence[];

export interface SignalRun {
  signal: Signal<any>;
  options: unknown;
  /** Why it could not run, or null. */
  unavailable: string | null;
}

export interface Scored {
  evidence: Evidence[][];
  judgements: Judgement[];
  rounds: number;
  converged: boolean;
}

/**
 * Evaluates the signals and the verdicts together. Signals that read the suspect set (the hours
 * baseline, the network share) depend on verdicts that depend on them, so we iterate from "nobody
 * suspected" until the suspect set and the set judged inauthentic repeat — deterministic, bounded by `maxRounds`.
 */
export function scoreAccounts(
  model: Model,
  profile: AnalysisProfile,
  inShift: Uint8Array,
  runs: SignalRun[],
  verdict: VerdictOptions,
  ties: CoordinationTies,
  networks: NetworkContext[] = [],
  pooledClock: Uint8Array = new Uint8Array(model.accounts.length),
  pooledEngagement: Uint8Array = new Uint8Array(model.accounts.length),
): Scored {
  const n = model.accounts.length;
  let suspected = new Uint8Array(n), flagged = new Uint8Array(n);
  const anchored = new Uint8Array(n);
  const context = (): SignalContext => ({ profile, inShift, suspected, anchored, flagged, ties, networks, pooledClock, pooledEngagement });
  const staticEvidence: Evidence[] = [];
  for (const run of runs) {
    if (!run.unavailable && !run.signal.usesSuspects) appendAll(staticEvidence, run.signal.evaluate(model, run.options, context()));
  }
  // Anchors, fixed before the rounds: Pages posing as people by their own evidence — a person-named Page
  // filed under a listed shop or service category. Not blank or unlisted categories (sellers' and public
  // figures' Pages carry those), and not a network's verdict: page-network-copies counts the templates an
  // account shares with anchors, and a network's verdict resting on the same shared templates would count
  // them twice (on data built by other hands, citizens sharing common phrases with a brigade's Pages were
  // flagged by the hundred that way).
  for (const e of staticEvidence) if (e.code === 'page-person-name-off-topic-category') anchored[e.account] = 1;
  let rounds = 0, converged = false;
  let evidence: Evidence[][] = [];
  let judgements: Judgement[] = [];
  while (rounds < verdict.maxRounds) {
    rounds++;
    const all = [...staticEvidence];
    for (const run of runs) {
      if (!run.unavailable && run.signal.usesSuspects) appendAll(all, run.signal.evaluate(model, run.options, context()));
    }
    // Most accounts have no evidence: they share one empty list and one judgement.
    const byAccount = new Map<number, Evidence[]>();
    for (const e of all) {
      const list = byAccount.get(e.account);
      if (list) list.push(e);
      else byAccount.set(e.account, [e]);
    }
    const none = judge([], verdict);
    evidence = new Array<Evidence[]>(n).fill(NO_EVIDENCE);
    judgements = new Array<Judgement>(n).fill(none);
    const next = new Uint8Array(n).fill(isSuspect([], none, verdict) ? 1 : 0);
    const nextFlagged = new Uint8Array(n);
    for (const [a, list] of byAccount) {
      evidence[a] = list;
      judgements[a] = judge(list, verdict);
      next[a] = isSuspect(list, judgements[a]!, verdict) ? 1 : 0;
      // Operated, for the support test: inauthentic with that test's own lifts undone (each piece at the strength it has
      // untested). Were the lift to count, an account it lifted would join the operated set, its own likes would raise
      // the yardstick it is tested against, it would fail, and the rounds would never settle. Nor may the lift undo more
      // than itself: two members flagged on their graded support, each then lifted by the other's likes, were judged
      // without the piece at all, unflagged, flagged again the round after, to the last round (our month draw 1005).
      nextFlagged[a] = judgements[a]!.verdict === 'inauthentic' && (!list.some((e) => e.unlifted !== undefined) || judge(list.map(unlifted), verdict).verdict === 'inauthentic') ? 1 : 0;
    }
    if (next.every((v, a) => v === suspected[a]) && nextFlagged.every((v, a) => v === flagged[a])) {
      converged = true;
      break;
    }
    suspected = next;
    flagged = nextFlagged;
  }
  const order = new Map(SIGNALS.map((s, i) => [s.id, i]));
  for (const list of evidence) if (list !== NO_EVIDENCE) list.sort((x, y) => y.strength - x.strength || order.get(x.signal)! - order.get(y.signal)! || (x.code < y.code ? -1 : 1));
  return { evidence, judgements, rounds, converged };
}
