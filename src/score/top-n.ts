import type { Comment, Model } from '../model/types.js';
import { round as roundTo, wilson } from '../signals/_shared/stats.js';

const round = (v: number) => roundTo(v, 6);
import type { Verdict } from './verdict.js';

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

function figures(postId: string, top: Comment[], all: Comment[], verdicts: Verdict[]): ShareFigures {
  const count = (list: Comment[], v: Verdict) => list.reduce((s, c) => s + (verdicts[c.author] === v ? 1 : 0), 0);
  const inauthentic = count(top, 'inauthentic'), suspicious = count(top, 'suspicious');
  const authors = new Set(top.map((c) => c.author));
  let inauthenticAuthors = 0, suspiciousAuthors = 0;
  for (const a of authors) {
    if (verdicts[a] === 'inauthentic') inauthenticAuthors++;
    else if (verdicts[a] === 'suspicious') suspiciousAuthors++;
  }
  const allInauthentic = count(all, 'inauthentic');
  const ratio = (k: number, n: number) => (n === 0 ? 0 : round(k / n));
  const ci = (k: number, n: number) => wilson(k, n).map(round) as [number, number];
  return {
    postId,
    considered: top.length,
    inauthentic,
    suspicious,
    share: ratio(inauthentic, top.length),
    ci95: ci(inauthentic, top.length),
    upperBoundShare: ratio(inauthentic + suspicious, top.length),
    authors: authors.size,
    inauthenticAuthors,
    suspiciousAuthors,
    authorShare: ratio(inauthenticAuthors, authors.size),
    authorShareCi95: ci(inauthenticAuthors, authors.size),
    allComments: {
      comments: all.length,
      inauthentic: allInauthentic,
      suspicious: count(all, 'suspicious'),
      share: ratio(allInauthentic, all.length),
      ci95: ci(allInauthentic, all.length),
    },
  };
}

export function topNShares(model: Model, verdicts: Verdict[], n: number, rank: RankBy, includeReplies: boolean): TopNResult {
  const useRepliesInData = model.comments.some((c) => c.repliesInData > 0);
  const posts: ShareFigures[] = [];
  const pooledTop: Comment[] = [];
  for (const post of model.posts) {
    const all = post.commentIdx.map((i) => model.comments[i]!);
    const eligible = includeReplies ? all : all.filter((c) => c.parentId === '');
    const top = rankComments(eligible, rank, useRepliesInData).slice(0, n);
    pooledTop.push(...top);
    posts.push(figures(post.id, top, all, verdicts));
  }
  posts.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
  return { n, rank, includeReplies, posts, overall: figures('overall', pooledTop, model.comments, verdicts) };
}
