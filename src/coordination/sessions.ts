import type { Model } from '../model/types.js';
import { byTime } from './co-comment.js';
import { normalUpperTail, significant } from '../util/stats.js';

/** Windows (minutes) a session test tries, up to its largest: from "answered together" to "the same sitting". */
export const SESSION_LADDER_MINUTES = [1, 2, 5, 15, 30] as const;

/** Pseudo-comments pulling a thin post's chance toward the page's (as the group tells' POST_PRIOR). */
const POST_PRIOR = 5;
/** Comments above which the exact Poisson-binomial tail gives way to its normal approximation (quadratic cost). */
const EXACT_UP_TO = 5000;

export interface SessionResult {
  /** Its comments with a comment of the reference set (another author) on the same post within the window. */
  hits: number;
  comments: number;
  /** Hits expected had its comments fallen on their posts as the outsiders' did. */
  expected: number;
  /** One-sided p of that many hits or more (Poisson-binomial), times the windows tried (Bonferroni). */
  p: number;
  /** The window (minutes) with the least p. */
  minutes: number;
}

/**
 * Does an account comment in the same sittings as a network, more than chance would put it there? Each of its
 * comments is a hit when an account of `reference` (not itself) commented on the same post within ±window. Chance
 * is read from the page's `outsiders` on the same post: the share of their comments that have such a neighbour
 * (smoothed toward their share over all the posts the tested accounts commented on, by POST_PRIOR pseudo-comments). A flood that covers a post around the clock
 * puts every commenter near it and so proves nothing there; an operator posting minutes after its colleagues on
 * post after post does what an outsider on those posts rarely does. The hits are a Poisson-binomial count (one
 * chance per comment): exact tail up to EXACT_UP_TO comments, normal with continuity correction above. Each
 * window of SESSION_LADDER_MINUTES up to `maxMinutes` is tried, the least p kept and multiplied by the windows
 * tried. Returns one result per account of `accounts` with at least one comment.
 */
export function sessionTest(model: Model, reference: Uint8Array, outsiders: Uint8Array, accounts: number[], maxMinutes: number): Map<number, SessionResult> {
  const out = new Map<number, SessionResult>();
  const windows = SESSION_LADDER_MINUTES.filter((m) => m <= maxMinutes);
  if (windows.length === 0 || accounts.length === 0) return out;
  const { createdMs, author, post: postOf } = model.columns;
  // Only the posts the tested accounts commented on matter (at 10⁶ comments most posts are none of theirs).
  const touched = new Uint8Array(model.posts.length);
  for (const a of accounts) for (const c of model.accounts[a]!.commentIdx) touched[postOf[c]!] = 1;
  // Each such post's reference comments, by time (times and authors), once.
  const none = new Float64Array(0), nobody = new Int32Array(0);
  const refTimes: Float64Array[] = [], refAuthors: Int32Array[] = [];
  for (const post of model.posts) {
    if (!touched[post.index]) {
      refTimes.push(none);
      refAuthors.push(nobody);
      continue;
    }
    const own = post.commentIdx.filter((c) => reference[author[c]!] === 1);
    const times = new Float64Array(own.length), authors = new Int32Array(own.length);
    byTime(own, createdMs, author, times, authors);
    refTimes.push(times);
    refAuthors.push(authors);
  }
  const near = (c: number, windowMs: number): boolean => {
    const p = postOf[c]!, times = refTimes[p]!, authors = refAuthors[p]!, t = createdMs[c]!, self = author[c]!;
    let lo = 0, hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! < t - windowMs) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < times.length && times[i]! <= t + windowMs; i++) if (authors[i] !== self) return true;
    return false;
  };
  const best = new Map<number, SessionResult>();
  for (const minutes of windows) {
    const windowMs = minutes * 60_000;
    const postHits = new Float64Array(model.posts.length), postTotal = new Float64Array(model.posts.length);
    let hitsAll = 0, totalAll = 0;
    model.posts.forEach((post, p) => {
      if (!touched[p]) return;
      for (const c of post.commentIdx) {
        if (outsiders[author[c]!] !== 1) continue;
        postTotal[p]!++;
        if (near(c, windowMs)) postHits[p]!++;
      }
      hitsAll += postHits[p]!;
      totalAll += postTotal[p]!;
    });
    const global = (hitsAll + 0.5) / (totalAll + 1);
    const chance = (p: number) => Math.min(Math.max((postHits[p]! + POST_PRIOR * global) / (postTotal[p]! + POST_PRIOR), 1e-6), 1 - 1e-6);
    for (const a of accounts) {
      const comments = model.accounts[a]!.commentIdx;
      if (comments.length === 0) continue;
      let hits = 0;
      const chances = new Float64Array(comments.length);
      comments.forEach((c, i) => {
        chances[i] = chance(postOf[c]!);
        if (near(c, windowMs)) hits++;
      });
      const expected = chances.reduce((s, x) => s + x, 0);
      const p = poissonBinomialUpperTail(hits, chances);
      const prior = best.get(a);
      if (!prior || p < prior.p) best.set(a, { hits, comments: comments.length, expected, p, minutes });
    }
  }
  for (const [a, r] of best) out.set(a, { ...r, expected: Math.round(r.expected * 100) / 100, p: significant(Math.min(1, r.p * windows.length)) });
  return out;
}

/** P(K ≥ k) for K the number of successes of independent trials with success chances `chances`. */
export function poissonBinomialUpperTail(k: number, chances: Float64Array): number {
  const n = chances.length;
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (n > EXACT_UP_TO) {
    let mean = 0, variance = 0;
    for (const q of chances) {
      mean += q;
      variance += q * (1 - q);
    }
    return variance > 0 ? normalUpperTail((k - 0.5 - mean) / Math.sqrt(variance)) : k <= mean ? 1 : 0;
  }
  // dist[j]: P(j successes) among the trials so far.
  const dist = new Float64Array(n + 1);
  dist[0] = 1;
  chances.forEach((q, i) => {
    for (let j = i + 1; j >= 1; j--) dist[j] = dist[j]! * (1 - q) + dist[j - 1]! * q;
    dist[0] = dist[0]! * (1 - q);
  });
  let tail = 0;
  for (let j = k; j <= n; j++) tail += dist[j]!;
  return Math.min(1, tail);
}
