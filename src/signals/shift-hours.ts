import { z } from 'zod';
import { benjaminiHochberg, binomialUpperTail, round, significant as sig } from '../util/stats.js';
import type { Model } from '../model/types.js';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** Fewer comments than this give the test no power; such accounts are not tested. */
  minComments: z.number().int().min(1).default(6),
  /** Benjamini–Hochberg false discovery rate across all tested accounts. */
  alpha: z.number().gt(0).lt(1).default(0.01),
  /** The account's in-shift share must be at least this… */
  minShare: z.number().min(0).max(1).default(0.7),
  /** …and exceed its baseline by at least this many points (a significant but small lift is an office worker). */
  minLift: z.number().min(0).max(1).default(0.25),
  /** Strength at q = alpha, rising to maxStrength at q = alpha · 10⁻⁴. Never decisive alone. */
  minStrength: z.number().min(0).max(1).default(0.4),
  maxStrength: z.number().min(0).max(1).default(0.6),
  /** Pseudo-comments pulling a thin post's baseline toward the overall rate. */
  baselinePrior: z.number().min(0).default(5),
});
export type ShiftHoursOptions = z.infer<typeof options>;

/**
 * Sophie Zhang: comments "almost exclusively made on weekdays between 9am and 6pm, with an hour
 * break at lunch". The baseline is what *other* commenters on the same posts did (so a post published
 * at 10:00 on a Tuesday does not make its commenters look like shift workers), leaving out accounts
 * suspected in the previous round and accounts that are themselves candidates (so a flooded post does
 * not make the flood its own baseline).
 * One-sided binomial test of the in-shift count against that baseline, BH-corrected across accounts.
 * Code: office-hours-shift {comments, inShift, share, baseline, p, q}.
 */
export const shiftHours: Signal<ShiftHoursOptions> = {
  id: 'shift-hours',
  family: 'separating',
  rationale: "Comments concentrated in the profile's weekday office shift far beyond other commenters on the same posts.",
  options,
  flags: [
    { flag: 'shift-min-comments', key: 'minComments', description: 'comments an account needs before its hours are tested' },
    { flag: 'shift-alpha', key: 'alpha', description: 'false discovery rate (Benjamini–Hochberg) of the hours test' },
    { flag: 'shift-min-share', key: 'minShare', description: "smallest in-shift share of an account's comments that counts" },
    { flag: 'shift-min-lift', key: 'minLift', description: 'smallest lift of that share over the baseline that counts' },
  ],
  usesSuspects: true,
  unavailable: (model) => (model.columns.length === 0 ? 'no-comments' : model.dayPrecisionTimes ? 'day-precision-times' : null),
  evaluate(model, opts, context) {
    const { inShift, suspected } = context;
    const counts = perAccountCounts(model, inShift);
    // The yardstick leaves out suspects of the previous round and every account that is itself a
    // candidate (enough comments, in-shift share ≥ minShare): in a flooded post the flood is most of
    // the "other commenters", and it cannot be its own baseline.
    const excluded = new Uint8Array(model.accounts.length);
    for (let a = 0; a < excluded.length; a++) {
      const n = counts.total[a]!;
      if (suspected[a] || isHoursCandidate(n, counts.inShift[a]!, opts)) excluded[a] = 1;
    }
    const postIn = new Float64Array(model.posts.length);
    const postTotal = new Float64Array(model.posts.length);
    let globalIn = 0, globalTotal = 0;
    for (let a = 0; a < excluded.length; a++) {
      if (excluded[a]) continue;
      for (let j = counts.start[a]!; j < counts.start[a + 1]!; j++) {
        postIn[counts.post[j]!] += counts.postIn[j]!;
        postTotal[counts.post[j]!] += counts.postTotal[j]!;
      }
      globalIn += counts.inShift[a]!;
      globalTotal += counts.total[a]!;
    }

    const tested: { account: number; n: number; k: number; baseline: number; p: number }[] = [];
    for (let a = 0; a < excluded.length; a++) {
      const n = counts.total[a]!, k = counts.inShift[a]!;
      // A member of a group whose clock was tested as a whole is judged with its group (signals/group/shift.ts).
      if (n < opts.minComments || context.pooledClock[a]) continue;
      const self = excluded[a] ? 0 : 1;
      const gIn = globalIn - self * k, gTotal = globalTotal - self * n;
      const globalRate = gTotal > 0 ? gIn / gTotal : 0.5;
      let expected = 0;
      for (let j = counts.start[a]!; j < counts.start[a + 1]!; j++) {
        const p = counts.post[j]!, count = counts.postTotal[j]!;
        const othersIn = postIn[p]! - self * counts.postIn[j]!;
        const othersTotal = postTotal[p]! - self * count;
        expected += (count * (othersIn + opts.baselinePrior * globalRate)) / (othersTotal + opts.baselinePrior || 1);
      }
      const baseline = Math.min(Math.max(expected / n, 1e-6), 1 - 1e-6);
      // At or below its baseline an account's p-value is about ½ or more: it can neither be flagged nor
      // change another account's rank below it, so the exact tail is not worth its cost. 1 stands in.
      const p = k / n <= baseline ? 1 : binomialUpperTail(k, n, baseline);
      tested.push({ account: a, n, k, baseline, p });
    }

    const qValues = benjaminiHochberg(tested.map((t) => t.p));
    const evidence: Evidence[] = [];
    tested.forEach((t, i) => {
      const q = qValues[i]!;
      const share = t.k / t.n;
      if (q > opts.alpha || share < opts.minShare || share - t.baseline < opts.minLift) return;
      const depth = Math.min(1, Math.log10(opts.alpha / Math.max(q, 1e-300)) / 4);
      evidence.push({
        account: t.account,
        signal: 'shift-hours',
        code: 'office-hours-shift',
        strength: round(opts.minStrength + (opts.maxStrength - opts.minStrength) * depth),
        args: { comments: t.n, inShift: t.k, share: round(share), baseline: round(t.baseline), p: sig(t.p), q: sig(q) },
      });
    });
    return evidence;
  },
};

interface AccountCounts {
  total: Uint32Array;
  inShift: Uint32Array;
  /** Per account a, entries start[a] … start[a+1]−1: the posts it commented on, with its counts there. */
  start: Uint32Array;
  post: Uint32Array;
  postTotal: Uint32Array;
  postIn: Uint32Array;
}

const countsCache = new WeakMap<Uint8Array, AccountCounts>();

/** Per-account, per-post comment counts; the same every round, so computed once per model. */
function perAccountCounts(model: Model, inShift: Uint8Array): AccountCounts {
  const cached = countsCache.get(inShift);
  if (cached) return cached;
  const accounts = model.accounts.length;
  const total = new Uint32Array(accounts), shifted = new Uint32Array(accounts), start = new Uint32Array(accounts + 1);
  // An account has at most one entry per comment: typed arrays of that size, cut to the entries at
  // the end, instead of three number[] grown a push at a time (half a second at 10⁶ comments).
  const comments = model.columns.length;
  const post = new Uint32Array(comments), postTotal = new Uint32Array(comments), postIn = new Uint32Array(comments);
  let entries = 0;
  // slot[p] is the entry of post p for the current account, valid when owner[p] is that account.
  const slot = new Int32Array(model.posts.length), owner = new Int32Array(model.posts.length).fill(-1);
  const postOf = model.columns.post;
  for (let a = 0; a < accounts; a++) {
    start[a] = entries;
    for (const c of model.accounts[a]!.commentIdx) {
      const p = postOf[c]!;
      let j = owner[p] === a ? slot[p]! : -1;
      if (j < 0) {
        j = entries++;
        owner[p] = a;
        slot[p] = j;
        post[j] = p;
      }
      postTotal[j]!++;
      postIn[j] += inShift[c]!;
      total[a]!++;
      shifted[a] += inShift[c]!;
    }
  }
  start[accounts] = entries;
  const counts = { total, inShift: shifted, start, post: post.slice(0, entries), postTotal: postTotal.slice(0, entries), postIn: postIn.slice(0, entries) };
  countsCache.set(inShift, counts);
  return counts;
}

/**
 * A candidate of the hours test: enough comments (or occasions) to be tested and most of them in the shift. Left out of
 * every yardstick of the daytime clock (this test's baseline, the page's clock members are weighed against in
 * score/network-verdict.ts): in a flooded post, or beside a network's ungrouped members, the candidates are the flood.
 */
export function isHoursCandidate(count: number, inShift: number, opts: Pick<ShiftHoursOptions, 'minComments' | 'minShare'>): boolean {
  return count >= opts.minComments && inShift / count >= opts.minShare;
}
