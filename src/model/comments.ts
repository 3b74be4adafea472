import type { Comment } from './types.js';
import { CommentIds } from './comment-ids.js';
import { TextStore } from './text-store.js';
import { resized } from '../util/arrays.js';

/** Largest like or reply count kept (2³¹ − 1): Facebook's most-liked comments have millions, not billions. */
export const MAX_COUNT = 2_147_483_647;
const HOUR_MS = 3_600_000;
/** `parent` of a comment that is not a reply. */
export const TOP_LEVEL = -1;
/** `parent` of a reply whose parent is not in the data (its id is in `unknownParentIds`). */
export const PARENT_NOT_IN_DATA = -2;

/**
 * The comments as columns: one typed array per number instead of an object per comment. A million
 * comment objects of 13 fields (each time a boxed double, each post id its own copy of the string)
 * were a third of the heap; here a comment costs its id's and its text's UTF-8 bytes outside the
 * heap (comment-ids.ts, text-store.ts) and 57 bytes of numbers (33 in these columns, 12 for each
 * store's offsets). `Model.comments` stays an array of `Comment`s for the signals: each is a
 * two-field view (the columns and the index) whose getters read the columns.
 */
export class CommentColumns {
  length = 0;
  /** Ids by index, and the index of each id while reading (comment-ids.ts). */
  readonly ids: CommentIds = new CommentIds();
  /** Texts as UTF-8 bytes outside the heap (text-store.ts); `texts.at(i)` decodes one. */
  readonly texts: TextStore = new TextStore();
  /** Index of the comment replied to, TOP_LEVEL, or PARENT_NOT_IN_DATA: ids are resolved as they are read (builder.ts). */
  parent = new Int32Array(1024);
  /** The parent ids of replies whose parent is not in the data, by comment index. */
  readonly unknownParentIds = new Map<number, string>();
  /** Index of the post in Model.posts, and its id (by post index). */
  post = new Int32Array(1024);
  readonly postIds: string[] = [];
  author = new Int32Array(1024);
  createdMs = new Float64Array(1024);
  /** Day × 24 + hour in the analysis zone (0 = Sunday 00:00). */
  hourOfWeek = new Uint8Array(1024);
  /** 32-bit: four bytes a comment less than doubles (40 MB at 10M); a count past MAX_COUNT (no real comment has one) is clamped, with a warning. */
  likeCount = new Uint32Array(1024);
  /** −1 when the export has no reply count. */
  replyCount = new Int32Array(1024);
  /** Comments whose like or reply count was not a whole number in range, and was made one. */
  clampedCounts = 0;
  repliesInData = new Int32Array(1024);

  /**
   * expected: comments it will hold, if known (an estimate from the input's size): the columns are made
   * that big at once (pages never written cost nothing), the id table for half of it (hashedPart).
   * Doubled up to a million, they were copied and rehashed ten times while the parser waited.
   */
  constructor(expected = 0) {
    if (expected > this.post.length) {
      this.ids = new CommentIds(undefined, expected);
      this.texts = new TextStore(undefined, expected);
      this.resize(expected);
    }
  }

  /** The columns of the comment whose id was just added to `ids` (ids.add gave its index, which this returns). */
  push(post: number, parent: number, author: number, createdMs: number, hourOfWeek: number, text: string, likeCount: number, replyCount: number): number {
    const i = this.length;
    if (this.ids.length !== i + 1) throw new Error('CommentColumns.push: add the comment id first');
    if (i === this.post.length) this.resize(i * 2);
    this.texts.push(text);
    this.parent[i] = parent;
    this.post[i] = post;
    this.author[i] = author;
    this.createdMs[i] = createdMs;
    this.hourOfWeek[i] = hourOfWeek;
    // Whole numbers 0…MAX_COUNT (replies: −1 = not exported); anything else a hostile file gives is made one, and counted.
    const likes = Number.isFinite(likeCount) ? Math.min(Math.max(Math.trunc(likeCount), 0), MAX_COUNT) : 0;
    const replies = Number.isFinite(replyCount) ? Math.min(Math.max(Math.trunc(replyCount), -1), MAX_COUNT) : -1;
    if (likes !== likeCount || replies !== replyCount) this.clampedCounts++;
    this.likeCount[i] = likes;
    this.replyCount[i] = replies;
    this.length = i + 1;
    return i;
  }

  /** To `capacity` slots: doubled while reading, cut to the count at the end. */
  resize(capacity: number): void {
    this.post = resized(this.post, capacity);
    this.parent = resized(this.parent, capacity);
    this.author = resized(this.author, capacity);
    this.createdMs = resized(this.createdMs, capacity);
    this.hourOfWeek = resized(this.hourOfWeek, capacity);
    this.likeCount = resized(this.likeCount, capacity);
    this.replyCount = resized(this.replyCount, capacity);
    this.repliesInData = resized(this.repliesInData, capacity);
  }

  /**
   * Comment i's occasion: its post and clock hour, as one number. Comments of one group on one occasion
   * are one decision (the group tests cluster by it; a member's clock counts occasions, not comments).
   */
  occasion(i: number): number {
    return this.post[i]! * 1e7 + Math.floor(this.createdMs[i]! / HOUR_MS);
  }

  /** Cuts the arrays to the count and lets the id table go, once reading is done (and every parent is resolved). */
  seal(): void {
    // Views, not copies: the slots past the count were never written, so they hold no memory, and
    // copying a million comments' columns into new pages took a tenth of a second.
    if (this.post.length !== this.length) {
      this.post = this.post.subarray(0, this.length);
      this.parent = this.parent.subarray(0, this.length);
      this.author = this.author.subarray(0, this.length);
      this.createdMs = this.createdMs.subarray(0, this.length);
      this.hourOfWeek = this.hourOfWeek.subarray(0, this.length);
      this.likeCount = this.likeCount.subarray(0, this.length);
      this.replyCount = this.replyCount.subarray(0, this.length);
      this.repliesInData = this.repliesInData.subarray(0, this.length);
    }
    this.ids.releaseIndex();
  }

  /** The id comment i replies to, as given ('' for a comment that is not a reply). */
  parentId(i: number): string {
    const parent = this.parent[i]!;
    return parent >= 0 ? this.ids.at(parent) : parent === TOP_LEVEL ? '' : this.unknownParentIds.get(i)!;
  }

  private cachedViews: Comment[] | undefined;

  /**
   * The comments as `Comment`s, in row order: made on first use and kept until releaseViews. At 10⁷
   * comments the views are half a gigabyte of heap that only the signals' per-comment code reads.
   */
  views(): Comment[] {
    if (this.cachedViews) return this.cachedViews;
    this.seal();
    const out = new Array<Comment>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = new CommentView(this, i);
    return (this.cachedViews = out);
  }

  /** Lets the views go (the analysis is done; the result reads the columns); views() makes them again if asked. */
  releaseViews(): void {
    this.cachedViews = undefined;
  }
}

class CommentView implements Comment {
  constructor(
    private readonly columns: CommentColumns,
    /** Global row order, which is the index in Model.comments. */
    readonly order: number,
  ) {}
  get id() {
    return this.columns.ids.at(this.order);
  }
  get postId() {
    return this.columns.postIds[this.columns.post[this.order]!]!;
  }
  get post() {
    return this.columns.post[this.order]!;
  }
  get parentId() {
    return this.columns.parentId(this.order);
  }
  get author() {
    return this.columns.author[this.order]!;
  }
  get createdMs() {
    return this.columns.createdMs[this.order]!;
  }
  get localDay() {
    return Math.floor(this.columns.hourOfWeek[this.order]! / 24);
  }
  get localHour() {
    return this.columns.hourOfWeek[this.order]! % 24;
  }
  get text() {
    return this.columns.texts.at(this.order);
  }
  get likeCount() {
    return this.columns.likeCount[this.order]!;
  }
  get replyCount() {
    return this.columns.replyCount[this.order]!;
  }
  get repliesInData() {
    return this.columns.repliesInData[this.order]!;
  }
}
