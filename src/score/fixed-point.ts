import type { Model } from '../model/types.js';
import type { AnalysisProfile } from '../profile.js';
import { SIGNALS } from '../signals/index.js';
import type { Evidence, Signal, SignalContext } from '../signals/types.js';
import { judge, type Judgement, type VerdictOptions } from './verdict.js';

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
 * suspected" until the suspect set repeats — deterministic, bounded by `maxRounds`.
 */
export function scoreAccounts(
  model: Model,
  profile: AnalysisProfile,
  inShift: Uint8Array,
  runs: SignalRun[],
  verdict: VerdictOptions,
): Scored {
  const n = model.accounts.length;
  let suspected = new Uint8Array(n);
  const anchored = new Uint8Array(n);
  const context = (): SignalContext => ({ profile, inShift, suspected, anchored });
  const staticEvidence: Evidence[] = [];
  for (const run of runs) {
    if (!run.unavailable && !run.signal.usesSuspects) staticEvidence.push(...run.signal.evaluate(model, run.options, context()));
  }
  for (const e of staticEvidence) if (e.strength >= verdict.strongEvidence) anchored[e.account] = 1;
  let rounds = 0, converged = false;
  let evidence: Evidence[][] = [];
  let judgements: Judgement[] = [];
  while (rounds < verdict.maxRounds) {
    rounds++;
    const all = [...staticEvidence];
    for (const run of runs) {
      if (!run.unavailable && run.signal.usesSuspects) all.push(...run.signal.evaluate(model, run.options, context()));
    }
    evidence = Array.from({ length: n }, () => []);
    for (const e of all) evidence[e.account]!.push(e);
    judgements = evidence.map((list) => judge(list, verdict));
    const next = new Uint8Array(n);
    judgements.forEach((j, a) => (next[a] = j.verdict === 'authentic' ? 0 : 1));
    if (next.every((v, a) => v === suspected[a])) {
      converged = true;
      break;
    }
    suspected = next;
  }
  const order = new Map(SIGNALS.map((s, i) => [s.id, i]));
  for (const list of evidence) list.sort((x, y) => y.strength - x.strength || order.get(x.signal)! - order.get(y.signal)! || (x.code < y.code ? -1 : 1));
  return { evidence, judgements, rounds, converged };
}
