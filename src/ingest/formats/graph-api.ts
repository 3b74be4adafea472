import { z } from 'zod';
import type { CommentRecord, ReactionRecord } from '../../model/types.js';
import type { ZoneClock } from '../../model/clock.js';
import { blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import { NotCommentsError } from '../../errors.js';
import { postOrFile, type CommentSink, type FilePost, type IngestContext, type ReactionSink } from '../types.js';
import type { JsonFormat } from './json-others.js';

const reactionSchema = z.object({ id: z.union([z.string(), z.number()]).transform(String), name: z.string().optional(), type: z.string().optional() });

/** One Graph API comment as it arrives; only what we read is checked, the rest passes. */
const commentSchema: z.ZodType<GraphComment> = z.lazy(() =>
  z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    created_time: z.string(),
    message: z.string().optional(),
    from: z.object({ id: z.union([z.string(), z.number()]).transform(String).optional(), name: z.string().optional(), category: z.string().optional() }).optional(),
    parent: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
    like_count: z.number().int().min(0).optional(),
    comment_count: z.number().int().min(0).optional(),
    comments: z.object({ data: z.array(commentSchema) }).optional(),
    reactions: z.object({ data: z.array(reactionSchema) }).optional(),
  }),
);

function hasEdge(value: unknown): value is { data: unknown[] } {
  return !!value && typeof value === 'object' && Array.isArray((value as { data?: unknown }).data);
}

interface GraphComment {
  id: string;
  created_time: string;
  message?: string;
  from?: { id?: string; name?: string; category?: string };
  parent?: { id: string };
  like_count?: number;
  comment_count?: number;
  comments?: { data: GraphComment[] };
  reactions?: { data: { id: string; name?: string; type?: string }[] };
}

export interface JsonTally {
  used: number;
  rejected: number;
  skipped: number;
  duplicates: number;
  /** Comments without `from`: the Graph API withholds people without a Page token. */
  noAuthor: number;
  /** Reactions read from `reactions` edges, and those already seen. */
  reactions: number;
  reactionDuplicates: number;
}

/** The post a comments page belongs to: from paging.next (`/{post}/comments`), else the comment id's prefix. */
function postOfPage(page: { paging?: { next?: unknown } }, first?: unknown): string {
  const next = typeof page.paging?.next === 'string' ? page.paging.next : '';
  const match = /\/v?[\d.]*\/?([^/?]+)\/comments\?/.exec(next);
  if (match) return match[1]!;
  const id = first && typeof first === 'object' && 'id' in first ? String((first as { id: unknown }).id) : '';
  return id.includes('_') ? id.split('_')[0]! : '';
}

/** A comment id as the Graph API writes it: `<post>_<comment>`. */
const COMMENT_ID = /^\d+_\d+$/;

/** Fields a comment needs to be read, and the request that gives them. */
const NEEDED_FIELDS = ['created_time', 'from'] as const;
const FIELDS_HINT = 'fields=created_time,from,message,like_count,comment_count,parent (and comments{created_time,from,message} for replies)';

/**
 * Graph API comments: a response page `{data, paging}`, a post with a `comments` edge, or an array
 * of either; nested replies (`comments{data}`) and `reactions{data}` are read too — reactions become
 * engagement without a separate file. `from.category` marks a Page (a heuristic, as old API versions
 * gave it only for Pages).
 */
export class GraphApiReader {
  readonly tally: JsonTally = { used: 0, rejected: 0, skipped: 0, duplicates: 0, noAuthor: 0, reactions: 0, reactionDuplicates: 0 };
  private readonly record: CommentRecord = blankRecord();

  constructor(
    private readonly file: string,
    private readonly inputZone: ZoneClock,
    private readonly context: IngestContext,
    private readonly sink: CommentSink,
    private readonly reactions: ReactionSink,
    private readonly reject: (where: string, reason: string) => void,
    private readonly filePost: FilePost,
  ) {}

  /** Is this JSON value something we read? */
  static recognises(value: unknown): boolean {
    const probe = Array.isArray(value) ? value[0] : value;
    if (!probe || typeof probe !== 'object') return false;
    const o = probe as Record<string, unknown>;
    if (Array.isArray(o.data)) return o.data.length === 0 || (typeof o.data[0] === 'object' && o.data[0] !== null && 'created_time' in (o.data[0] as object));
    // Any object with a comments edge: `GET /{post-id}?fields=comments{…}` gives no created_time of the post.
    if (hasEdge(o.comments)) return true;
    if ('created_time' in o && 'id' in o) return true;
    // A single comment (`GET /{comment-id}`), whatever fields were asked for.
    return typeof o.id === 'string' && COMMENT_ID.test(o.id) && ('message' in o || 'message_tags' in o || 'permalink_url' in o || 'object' in o || hasEdge(o.reactions));
  }

  /** Reads a document; `asComment` when it is one line of NDJSON, which holds a comment (or a page). */
  read(value: unknown, where: string, asComment = false): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.read(item, `${where}[${i}]`));
      return;
    }
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.data)) {
      const post = postOfPage(o as { paging?: { next?: unknown } }, o.data[0]);
      o.data.forEach((item, i) => this.comment(item, post, '', `${where}.data[${i}]`));
    } else if (!asComment && hasEdge(o.comments) && !('parent' in o)) {
      // A post (or photo, video…) with its comments edge.
      const post = o.id === undefined ? postOrFile('', this.filePost) : String(o.id);
      ((o.comments as { data: unknown[] }).data).forEach((item, i) => this.comment(item, post, '', `${where}.comments.data[${i}]`));
    } else {
      const lacks = NEEDED_FIELDS.filter((f) => !(f in o));
      if (lacks.includes('created_time') && hasEdge(o.reactions) && typeof o.id === 'string') {
        // `GET /{comment-id}?fields=reactions`: the reactions of a comment read elsewhere.
        this.reactionsOf(o.id, (o.reactions as { data: unknown[] }).data, `${where}.reactions`);
      } else if (lacks.includes('created_time') && where === '$') {
        throw new NotCommentsError(
          this.file,
          'not-comments-json',
          `a single Graph API comment (GET /{comment-id}) without ${lacks.join(' and ')}: it cannot be placed in time${lacks.includes('from') ? ' or attributed' : ''}; request it with ${FIELDS_HINT}`,
          `a single comment without ${lacks.join(' and ')}`,
        );
      } else {
        this.comment(o, postOrFile(postOfPage({}, o), this.filePost), '', where);
      }
    }
  }

  /** Reactions of one comment, from its `reactions` edge. */
  private reactionsOf(commentId: string, data: unknown[], where: string): void {
    data.forEach((raw, i) => {
      const parsed = reactionSchema.safeParse(raw);
      if (!parsed.success) {
        this.reject(`${where}.data[${i}].${parsed.error.issues[0]!.path.join('.')}`, parsed.error.issues[0]!.message);
        return;
      }
      this.addReaction(commentId, parsed.data);
    });
  }

  private addReaction(commentId: string, reaction: { id: string; name?: string; type?: string }): void {
    const record: ReactionRecord = { commentId, reactorId: reaction.id, reactorName: reaction.name ?? '', reactorType: 'unknown', reactionType: (reaction.type ?? '').toLowerCase() };
    this.tally.reactions++;
    if (!this.reactions.add(record)) this.tally.reactionDuplicates++;
  }

  private comment(raw: unknown, postId: string, parentId: string, where: string): void {
    const parsed = commentSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      this.tally.rejected++;
      this.reject(`${where}.${issue.path.join('.')}`, issue.message);
      return;
    }
    const c = parsed.data;
    if (!c.from?.id && !c.from?.name) {
      this.tally.noAuthor++;
      this.tally.skipped++;
    } else {
      const time = parseTime(c.created_time, this.inputZone);
      if (!time.ok) {
        this.tally.rejected++;
        this.reject(`${where}.created_time`, time.reason);
        return;
      }
      const r = this.record;
      r.commentId = c.id;
      r.postId = postId || postOrFile('', this.filePost);
      r.parentId = c.parent?.id ?? parentId;
      r.authorId = c.from.id ?? '';
      r.authorName = c.from.name ?? '';
      r.authorType = c.from.category ? 'page' : 'unknown';
      r.authorCategory = c.from.category ?? '';
      r.createdMs = time.ms;
      r.text = c.message ?? '';
      r.likeCount = c.like_count ?? 0;
      r.replyCount = c.comment_count ?? -1;
      if (this.sink.add(r)) this.tally.used++;
      else this.tally.duplicates++;
    }
    for (const reaction of c.reactions?.data ?? []) this.addReaction(c.id, reaction);
    (c.comments?.data ?? []).forEach((reply, i) => this.comment(reply, postId, c.id, `${where}.comments.data[${i}]`));
  }

  finish(): void {
    if (this.tally.noAuthor > 0) this.context.warnings.push({ code: 'no-author', file: this.file, args: { rows: this.tally.noAuthor } });
  }
}

/**
 * The Graph API's JSON as a listed format. Tried after every other JSON format (its shapes are the
 * loosest); the reader itself is the file's GraphApiReader, which keeps state across pages and lines.
 */
export const graphApiJson: JsonFormat = {
  name: 'graph-api-json',
  description:
    'Graph API comments: {"data": [...]} response pages (one file or a directory of page files), a post with a "comments" edge, an array of them, or NDJSON; nested replies and reactions are read; a comment\'s reactions edge alone is read as reactions',
  needs: 'id, created_time, from{id,name} (people without a Page token have no from: left out and counted)',
  reads: ['id', 'created_time', 'message', 'from.id', 'from.name', 'from.category (a Page)', 'parent.id', 'like_count', 'comment_count', 'comments.data', 'reactions.data'],
  detected:
    'JSON (or the first array item) with a "data" array whose first item has created_time, a "comments" edge, id and created_time, or a comment id (123_456) with message, message_tags, permalink_url, object or a reactions edge; tried after the JSON formats above',
  recognises: (value) => GraphApiReader.recognises(value),
  read: (value, where, out, asLine) => out.graph.read(value, where, asLine),
};
