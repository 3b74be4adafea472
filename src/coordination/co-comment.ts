import type { Model } from '../model/types.js';
import type { CoCommentingOptions } from '../signals/co-commenting.js';
import { IntPairMap } from '../util/int-pair-map.js';
import { resized } from '../util/arrays.js';
import { quantile } from '../util/stats.js';

/** Two accounts that commented on the same post within the time window, and how often. */
export interface CoCommentEdge {
  /** Account indexes, a < b. */
  a: number;
  b: number;
  /** Coordinated comment pairs: pairs of comments, one by each, on one post, |Δt| ≤ window (CooRTweet's weight). */
  weight: number;
  /** Distinct posts on which they did so. */
  posts: number;
}

export interface CoCommenting {
  edges: CoCommentEdge[];
  /** Per account: distinct posts on which it has at least one coordinated comment pair. */
  participation: Uint32Array;
}

const cache = new WeakMap<Model, Map<number, CoCommenting>>();

/**
 * All co-commenting account pairs, by a sliding window over each post's comments sorted by time:
 * O(comments × comments within one window), never all pairs of a post. As CooRTweet's
 * `detect_groups` and the QUT toolkit count them: a pair of comments by two different accounts
 * with |Δt| ≤ window counts once; an account's own comments never pair with each other.
 */
export function coCommentEdges(model: Model, windowMs: number): CoCommenting {
  let byWindow = cache.get(model);
  if (!byWindow) cache.set(model, (byWindow = new Map()));
  const cached = byWindow.get(windowMs);
  if (cached) return cached;

  const n = model.accounts.length;
  // Edges by account pair, as indexes into `edges`; the post each was last counted on (by edge index).
  const edgeOf = new IntPairMap();
  const edges: CoCommentEdge[] = [];
  let lastPost = new Int32Array(1024);
  const participation = new Uint32Array(n);
  const lastParticipation = new Int32Array(n).fill(-1);
  const participate = (account: number, post: number) => {
    if (lastParticipation[account] === post) return;
    lastParticipation[account] = post;
    participation[account]!++;
  };
  const { createdMs, author } = model.columns;
  let times = new Float64Array(0), authors = new Int32Array(0);
  for (const post of model.posts) {
    const count = post.commentIdx.length;
    if (times.length < count) [times, authors] = [new Float64Array(count), new Int32Array(count)];
    byTime(post.commentIdx, createdMs, author, times, authors);
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count && times[j]! - times[i]! <= windowMs; j++) {
        const x = authors[i]!, y = authors[j]!;
        if (x === y) continue;
        const a = x < y ? x : y, b = x < y ? y : x;
        let e = edgeOf.get(a, b, -1);
        if (e < 0) {
          e = edges.length;
          edgeOf.set(a, b, e);
          edges.push({ a, b, weight: 0, posts: 0 });
          if (e === lastPost.length) lastPost = resized(lastPost, e * 2);
          lastPost[e] = -1;
        }
        const edge = edges[e]!;
        edge.weight++;
        participate(a, post.index);
        participate(b, post.index);
        if (lastPost[e] !== post.index) {
          lastPost[e] = post.index;
          edge.posts++;
        }
      }
    }
  }
  const result = { edges: edges.sort((p, q) => p.a - q.a || p.b - q.b), participation };
  byWindow.set(windowMs, result);
  return result;
}

/** Positions within a post below this fit beside a time in one packed key (21 bits). */
const PACKED_POSITIONS = 2 ** 21;
/** A post's span in milliseconds below this fits too: 2³² ms is 49.7 days, and 2³² × 2²¹ = 2⁵³, exact in a double. */
const PACKED_SPAN = 2 ** 32;

/**
 * A post's comments ordered by time, then by comment index: their times and authors into `times` and `authors`.
 * Each comment is packed as one double, (time − the post's first) × 2²¹ + its position in the list, and the doubles
 * sorted as numbers: one typed sort, where a comparator over comment indexes read two times scattered over the rows
 * per comparison (at 10⁷ comments each read a cache miss). Position order is index order: a post's list is in row
 * order, as the model builds it (model/grouped-indexes.ts). A post spanning 50 days or more, of 2²¹ comments or
 * more, or with times not whole milliseconds is sorted by the comparator.
 */
function byTime(comments: Int32Array, createdMs: Float64Array, author: Int32Array, times: Float64Array, authors: Int32Array): void {
  const count = comments.length;
  let first = Infinity, last = -Infinity, packable = count < PACKED_POSITIONS;
  for (let i = 0; i < count && packable; i++) {
    const t = createdMs[comments[i]!]!;
    if (t < first) first = t;
    if (t > last) last = t;
    packable = Number.isInteger(t);
  }
  if (packable && last - first < PACKED_SPAN) {
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = (createdMs[comments[i]!]! - first) * PACKED_POSITIONS + i;
    keys.sort();
    for (let i = 0; i < count; i++) {
      const position = keys[i]! % PACKED_POSITIONS;
      times[i] = first + (keys[i]! - position) / PACKED_POSITIONS;
      authors[i] = author[comments[position]!]!;
    }
    return;
  }
  const sorted = comments.slice().sort((x, y) => createdMs[x]! - createdMs[y]! || x - y);
  for (let i = 0; i < count; i++) {
    times[i] = createdMs[sorted[i]!]!;
    authors[i] = author[sorted[i]!]!;
  }
}

const coorTweetCache = new WeakMap<Model, Map<string, CoCommentEdge[]>>();

/**
 * CooRTweet 2.1.3's two-stage `min_participation` rule (`detect_groups`), for parity with it:
 * 1. only accounts with at least `minParticipation` comments in the export take part at all;
 * 2. among them, an account qualifies with at least `minParticipation` coordinated comments (comments
 *    in some coordinated pair), and a pair of comments is kept when *either* of its authors qualifies.
 * Pairs of an account with itself never count (its `remove_loops`). Returns the edges that survive,
 * weighted, as before, by their coordinated comment pairs; the quantile cut is the caller's.
 */
export function coorTweetEdges(model: Model, windowMs: number, minParticipation: number): CoCommentEdge[] {
  let byKey = coorTweetCache.get(model);
  if (!byKey) coorTweetCache.set(model, (byKey = new Map()));
  const key = `${windowMs}:${minParticipation}`;
  const cached = byKey.get(key);
  if (cached) return cached;

  const n = model.accounts.length;
  const active = (account: number) => model.accounts[account]!.commentIdx.length >= minParticipation;
  const coordinated = new Uint8Array(model.comments.length);
  const edges = new Map<number, CoCommentEdge>();
  const lastPost = new Map<number, number>();
  for (const post of model.posts) {
    const sorted = post.commentIdx
      .filter((c) => active(model.comments[c]!.author))
      .sort((x, y) => model.comments[x]!.createdMs - model.comments[y]!.createdMs || x - y);
    for (let i = 0; i < sorted.length; i++) {
      const ci = sorted[i]!, ti = model.comments[ci]!.createdMs;
      for (let j = i + 1; j < sorted.length && model.comments[sorted[j]!]!.createdMs - ti <= windowMs; j++) {
        const cj = sorted[j]!;
        const x = model.comments[ci]!.author, y = model.comments[cj]!.author;
        if (x === y) continue;
        coordinated[ci] = 1;
        coordinated[cj] = 1;
        const a = x < y ? x : y, b = x < y ? y : x;
        const pair = a * n + b;
        let edge = edges.get(pair);
        if (!edge) edges.set(pair, (edge = { a, b, weight: 0, posts: 0 }));
        edge.weight++;
        if (lastPost.get(pair) !== post.index) {
          lastPost.set(pair, post.index);
          edge.posts++;
        }
      }
    }
  }
  const coordinatedComments = new Uint32Array(n);
  model.comments.forEach((c, i) => {
    if (coordinated[i]) coordinatedComments[c.author]!++;
  });
  const qualifies = (account: number) => coordinatedComments[account]! >= minParticipation;
  // Every pair of an edge joins the same two accounts, so "either author qualifies" keeps or drops whole edges.
  const kept = [...edges.values()].filter((e) => qualifies(e.a) || qualifies(e.b)).sort((p, q) => p.a - q.a || p.b - q.b);
  byKey.set(key, kept);
  return kept;
}

/** The pruned co-commenting network (shared with the network view). */
export function prunedCoCommentEdges(model: Model, opts: CoCommentingOptions): CoCommentEdge[] {
  let eligible: CoCommentEdge[];
  if (opts.participation === 'coortweet') eligible = coorTweetEdges(model, opts.timeWindow * 1000, opts.minParticipation);
  else {
    const { edges, participation } = coCommentEdges(model, opts.timeWindow * 1000);
    eligible = edges.filter((e) => participation[e.a]! >= opts.minParticipation && participation[e.b]! >= opts.minParticipation);
  }
  if (eligible.length === 0) return [];
  // CooRTweet's strict `> q` would drop the lightest edges even at q = 0: 0 means no cut at all.
  const threshold = opts.edgeWeight > 0 ? quantile(eligible.map((e) => e.weight), opts.edgeWeight) : -Infinity;
  return eligible.filter((e) => e.weight > threshold && e.weight >= opts.minEdgeWeight);
}

