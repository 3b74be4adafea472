import type { Model } from '../model/types.js';
import { normalUpperTail, round } from '../util/stats.js';

/** Windows (minutes) a session test tries, up to its largest: from "answered together" to "the same sitting". */
export const SESSION_LADDER_MINUTES = [1, 2, 5, 15, 30] as const;

/** Pseudo-comments pulling a thin post's chance toward the share over all the posts tested (as the group tells' POST_PRIOR). */
const POST_PRIOR = 5;
/** Above this many steps (comments × hits) the exact Poisson-binomial tail gives way to its normal approximation. */
const EXACT_STEPS = 2e8;

export interface SessionResult {
  /** Its comments with a comment of the reference set (another author) on the same post within the window. */
  hits: number;
  /** Hits expected had its comments fallen on their posts as the outsiders' did. */
  expected: number;
  /** One-sided p of that many hits or more (Poisson-binomial), times the windows tried (Bonferroni). Unrounded. */
  p: number;
  /** The window (minutes) with the least p. */
  minutes: number;
}

/**
 * Does an account comment in the same sittings as a network, more than chance would put it there? Each of its
 * comments is a hit when an account of `reference` (not itself) commented on the same post within ±window — not the
 * comment it answers nor a reply to it: a conversation is not a sitting. Chance is read from the page's `outsiders`
 * on the same post: the share of their comments that have such a neighbour (smoothed toward their share over all the
 * posts the tested accounts commented on, by POST_PRIOR pseudo-comments). A flood that covers a post around the
 * clock puts every commenter near it and so proves nothing there; an operator posting minutes after its colleagues
 * on post after post does what an outsider on those posts rarely does. The hits are a Poisson-binomial count (one
 * chance per comment), its tail exact (poissonBinomialUpperTail). Each window of SESSION_LADDER_MINUTES up to
 * `maxMinutes` is tried, the least p kept and multiplied by the windows tried. Each comment's distance to its nearest
 * such neighbour is found once (a binary search on its post's reference comments) and compared with every window.
 * Returns one result per account of `accounts` with at least one comment.
 */
export function sessionTest(model: Model, reference: Uint8Array, outsiders: Uint8Array, accounts: number[], maxMinutes: number): Map<number, SessionResult> {
  const out = new Map<number, SessionResult>();
  const windows = SESSION_LADDER_MINUTES.filter((m) => m <= maxMinutes);
  if (windows.length === 0 || accounts.length === 0) return out;
  const { createdMs, author, post: postOf, parent } = model.columns;
  // Only the posts the tested accounts commented on matter (at 10⁷ comments most posts are none of theirs).
  const touched: number[] = [];
  const slot = new Int32Array(model.posts.length).fill(-1);
  for (const a of accounts) {
    for (const c of model.accounts[a]!.commentIdx) {
      const p = postOf[c]!;
      if (slot[p] === -1) slot[p] = touched.push(p) - 1;
    }
  }
  // Each touched post's reference comments, by time.
  const refTimes: Float64Array[] = [], refComments: Int32Array[] = [];
  for (const p of touched) {
    const sorted = model.posts[p]!.commentIdx.filter((c) => reference[author[c]!] === 1).sort((x, y) => createdMs[x]! - createdMs[y]! || x - y);
    refTimes.push(Float64Array.from(sorted, (c) => createdMs[c]!));
    refComments.push(sorted);
  }
  /** Milliseconds from comment c to the nearest reference comment on its post by another author, not its parent nor a reply to it. */
  const distance = (c: number): number => {
    const s = slot[postOf[c]!]!, times = refTimes[s]!, comments = refComments[s]!, t = createdMs[c]!, self = author[c]!;
    let lo = 0, hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    const counts = (r: number) => author[r] !== self && parent[c] !== r && parent[r] !== c;
    let best = Infinity;
    for (let i = lo; i < times.length && times[i]! - t < best; i++) if (counts(comments[i]!)) best = Math.min(best, times[i]! - t);
    for (let i = lo - 1; i >= 0 && t - times[i]! < best; i--) if (counts(comments[i]!)) best = Math.min(best, t - times[i]!);
    return best;
  };
  // The outsiders' distances on each touched post, then their share within each window.
  const outsiderDistances = touched.map((p) => Float64Array.from(model.posts[p]!.commentIdx.filter((c) => outsiders[author[c]!] === 1), distance));
  const chances = windows.map((minutes) => {
    const windowMs = minutes * 60_000;
    let hitsAll = 0, totalAll = 0;
    const hits = outsiderDistances.map((d) => {
      let n = 0;
      for (const x of d) if (x <= windowMs) n++;
      hitsAll += n;
      totalAll += d.length;
      return n;
    });
    const global = (hitsAll + 0.5) / (totalAll + 1);
    return outsiderDistances.map((d, s) => Math.min(Math.max((hits[s]! + POST_PRIOR * global) / (d.length + POST_PRIOR), 1e-6), 1 - 1e-6));
  });
  for (const a of accounts) {
    const comments = model.accounts[a]!.commentIdx;
    if (comments.length === 0) continue;
    const distances = Float64Array.from(comments, distance);
    let best: SessionResult | null = null;
    windows.forEach((minutes, w) => {
      const windowMs = minutes * 60_000;
      let hits = 0, expected = 0;
      const each = Float64Array.from(comments, (c, i) => {
        const q = chances[w]![slot[postOf[c]!]!]!;
        expected += q;
        if (distances[i]! <= windowMs) hits++;
        return q;
      });
      const p = poissonBinomialUpperTail(hits, each);
      if (!best || p < best.p) best = { hits, expected, p, minutes };
    });
    const found = best!;
    out.set(a, { ...found, expected: round(found.expected, 2), p: Math.min(1, found.p * windows.length) });
  }
  return out;
}

/**
 * P(K ≥ k) for K the number of successes of independent trials with success chances `chances`. Exact: the chances of
 * 0 … k−1 successes so far, and the mass that has reached k, absorbed (a sum of small products, so a far tail keeps its
 * precision); O(trials × k). Beyond EXACT_STEPS steps (an account with tens of thousands of comments and thousands of
 * hits), the normal approximation with continuity correction.
 */
export function poissonBinomialUpperTail(k: number, chances: Float64Array, exactSteps = EXACT_STEPS): number {
  const n = chances.length;
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (n * k > exactSteps) {
    let mean = 0, variance = 0;
    for (const q of chances) {
      mean += q;
      variance += q * (1 - q);
    }
    return variance > 0 ? normalUpperTail((k - 0.5 - mean) / Math.sqrt(variance)) : k <= mean ? 1 : 0;
  }
  // below[j]: P(j successes so far), j < k; reached: P(k or more so far).
  const below = new Float64Array(k);
  below[0] = 1;
  let reached = 0;
  chances.forEach((q, i) => {
    reached += below[k - 1]! * q;
    for (let j = Math.min(i + 1, k - 1); j >= 1; j--) below[j] = below[j]! * (1 - q) + below[j - 1]! * q;
    below[0] = below[0]! * (1 - q);
  });
  return Math.min(1, reached);
}
