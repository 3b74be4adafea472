import { z } from 'zod';
import { benjaminiHochberg, binomialUpperTail } from './_shared/stats.js';
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
  rationale: "Comments concentrated in the profile's weekday office shift far beyond other commenters on the same posts.",
  options,
  flags: [
    { flag: 'shift-min-comments', key: 'minComments', description: 'comments an account needs before its hours are tested' },
    { flag: 'shift-alpha', key: 'alpha', description: 'false discovery rate (Benjamini–Hochberg) of the hours test' },
    { flag: 'shift-min-share', key: 'minShare', description: "smallest in-shift share of an account's comments that counts" },
    { flag: 'shift-min-lift', key: 'minLift', description: 'smallest lift of that share over the baseline that counts' },
  ],
  usesSuspects: true,
  unavailable: (model) => (model.comments.length === 0 ? 'no-comments' : null),
  evaluate(model, opts, context) {
    const { inShift, suspected } = context;
    const postIndex = new Map<string, number>();
    model.posts.forEach((post, i) => postIndex.set(post.id, i));
    const postIn = new Float64Array(model.posts.length);
    const postTotal = new Float64Array(model.posts.length);
    const commentPost = new Int32Array(model.comments.length);
    // The yardstick leaves out suspects of the previous round and every account that is itself a
    // candidate (enough comments, in-shift share ≥ minShare): in a flooded post the flood is most of
    // the "other commenters", and it cannot be its own baseline.
    const excluded = new Uint8Array(model.accounts.length);
    model.accounts.forEach((account, a) => {
      if (suspected[a]) excluded[a] = 1;
      const n = account.commentIdx.length;
      if (n < opts.minComments) return;
      let k = 0;
      for (const c of account.commentIdx) k += inShift[c]!;
      if (k / n >= opts.minShare) excluded[a] = 1;
    });
    let globalIn = 0, globalTotal = 0;
    model.comments.forEach((comment, i) => {
      const p = postIndex.get(comment.postId)!;
      commentPost[i] = p;
      if (excluded[comment.author]) return;
      postIn[p] += inShift[i]!;
      postTotal[p] += 1;
      globalIn += inShift[i]!;
      globalTotal += 1;
    });

    const tested: { account: number; n: number; k: number; baseline: number; p: number }[] = [];
    const ownIn = new Map<number, number>(), ownTotal = new Map<number, number>();
    model.accounts.forEach((account, a) => {
      const n = account.commentIdx.length;
      if (n < opts.minComments) return;
      ownIn.clear();
      ownTotal.clear();
      let k = 0;
      for (const c of account.commentIdx) {
        const p = commentPost[c]!;
        k += inShift[c]!;
        ownIn.set(p, (ownIn.get(p) ?? 0) + inShift[c]!);
        ownTotal.set(p, (ownTotal.get(p) ?? 0) + 1);
      }
      const self = excluded[a] ? 0 : 1;
      const gIn = globalIn - self * k, gTotal = globalTotal - self * n;
      const globalRate = gTotal > 0 ? gIn / gTotal : 0.5;
      let expected = 0;
      for (const [p, count] of ownTotal) {
        const othersIn = postIn[p]! - self * ownIn.get(p)!;
        const othersTotal = postTotal[p]! - self * count;
        const rate = (othersIn + opts.baselinePrior * globalRate) / (othersTotal + opts.baselinePrior || 1);
        expected += count * rate;
      }
      const baseline = Math.min(Math.max(expected / n, 1e-6), 1 - 1e-6);
      tested.push({ account: a, n, k, baseline, p: binomialUpperTail(k, n, baseline) });
    });

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

const round = (v: number) => Math.round(v * 1e4) / 1e4;
const sig = (v: number) => Number(v.toPrecision(3));
