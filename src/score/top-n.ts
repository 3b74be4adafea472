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
 */
export function rankComments(comments: Comment[], rank: RankBy, useRepliesInData: boolean): Comment[] {
  if (rank === 'order') {
    // Usually already in row order (a post's comments are collected as read): sort only if not.
    const sorted = comments.every((c, i) => i === 0 || comments[i - 1]!.order < c.order);
    return sorted ? comments : [...comments].sort((a, b) => a.order - b.order);
  }
  const key = rank === 'likes' ? (c: Comment) => c.likeCount : (c: Comment) => (useRepliesInData ? c.repliesInData : Math.max(0, c.replyCount));
  return [...comments].sort((a, b) => key(b) - key(a) || a.createdMs - b.createdMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const AUTHENTIC = 0, SUSPICIOUS = 1, INAUTHENTIC = 2;

interface Tally {
  comments: number;
  inauthentic: number;
  suspicious: number;
}

/** One pass over comments: how many come from inauthentic and from suspicious accounts. */
function tally(comments: Comment[], level: Uint8Array): Tally {
  let inauthentic = 0, suspicious = 0;
  for (const c of comments) {
    const v = level[c.author];
    if (v === INAUTHENTIC) inauthentic++;
    else if (v === SUSPICIOUS) suspicious++;
  }
  return { comments: comments.length, inauthentic, suspicious };
}

function figures(postId: string, top: Comment[], all: Tally, level: Uint8Array): ShareFigures {
  const t = tally(top, level);
  const authors = new Set<number>();
  let inauthenticAuthors = 0, suspiciousAuthors = 0;
  for (const c of top) {
    if (authors.has(c.author)) continue;
    authors.add(c.author);
    if (level[c.author] === INAUTHENTIC) inauthenticAuthors++;
    else if (level[c.author] === SUSPICIOUS) suspiciousAuthors++;
  }
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
    authors: authors.size,
    inauthenticAuthors,
    suspiciousAuthors,
    authorShare: ratio(inauthenticAuthors, authors.size),
    authorShareCi95: ci(inauthenticAuthors, authors.size),
    allComments: {
      comments: all.comments,
      inauthentic: all.inauthentic,
      suspicious: all.suspicious,
      share: ratio(all.inauthentic, all.comments),
      ci95: ci(all.inauthentic, all.comments),
    },
  };
}

/** Each post's top N comments, pooled in post order (the comments the shares count). */
export function topComments(model: Model, n: number, rank: RankBy, includeReplies: boolean): Comment[][] {
  const useRepliesInData = model.comments.some((c) => c.repliesInData > 0);
  return model.posts.map((post) => {
    const all = post.commentIdx.map((i) => model.comments[i]!);
    const eligible = includeReplies ? all : all.filter((c) => c.parentId === '');
    return rankComments(eligible, rank, useRepliesInData).slice(0, n);
  });
}

export function topNShares(model: Model, verdicts: Verdict[], n: number, rank: RankBy, includeReplies: boolean): TopNResult {
  const level = Uint8Array.from(verdicts, (v) => (v === 'inauthentic' ? INAUTHENTIC : v === 'suspicious' ? SUSPICIOUS : AUTHENTIC));
  const posts: ShareFigures[] = [];
  const pooledTop: Comment[] = [];
  const pooledAll: Tally = { comments: 0, inauthentic: 0, suspicious: 0 };
  const tops = topComments(model, n, rank, includeReplies);
  model.posts.forEach((post, p) => {
    const all = post.commentIdx.map((i) => model.comments[i]!);
    const top = tops[p]!;
    const allTally = tally(all, level);
    pooledAll.comments += allTally.comments;
    pooledAll.inauthentic += allTally.inauthentic;
    pooledAll.suspicious += allTally.suspicious;
    for (const c of top) pooledTop.push(c);
    posts.push(figures(post.id, top, allTally, level));
  });
  posts.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
  return { n, rank, includeReplies, posts, overall: figures('overall', pooledTop, pooledAll, level) };
}
