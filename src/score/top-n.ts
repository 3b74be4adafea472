import { TOP_LEVEL } from '../model/comments.js';
import type { Comment, Model } from '../model/types.js';
import { round as roundTo, wilson } from '../util/stats.js';
import type { Verdict } from './verdict.js';

const round = (v: number) => roundTo(v, 6);

export type RankBy = 'order' | 'likes' | 'replies';

export interface ShareFigures {
  postId: string;
  /** Comments in this post's top N (fewer when the post has fewer). */
  considered: number;
  inauthentic: number;
  suspicious: number;
  share: number;
  ci95: [number, number];
  /** (inauthentic + suspicious) / considered: the share if every suspicious account were inauthentic. */
  upperBoundShare: number;
  authors: number;
  inauthenticAuthors: number;
  suspiciousAuthors: number;
  authorShare: number;
  authorShareCi95: [number, number];
  allComments: { comments: number; inauthentic: number; suspicious: number; share: number; ci95: [number, number] };
}

export interface TopNResult {
  n: number;
  rank: RankBy;
  includeReplies: boolean;
  posts: ShareFigures[];
  overall: ShareFigures;
}

/**
 * Orders a post's comments. `order` keeps the exporter's order (Facebook's "most relevant" as it
 * arrived); `likes` and `replies` break ties by earlier time, then comment id, so row order cannot matter.
 * Reads the columns: a million comments, no view touched.
 */
function rankIndexes(model: Model, indexes: Int32Array, rank: RankBy, useRepliesInData: boolean): Int32Array | number[] {
  const { likeCount, repliesInData, replyCount, createdMs, ids } = model.columns;
  if (rank === 'order') {
    // A comment's order is its index (a post's list is in row order already; no copy then).
    let sorted = true;
    for (let i = 1; i < indexes.length && sorted; i++) sorted = indexes[i - 1]! < indexes[i]!;
    return sorted ? indexes : indexes.slice().sort();
  }
  const key = rank === 'likes' ? (c: number) => likeCount[c]! : (c: number) => (useRepliesInData ? repliesInData[c]! : Math.max(0, replyCount[c]!));
  return Array.from(indexes).sort((a, b) => key(b) - key(a) || createdMs[a]! - createdMs[b]! || ids.compare(a, b));
}

const AUTHENTIC = 0, SUSPICIOUS = 1, INAUTHENTIC = 2;

interface Tally {
  comments: number;
  inauthentic: number;
  suspicious: number;
}

/** One pass over the authors of some comments: how many of the comments come from inauthentic and from suspicious accounts. */
function tally(authors: Int32Array, level: Uint8Array): Tally {
  let inauthentic = 0, suspicious = 0;
  for (let i = 0; i < authors.length; i++) {
    const v = level[authors[i]!];
    if (v === INAUTHENTIC) inauthentic++;
    else if (v === SUSPICIOUS) suspicious++;
  }
  return { comments: authors.length, inauthentic, suspicious };
}

interface AuthorTally {
  authors: number;
  inauthenticAuthors: number;
  suspiciousAuthors: number;
}

/**
 * The distinct `authors` (of some comments) not yet stamped in `seen`, stamped now. One Int32Array of an
 * entry per account, stamped with a number per count, instead of a Set per post (and one of every
 * author for the overall figures: a million adds).
 */
function countAuthors(authors: Int32Array, level: Uint8Array, seen: Int32Array, stamp: number, into: AuthorTally): void {
  for (let i = 0; i < authors.length; i++) {
    const a = authors[i]!;
    if (seen[a] === stamp) continue;
    seen[a] = stamp;
    into.authors++;
    if (level[a] === INAUTHENTIC) into.inauthenticAuthors++;
    else if (level[a] === SUSPICIOUS) into.suspiciousAuthors++;
  }
}

function figures(postId: string, t: Tally, authors: AuthorTally, all: Tally): ShareFigures {
  const { inauthenticAuthors, suspiciousAuthors } = authors;
  const ratio = (k: number, n: number) => (n === 0 ? 0 : round(k / n));
  const ci = (k: number, n: number) => wilson(k, n).map(round) as [number, number];
  return {
    postId,
    considered: t.comments,
    inauthentic: t.inauthentic,
    suspicious: t.suspicious,
    share: ratio(t.inauthentic, t.comments),
    ci95: ci(t.inauthentic, t.comments),
    upperBoundShare: ratio(t.inauthentic + t.suspicious, t.comments),
    authors: authors.authors,
    inauthenticAuthors,
    suspiciousAuthors,
    authorShare: ratio(inauthenticAuthors, authors.authors),
    authorShareCi95: ci(inauthenticAuthors, authors.authors),
    allComments: {
      comments: all.comments,
      inauthentic: all.inauthentic,
      suspicious: all.suspicious,
      share: ratio(all.inauthentic, all.comments),
      ci95: ci(all.inauthentic, all.comments),
    },
  };
}

/** Each post's top N comments, as comment indexes. */
function topIndexes(model: Model, n: number, rank: RankBy, includeReplies: boolean): (Int32Array | number[])[] {
  const { repliesInData, parent } = model.columns;
  let useRepliesInData = false;
  for (let i = 0; i < model.columns.length && !useRepliesInData; i++) useRepliesInData = repliesInData[i]! > 0;
  return model.posts.map((post) => {
    const eligible = includeReplies ? post.commentIdx : post.commentIdx.filter((c) => parent[c] === TOP_LEVEL);
    return rankIndexes(model, eligible, rank, useRepliesInData).slice(0, n);
  });
}

/** Each post's top N comments, pooled in post order (the comments the shares count). */
export function topComments(model: Model, n: number, rank: RankBy, includeReplies: boolean): Comment[][] {
  return topIndexes(model, n, rank, includeReplies).map((top) => Array.from(top, (i) => model.comments[i]!));
}

export function topNShares(model: Model, verdicts: Verdict[], n: number, rank: RankBy, includeReplies: boolean): TopNResult {
  const level = Uint8Array.from(verdicts, (v) => (v === 'inauthentic' ? INAUTHENTIC : v === 'suspicious' ? SUSPICIOUS : AUTHENTIC));
  const { author, parent } = model.columns;
  const posts: ShareFigures[] = [];
  // The pooled figures are sums of the posts' (their authors counted once over all posts).
  const pooledTop: Tally = { comments: 0, inauthentic: 0, suspicious: 0 };
  const pooledAll: Tally = { comments: 0, inauthentic: 0, suspicious: 0 };
  const pooledAuthors: AuthorTally = { authors: 0, inauthenticAuthors: 0, suspiciousAuthors: 0 };
  const seenInPost = new Int32Array(model.accounts.length).fill(-1), seenAnywhere = new Int32Array(model.accounts.length).fill(-1);
  // In the exporter's order (the default) a post's top N are its first N eligible comments in row order (a post's
  // list is in row order, as the model builds it).
  const tops = rank === 'order' ? undefined : topIndexes(model, n, rank, includeReplies);
  let longest = 0;
  for (const post of model.posts) longest = Math.max(longest, post.commentIdx.length);
  const topAuthors = new Int32Array(Math.min(n, longest));
  // Each post's tally of all its comments, in one pass in row order (read post by post, a post's comments scattered
  // over the rows cost a cache miss each at 10⁷ rows); a post's own list is then read only up to its top N.
  const allInauthentic = new Uint32Array(model.posts.length), allSuspicious = new Uint32Array(model.posts.length);
  const postOf = model.columns.post;
  for (let c = 0; c < model.columns.length; c++) {
    const v = level[author[c]!];
    if (v === INAUTHENTIC) allInauthentic[postOf[c]!]++;
    else if (v === SUSPICIOUS) allSuspicious[postOf[c]!]++;
  }
  model.posts.forEach((post, p) => {
    const comments = post.commentIdx;
    const allTally: Tally = { comments: comments.length, inauthentic: allInauthentic[p]!, suspicious: allSuspicious[p]! };
    let k = 0;
    if (tops) for (const c of tops[p]!) topAuthors[k++] = author[c]!;
    else {
      for (let i = 0; i < comments.length && k < n; i++) {
        const c = comments[i]!;
        if (includeReplies || parent[c] === TOP_LEVEL) topAuthors[k++] = author[c]!;
      }
    }
    pooledAll.comments += allTally.comments;
    pooledAll.inauthentic += allTally.inauthentic;
    pooledAll.suspicious += allTally.suspicious;
    const topOnes = topAuthors.subarray(0, k);
    const topTally = tally(topOnes, level);
    pooledTop.comments += topTally.comments;
    pooledTop.inauthentic += topTally.inauthentic;
    pooledTop.suspicious += topTally.suspicious;
    const authors: AuthorTally = { authors: 0, inauthenticAuthors: 0, suspiciousAuthors: 0 };
    countAuthors(topOnes, level, seenInPost, p, authors);
    countAuthors(topOnes, level, seenAnywhere, 0, pooledAuthors);
    posts.push(figures(post.id, topTally, authors, allTally));
  });
  posts.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
  return { n, rank, includeReplies, posts, overall: figures('overall', pooledTop, pooledAuthors, pooledAll) };
}
