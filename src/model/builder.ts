import type { IngestWarning } from '../ingest/types.js';
import type { ZoneClock } from './clock.js';
import { BigMap } from '../util/big-map.js';
import { IntPairMap } from '../util/int-pair-map.js';
import { resized } from '../util/arrays.js';
import { CommentColumns, MAX_COUNT, PARENT_NOT_IN_DATA, TOP_LEVEL } from './comments.js';
import { GroupedIndexes, NOT_GROUPED } from './grouped-indexes.js';
import type { Account, AuthorType, CommentRecord, Engagements, Model, Post, ReactionRecord } from './types.js';

/**
 * Reactions that show support. Replies count as engagement too; "haha" and "angry" are how a
 * brigade mocks a critic, so they are not read as support (see signals/intra-network.ts).
 */
const SUPPORTIVE_REACTIONS = new Set(['', 'like', 'love', 'care', 'wow', 'thankful', 'pride']);

interface PendingReaction {
  reactor: number;
  commentIdx: number;
  supportive: boolean;
}

/**
 * An account as the builder makes it. Its comment list is a view made when asked (`commentIdx`), of
 * the indexes grouped by author once reading is done: a view kept per account was 96 bytes of heap,
 * 150 MB for the 1.5M accounts of a 10⁷-comment scan.
 */
class AccountEntry implements Account {
  typeSource: Account['typeSource'];
  reactionsGiven = 0;
  byAuthor = NOT_GROUPED;

  constructor(
    private readonly index: number,
    readonly id: string,
    public name: string,
    public url: string,
    public type: AuthorType,
    public category: string,
  ) {
    this.typeSource = type === 'unknown' ? 'unknown' : 'explicit';
  }

  get commentIdx(): Int32Array {
    return this.byAuthor.of(this.index);
  }
}

// What is known of an account: a name, a url, a category, and its type (two bits).
const NAME = 1, URL = 2, CATEGORY = 4, TYPE_BITS = 24;
const typeBits = (type: AuthorType) => (type === 'page' ? 8 : type === 'profile' ? 16 : 0);
const knownOf = (account: Account) => (account.name ? NAME : 0) | (account.url ? URL : 0) | (account.category ? CATEGORY : 0) | typeBits(account.type);

/** Set by decimalId: the id's number is decimalHigh × 10⁹ + decimalLow. */
let decimalHigh = 0, decimalLow = 0;

/**
 * Whether `id` is 1 to 18 decimal digits without a leading zero; if so, its number in two parts
 * below 10⁹ (decimalHigh, decimalLow), exact where one double is not past 2⁵³. Without a leading
 * zero, two different ids are two different numbers.
 */
function decimalId(id: string): boolean {
  const length = id.length;
  if (length === 0 || length > 18 || (length > 1 && id.charCodeAt(0) === 48)) return false;
  const split = length - 9;
  let high = 0, low = 0;
  for (let k = 0; k < length; k++) {
    const digit = id.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9) return false;
    if (k < split) high = high * 10 + digit;
    else low = low * 10 + digit;
  }
  decimalHigh = high;
  decimalLow = low;
  return true;
}

/** Builds the model row by row as the readers stream; indexes are built once in `finish`. */
export class ModelBuilder {
  private readonly accounts: AccountEntry[] = [];
  /** Per account, what is known of it (knownOf): whether a row can add anything. */
  private accountKnown = new Uint8Array(1024);
  // One map per key kind, so no key string is built per row.
  private readonly accountById = new Map<string, number>();
  /**
   * Ids of decimal digits (as Facebook's are) by their number, split in two below 10⁹ (decimalId):
   * a probe is one cache line of a flat table, where a string-keyed Map read a bucket, an entry and
   * the key string, three cache misses a row among the 1.5M accounts of a 10⁷-comment scan. The
   * number is the whole id, so no two ids can meet; any other id stays in accountById.
   */
  private readonly accountByDecimalId = new IntPairMap();
  private readonly accountByUrl = new Map<string, number>();
  private readonly accountByName = new Map<string, number>();
  private readonly comments: CommentColumns = new CommentColumns();
  /** Replies read before the comment they reply to: resolved in `finish`, when every comment is known. */
  private readonly laterParents: { comment: number; parentId: string }[] = [];
  private readonly postById = new Map<string, Post>();
  private readonly posts: Post[] = [];
  private readonly reactions: PendingReaction[] = [];
  private readonly reactionKeys = new BigMap<true>();
  private conflictingTypes = 0;
  private conflictingDuplicates = 0;
  unknownReactionTargets = 0;

  /**
   * textPass: given each comment's text as it is added (copy-paste's first pass, while the parser is
   * still busy); expectedComments: an estimate from the input's size, to size the columns once.
   */
  constructor(
    private readonly clock: ZoneClock,
    private readonly textPass?: { add(index: number, text: string): void },
    expectedComments = 0,
  ) {
    if (expectedComments > 0) this.comments = new CommentColumns(expectedComments);
  }

  readonly commentSink = {
    add: (record: CommentRecord): boolean => {
      const { ids } = this.comments;
      const index = ids.add(record.commentId);
      if (index < 0) {
        // A repeat of a comment already read is dropped (an export's overlapping pages); one with another time or
        // text is another comment under the same id (two exports' ids colliding) and is said, not dropped silently.
        const kept = ids.indexOf(record.commentId);
        if (kept >= 0 && (this.comments.createdMs[kept] !== record.createdMs || this.comments.texts.at(kept) !== record.text)) this.conflictingDuplicates++;
        return false;
      }
      const author = this.account(record.authorId, record.authorUrl, record.authorName, record.authorType, record.authorCategory);
      const hourOfWeek = this.clock.hourOfWeek(record.createdMs);
      let post = this.postById.get(record.postId);
      if (!post) {
        post = { id: record.postId, index: this.posts.length, commentIdx: new Int32Array(0) };
        this.postById.set(record.postId, post);
        this.posts.push(post);
        this.comments.postIds.push(post.id);
      }
      // The parent's index when it was read before (its own id included, as a row can name itself).
      let parent = record.parentId ? ids.indexOf(record.parentId) : TOP_LEVEL;
      if (parent === -1 && record.parentId) {
        parent = PARENT_NOT_IN_DATA;
        this.laterParents.push({ comment: index, parentId: record.parentId });
      }
      this.comments.push(post.index, parent, author, record.createdMs, hourOfWeek, record.text, record.likeCount, record.replyCount);
      this.textPass?.add(index, record.text);
      return true;
    },
  };

  /** Reactions arrive after all comments (the comments must be known to attach them). */
  readonly reactionSink = {
    add: (record: ReactionRecord): boolean => {
      const commentIdx = this.comments.ids.indexOf(record.commentId);
      const reactor = this.account(record.reactorId, '', record.reactorName, record.reactorType, '');
      const key = `${record.commentId}\u0000${reactor}`;
      if (this.reactionKeys.has(key)) return false;
      this.reactionKeys.set(key, true);
      this.accounts[reactor]!.reactionsGiven++;
      if (commentIdx < 0) {
        this.unknownReactionTargets++;
        return true;
      }
      this.reactions.push({ reactor, commentIdx, supportive: SUPPORTIVE_REACTIONS.has(record.reactionType) });
      return true;
    },
  };

  private account(id: string, url: string, name: string, type: AuthorType, category: string): number {
    const decimal = id !== '' && decimalId(id);
    const high = decimalHigh, low = decimalLow;
    const map = id ? this.accountById : url ? this.accountByUrl : this.accountByName;
    const keyValue = id || url || name.normalize('NFC');
    let index = decimal ? this.accountByDecimalId.get(high, low, -1) : (map.get(keyValue) ?? -1);
    if (index < 0) {
      index = this.accounts.length;
      if (decimal) this.accountByDecimalId.set(high, low, index);
      else map.set(keyValue, index);
      // NFC once per account, not per row: names and categories are compared as text later.
      const account = new AccountEntry(index, keyValue, name.normalize('NFC'), url, type, category.normalize('NFC'));
      this.accounts.push(account);
      if (index === this.accountKnown.length) this.accountKnown = resized(this.accountKnown, index * 2);
      this.accountKnown[index] = knownOf(account);
      return index;
    }
    // Most rows bring nothing new about their author: answered from a byte per account, without
    // touching the account object (at 10⁷ comments, one cache miss a row among 1.5M accounts).
    const known = this.accountKnown[index]!;
    const adds = (name && !(known & NAME)) || (url && !(known & URL)) || (category && !(known & CATEGORY));
    if (!adds && (type === 'unknown' || (known & TYPE_BITS) === typeBits(type))) return index;
    const account = this.accounts[index]!;
    if (!account.name && name) account.name = name.normalize('NFC');
    if (!account.url && url) account.url = url;
    if (!account.category && category) account.category = category.normalize('NFC');
    if (type !== 'unknown') {
      if (account.type === 'unknown') {
        account.type = type;
        account.typeSource = 'explicit';
      } else if (account.type !== type) {
        this.conflictingTypes++;
        // A Page is the stronger claim; one row saying "profile" does not undo it.
        account.type = 'page';
      }
    }
    this.accountKnown[index] = knownOf(account);
    return index;
  }

  finish(warnings: IngestWarning[]): Model {
    const { parent, author, repliesInData, ids, unknownParentIds } = this.comments;
    for (const { comment, parentId } of this.laterParents) {
      const found = ids.indexOf(parentId);
      if (found >= 0) parent[comment] = found;
      else unknownParentIds.set(comment, parentId);
    }
    let most = this.reactions.length;
    for (let i = 0; i < this.comments.length; i++) if (parent[i]! >= 0) most++;
    const engagements: Engagements = { length: 0, from: new Int32Array(most), to: new Int32Array(most), reaction: new Uint8Array(most), supportive: new Uint8Array(most) };
    const engage = (from: number, to: number, reaction: boolean, supportive: boolean) => {
      if (from === to) return;
      const e = engagements.length++;
      engagements.from[e] = from;
      engagements.to[e] = to;
      engagements.reaction[e] = reaction ? 1 : 0;
      engagements.supportive[e] = supportive ? 1 : 0;
    };
    for (let i = 0; i < this.comments.length; i++) {
      const p = parent[i]!;
      if (p < 0) continue;
      repliesInData[p]!++;
      engage(author[i]!, author[p]!, false, true);
    }
    for (const reaction of this.reactions) engage(reaction.reactor, author[reaction.commentIdx]!, true, reaction.supportive);
    let hasAuthorType = false;
    for (const account of this.accounts) {
      // Only Pages have categories: a category with no type is a Page (a heuristic, reported as such).
      if (account.type === 'unknown' && account.category) {
        account.type = 'page';
        account.typeSource = 'inferred';
      }
      if (account.type !== 'unknown') hasAuthorType = true;
    }
    if (this.conflictingTypes > 0) warnings.push({ code: 'conflicting-author-type', file: '', args: { rows: this.conflictingTypes } });
    if (this.comments.clampedCounts > 0) warnings.push({ code: 'count-clamped', file: '', args: { rows: this.comments.clampedCounts, max: MAX_COUNT } });
    if (this.unknownReactionTargets > 0) warnings.push({ code: 'reaction-to-unknown-comment', file: '', args: { rows: this.unknownReactionTargets } });
    if (this.conflictingDuplicates > 0) warnings.push({ code: 'conflicting-duplicate-ids', file: '', args: { rows: this.conflictingDuplicates } });
    const columns = this.comments;
    columns.seal();
    // Grouped once, not grown row by row (grouped-indexes.ts). A post keeps its view: posts are few.
    const byAuthor = new GroupedIndexes(columns.author, columns.length, this.accounts.length);
    for (const account of this.accounts) account.byAuthor = byAuthor;
    const byPost = new GroupedIndexes(columns.post, columns.length, this.posts.length);
    for (const post of this.posts) post.commentIdx = byPost.of(post.index);
    return {
      accounts: this.accounts,
      // Views are made when a signal first asks for them (CommentColumns.views).
      get comments() {
        return columns.views();
      },
      columns,
      posts: this.posts,
      engagements,
      hasAuthorType,
      hasReactions: this.reactions.length > 0,
      unmatchedReactions: this.unknownReactionTargets,
      dayPrecisionTimes: warnings.some((w) => w.code === 'day-precision-times'),
    };
  }
}
