import type { Model } from '../model/types.js';
import { benjaminiHochberg, betaBinomialUpperTail, fitBetaBinomial } from '../util/stats.js';

/** One account's test: both sides' counts, the larger p (both must be unusual), its q, and what the yardsticks expect. */
export interface OperatedSupport {
  received: number;
  fromOperated: number;
  given: number;
  toOperated: number;
  p: number;
  q: number;
  expectedFrom: number;
  expectedTo: number;
}

/** Per account: supportive reactions received and given, and those from and to operated accounts (the caller's counts). */
export interface SupportCounts {
  received: Uint32Array;
  fromOperated: Uint32Array;
  given: Uint32Array;
  toOperated: Uint32Array;
}

/**
 * Support exchanged with accounts already shown to be operated, tested per account (issue #9: "a per-account test at
 * the stated FDR"; few comments, borrowed strength). For every account that commented and received at least
 * `minReceived` like/love/care/wow reactions (`counts`, reactions only: a reply may be an argument): the reactions it
 * received from operated accounts and those it gave them, each side against a beta-binomial fitted to the `yardstick`
 * accounts that commented (its mean the pooled share, its spread the accounts' own: citizens whom a brigade likes widen
 * it). Upper tails; both sides must be unusual (the account's p is the larger: an intersection–union test): a citizen
 * who echoes a brigade's lines is liked by it, but an operated account also gives its own support to the operation.
 * Benjamini–Hochberg across the accounts `tested`.
 */
export function operatedSupport(model: Model, counts: SupportCounts, yardstick: (account: number) => boolean, tested: (account: number) => boolean, minReceived: number): Map<number, OperatedSupport> {
  const out = new Map<number, OperatedSupport>();
  const { received, fromOperated, given, toOperated } = counts;
  const fromCounts: { k: number; n: number }[] = [], toCounts: { k: number; n: number }[] = [];
  const candidates: number[] = [];
  for (let a = 0; a < model.accounts.length; a++) {
    if (model.accounts[a]!.commentIdx.length === 0) continue;
    if (yardstick(a)) {
      if (received[a]! > 0) fromCounts.push({ k: fromOperated[a]!, n: received[a]! });
      if (given[a]! > 0) toCounts.push({ k: toOperated[a]!, n: given[a]! });
    }
    if (received[a]! >= minReceived && tested(a)) candidates.push(a);
  }
  if (candidates.length === 0 || fromCounts.length === 0 || toCounts.length === 0) return out;
  const fromFit = fitBetaBinomial(fromCounts), toFit = fitBetaBinomial(toCounts);
  const p = candidates.map((a) =>
    Math.max(
      betaBinomialUpperTail(fromOperated[a]!, received[a]!, fromFit.alpha, fromFit.beta),
      given[a]! > 0 ? betaBinomialUpperTail(toOperated[a]!, given[a]!, toFit.alpha, toFit.beta) : 1,
    ),
  );
  const q = benjaminiHochberg(p);
  const meanFrom = fromFit.alpha / (fromFit.alpha + fromFit.beta), meanTo = toFit.alpha / (toFit.alpha + toFit.beta);
  candidates.forEach((a, i) =>
    out.set(a, {
      received: received[a]!, fromOperated: fromOperated[a]!, given: given[a]!, toOperated: toOperated[a]!,
      p: p[i]!, q: q[i]!, expectedFrom: meanFrom * received[a]!, expectedTo: meanTo * given[a]!,
    }),
  );
  return out;
}
