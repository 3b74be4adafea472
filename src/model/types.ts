import type { CommentColumns } from './comments.js';

/** The one normalised record every input becomes (see README "Input"). Ids are strings: Facebook ids exceed 2^53. */
export type AuthorType = 'page' | 'profile' | 'unknown';

export interface CommentRecord {
  commentId: string;
  postId: string;
  /** Empty for a top-level comment. */
  parentId: string;
  authorId: string;
  authorName: string;
  authorUrl: string;
  authorType: AuthorType;
  authorCategory: string;
  /** UTC milliseconds since the epoch. */
  createdMs: number;
  text: string;
  likeCount: number;
  /** As exported; -1 when the column is absent. */
  replyCount: number;
}

export interface ReactionRecord {
  commentId: string;
  reactorId: string;
  reactorName: string;
  reactorType: AuthorType;
  reactionType: string;
}

export interface Account {
  /** What the report shows as the id: the raw author_id, else author_url, else author_name (the builder keeps one map per kind). */
  readonly id: string;
  name: string;
  url: string;
  type: AuthorType;
  /** How type is known: given in the export, inferred (a category implies a Page), or unknown. */
  typeSource: 'explicit' | 'inferred' | 'unknown';
  category: string;
  /** Indexes into Model.comments, in row order: a view of one array shared by all accounts (grouped-indexes.ts), not to be written. */
  readonly commentIdx: Int32Array;
  /** Reactions this account gave. */
  reactionsGiven: number;
}

export interface Comment {
  id: string;
  postId: string;
  /** Index of the post in Model.posts. */
  post: number;
  parentId: string;
  /** Index of the author in Model.accounts. */
  author: number;
  createdMs: number;
  /** Day of week 0 = Sunday … 6 = Saturday, in the analysis zone. */
  localDay: number;
  /** Hour 0–23 in the analysis zone. */
  localHour: number;
  text: string;
  likeCount: number;
  replyCount: number;
  /** Replies to this comment present in the data. */
  repliesInData: number;
  /** Global row order (files in the order given, then row order). */
  order: number;
}

/**
 * The acts of engagement, as columns by act (an object each was 56 bytes of heap, a fifth of the model
 * once the comments were columns): act i is `from[i]` replying to or reacting to a comment by `to[i]`.
 */
export interface Engagements {
  length: number;
  from: Int32Array;
  to: Int32Array;
  /** 1 for a reaction, 0 for a reply. */
  reaction: Uint8Array;
  /** 1 when it is supportive (replies and like/love/care/wow reactions); see signals/intra-network.ts. */
  supportive: Uint8Array;
}

export interface Post {
  id: string;
  index: number;
  /** Indexes into Model.comments, in row order: a view of one array shared by all posts (grouped-indexes.ts), not to be written. */
  commentIdx: Int32Array;
}

export interface Model {
  accounts: Account[];
  comments: Comment[];
  /**
   * The same comments as columns (typed arrays by comment index): hot loops over a million comments
   * read these rather than `comments[i]`, whose views are objects scattered over the heap.
   */
  columns: CommentColumns;
  posts: Post[];
  engagements: Engagements;
  /** Whether any account has a known type (page/profile); page-as-profile needs it. */
  hasAuthorType: boolean;
  hasReactions: boolean;
  /** Reactions read whose comment is not in the comment files (a reactions export of another scan, ids changed). */
  unmatchedReactions: number;
  /** Some input gave times to the day only (kevinzg facebook-scraper): hours cannot be analysed. */
  dayPrecisionTimes: boolean;
}
