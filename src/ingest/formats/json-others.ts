import { z } from 'zod';
import type { ZoneClock } from '../../model/clock.js';
import type { CommentRecord } from '../../model/types.js';
import { blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import { postOrFile, type CommentSink, type FilePost, type IngestContext, type ReactionSink } from '../types.js';
import type { GraphApiReader, JsonTally } from './graph-api.js';
import type { FormatListing } from './format.js';

/**
 * A JSON comment format: recognised from content (never the file name), read item by item. What
 * `brigade formats` says of it (`FormatListing`) sits beside the code it describes.
 */
export interface JsonFormat extends FormatListing {
  recognises(value: unknown): boolean;
  /** Reads a document (or one NDJSON line, `asLine`); `reject` counts a bad item (or stops the scan). */
  read(value: unknown, where: string, out: JsonOut, asLine: boolean): void;
}

export interface JsonOut {
  tally: JsonTally;
  inputZone: ZoneClock;
  context: IngestContext;
  file: string;
  sink: CommentSink;
  /** Reactions found inside the file (kevinzg's comment_reactors). */
  reactions?: ReactionSink;
  reject(where: string, reason: string): void;
  /** The file's post, for items that name none. */
  filePost: FilePost;
  /** The Graph API reader of this file: it keeps state across pages and lines. */
  graph: GraphApiReader;
}


/** Counts an item as rejected (or stops the scan, without --skip-bad-rows). */
function rejectItem(out: JsonOut, where: string, reason: string): void {
  out.tally.rejected++;
  out.reject(where, reason);
}

/** The item as its schema reads it, or undefined after rejecting it at the first issue's path. */
function parseItem<T>(schema: z.ZodType<T>, raw: unknown, where: string, out: JsonOut): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  rejectItem(out, `${where}.${issue.path.join('.')}`, issue.message);
  return undefined;
}

function add(out: JsonOut, record: CommentRecord): void {
  if (out.sink.add(record)) out.tally.used++;
  else out.tally.duplicates++;
}

/** "1.2K" → 1200, "3" → 3, 4 → 4, "" → 0: counts as scrapers write them. */
function count(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.round(value);
  const m = /^\s*([\d.,]+)\s*([KkMm]?)\s*$/.exec(String(value ?? ''));
  if (!m) return 0;
  const n = Number(m[1]!.replace(/,/g, ''));
  return Math.round(n * (m[2]!.toLowerCase() === 'k' ? 1_000 : m[2]!.toLowerCase() === 'm' ? 1_000_000 : 1));
}

const idLike = z.union([z.string(), z.number()]).transform(String);

/** Apify's comment `id`: base64 of `comment:<post>_<comment>`. */
export function decodeApifyId(id: string): { postId: string; commentId: string } | null {
  const match = /^comment:(\d+)_(\d+)$/.exec(Buffer.from(id, 'base64').toString('utf8'));
  return match ? { postId: match[1]!, commentId: `${match[1]}_${match[2]}` } : null;
}

/**
 * Apify facebook-comments-scraper: `id` is base64 of `comment:<post>_<comment>`; `likesCount` is a
 * string or a number; replies (`threadingDepth` > 0) name no parent, so they are kept out of the
 * top-level ranking with an unknown parent.
 */
const apifyItem = z.object({
  id: z.string(),
  date: z.string(),
  text: z.string().optional(),
  profileId: idLike.optional(),
  profileName: z.string().optional(),
  profileUrl: z.string().optional(),
  likesCount: z.unknown().optional(),
  commentsCount: z.unknown().optional(),
  threadingDepth: z.number().optional(),
  facebookUrl: z.string().optional(),
});
export const apify: JsonFormat = {
  name: 'apify-facebook-comments-json',
  description: 'Apify facebook-comments-scraper JSON items (base64 ids decoded into post and comment, likesCount strings coerced; replies name no parent and stay out of the top-level ranking)',
  needs: 'id (base64 of comment:<post>_<comment>), date, and profileId or profileName',
  reads: ['id', 'date', 'text', 'profileId', 'profileName', 'profileUrl', 'likesCount', 'commentsCount', 'threadingDepth', 'facebookUrl'],
  detected: 'JSON whose item (or first array item) has facebookUrl and profileName',
  recognises: (value) => {
    const probe = Array.isArray(value) ? value[0] : value;
    return !!probe && typeof probe === 'object' && 'facebookUrl' in probe && 'profileName' in probe;
  },
  read(value, where, out) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((raw, i) => {
      const at = Array.isArray(value) ? `${where}[${i}]` : where;
      const c = parseItem(apifyItem, raw, at, out);
      if (!c) return;
      const match = decodeApifyId(c.id);
      if (!match) return rejectItem(out, `${at}.id`, `not an Apify comment id (base64 of comment:<post>_<comment>): ${JSON.stringify(c.id.slice(0, 40))}`);
      if (!c.profileId && !c.profileName) return rejectItem(out, `${at}.profileId`, 'profileId and profileName are both empty');
      const time = parseTime(c.date, out.inputZone);
      if (!time.ok) return rejectItem(out, `${at}.date`, time.reason);
      const r = blankRecord();
      r.commentId = match.commentId;
      r.postId = match.postId;
      r.parentId = (c.threadingDepth ?? 0) > 0 ? 'unknown-parent' : '';
      r.authorId = c.profileId ?? '';
      r.authorName = c.profileName ?? '';
      r.authorUrl = c.profileUrl ?? '';
      r.createdMs = time.ms;
      r.text = c.text ?? '';
      r.likeCount = count(c.likesCount);
      r.replyCount = c.commentsCount === undefined ? -1 : count(c.commentsCount);
      add(out, r);
    });
  },
};

/**
 * youtube-comment-downloader JSON lines: brigades happen there too. The video is not named in the
 * file (one file per video): every comment belongs to the file's post (its name). A reply's parent is its cid before
 * the dot; `votes` like "1.2K" are expanded.
 */
const youtubeItem = z.object({ cid: z.string(), text: z.string().optional(), author: z.string().optional(), channel: z.string().optional(), votes: z.unknown().optional(), time_parsed: z.number() });
export const youtube: JsonFormat = {
  name: 'youtube-comment-downloader-jsonl',
  description: "youtube-comment-downloader JSON lines: one file is one video (the file's post); a reply's parent is its cid before the dot; votes like 1.2K expanded",
  needs: 'cid, time_parsed, and channel or author',
  reads: ['cid', 'text', 'author', 'channel', 'votes', 'time_parsed'],
  detected: 'a JSON object (one per line) with cid and time_parsed',
  recognises: (value) => !!value && typeof value === 'object' && !Array.isArray(value) && 'cid' in value && 'time_parsed' in value,
  read(value, where, out) {
    const c = parseItem(youtubeItem, value, where, out);
    if (!c) return;
    if (!c.channel && !c.author) return rejectItem(out, `${where}.channel`, 'channel and author are both empty');
    const r = blankRecord();
    r.commentId = c.cid;
    r.postId = postOrFile('', out.filePost);
    r.parentId = c.cid.includes('.') ? c.cid.slice(0, c.cid.indexOf('.')) : '';
    r.authorId = c.channel ?? '';
    r.authorName = c.author ?? '';
    r.authorType = 'profile';
    r.createdMs = Math.round(c.time_parsed * 1000);
    r.text = c.text ?? '';
    r.likeCount = count(c.votes);
    add(out, r);
  },
};

/**
 * Facebook "Download Your Information" comments.json: one account's own comments. Facebook writes
 * each UTF-8 byte as \u00XX (ə arrives as "É\u0099"): repaired when every character is ≤ U+00FF
 * and the bytes are valid UTF-8.
 */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}
const dyiItem = z.object({ timestamp: z.number(), data: z.array(z.object({ comment: z.object({ timestamp: z.number().optional(), comment: z.string().optional(), author: z.string().optional() }).optional() })).optional(), title: z.string().optional() });
export const downloadYourInformation: JsonFormat = {
  name: 'facebook-dyi-comments-json',
  description: 'Facebook "Download Your Information" comments.json: one account\'s own comments (labelled as such); Facebook\'s mojibake repaired',
  needs: 'comments_v2[].timestamp',
  reads: ['comments_v2[].timestamp', 'comments_v2[].data[0].comment.timestamp', 'comments_v2[].data[0].comment.comment', 'comments_v2[].data[0].comment.author'],
  detected: 'a JSON object with a comments_v2 array',
  recognises: (value) => !!value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { comments_v2?: unknown }).comments_v2),
  read(value, where, out) {
    const list = (value as { comments_v2: unknown[] }).comments_v2;
    list.forEach((raw, i) => {
      const item = parseItem(dyiItem, raw, `${where}.comments_v2[${i}]`, out);
      if (!item) return;
      const comment = item.data?.[0]?.comment;
      if (!comment) {
        out.tally.skipped++;
        return;
      }
      const r = blankRecord();
      r.commentId = `dyi:${i}:${comment.timestamp ?? item.timestamp}`;
      r.postId = postOrFile('', out.filePost);
      r.authorName = repairMojibake(comment.author ?? 'account owner');
      r.authorType = 'profile';
      r.createdMs = (comment.timestamp ?? item.timestamp) * 1000;
      r.text = repairMojibake(comment.comment ?? '');
      add(out, r);
    });
    out.context.warnings.push({ code: 'own-comments-only', file: out.file, args: {} });
  },
};


/** A profile link without the tracking parameters scrapers keep (eav, fref, refid, __tn__…); profile.php keeps its id. */
export function cleanProfileUrl(url: string): string {
  const m = /^(https?:\/\/[^?#]+)(\?[^#]*)?/.exec(url.trim());
  if (!m) return url.trim();
  const id = /[?&]id=(\d+)/.exec(m[2] ?? '')?.[1];
  return id && m[1]!.endsWith('profile.php') ? `${m[1]}?id=${id}` : m[1]!;
}

/**
 * kevinzg/facebook-scraper JSON (`-fmt json`): posts with `comments_full`, or a list of comments;
 * replies nested under `replies` (their parent is the enclosing comment), reactors under
 * `comment_reactors`. Times are naive and often to the day only: when most fall at midnight the
 * shift analysis is disabled, and the report says why.
 */
const kevinzgComment: z.ZodType<KevinzgComment> = z.lazy(() =>
  z.object({
    comment_id: idLike,
    commenter_id: idLike.nullish(),
    commenter_url: z.string().nullish(),
    commenter_name: z.string().nullish(),
    comment_text: z.string().nullish(),
    comment_time: z.string().nullish(),
    comment_reactors: z.array(z.object({ name: z.string().nullish(), link: z.string().nullish(), type: z.string().nullish() })).nullish(),
    comment_reaction_count: z.number().nullish(),
    replies: z.array(kevinzgComment).nullish(),
  }),
);
interface KevinzgComment {
  comment_id: string;
  commenter_id?: string | null;
  commenter_url?: string | null;
  commenter_name?: string | null;
  comment_text?: string | null;
  comment_time?: string | null;
  comment_reactors?: { name?: string | null; link?: string | null; type?: string | null }[] | null;
  comment_reaction_count?: number | null;
  replies?: KevinzgComment[] | null;
}
export const kevinzg: JsonFormat = {
  name: 'kevinzg-facebook-scraper-json',
  description: 'kevinzg facebook-scraper JSON (-fmt json): posts with comments_full, or a list of comments; nested replies and reactors; tracking parameters stripped from links; day-only times disable the shift analysis',
  needs: 'comment_id, comment_time, and commenter_id, commenter_url or commenter_name',
  reads: [
    'post_id', 'comments_full', 'comment_id', 'commenter_id', 'commenter_url', 'commenter_name', 'comment_text', 'comment_time',
    'comment_reaction_count', 'comment_reactors[].name', 'comment_reactors[].link', 'comment_reactors[].type', 'replies',
  ],
  detected: 'JSON whose item (or first array item) has comments_full, or commenter_name and comment_time',
  recognises: (value) => {
    const probe = Array.isArray(value) ? value[0] : value;
    return !!probe && typeof probe === 'object' && ('comments_full' in probe || ('commenter_name' in probe && 'comment_time' in probe));
  },
  read(value, where, out) {
    let midnight = 0, times = 0, zoneless = 0;
    const comment = (raw: unknown, postId: string, parentId: string, at: string) => {
      const c = parseItem(kevinzgComment, raw, at, out);
      if (!c) return;
      const url = c.commenter_url ? cleanProfileUrl(c.commenter_url) : '';
      if (!c.commenter_id && !url && !c.commenter_name) return rejectItem(out, `${at}.commenter_name`, 'commenter_id, commenter_url and commenter_name are all empty');
      const time = parseTime(c.comment_time ?? '', out.inputZone);
      if (!time.ok) return rejectItem(out, `${at}.comment_time`, time.reason);
      times++;
      if (time.zoneless) zoneless++;
      const written = (c.comment_time ?? '').trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(written) || /[ T]00:00(:00(\.0+)?)?$/.test(written)) midnight++;
      const r = blankRecord();
      r.commentId = c.comment_id;
      r.postId = postId || postOrFile('', out.filePost);
      r.parentId = parentId;
      r.authorId = c.commenter_id ?? '';
      r.authorUrl = url;
      r.authorName = c.commenter_name ?? '';
      r.createdMs = time.ms;
      r.text = c.comment_text ?? '';
      r.likeCount = c.comment_reaction_count ?? 0;
      add(out, r);
      for (const reactor of c.comment_reactors ?? []) {
        const link = reactor.link ? cleanProfileUrl(reactor.link) : '';
        out.reactions?.add({ commentId: c.comment_id, reactorId: link, reactorName: reactor.name ?? '', reactorType: 'unknown', reactionType: (reactor.type ?? '').toLowerCase() });
      }
      (c.replies ?? []).forEach((reply, i) => comment(reply, postId, c.comment_id, `${at}.replies[${i}]`));
    };
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      const at = Array.isArray(value) ? `${where}[${i}]` : where;
      const o = item as Record<string, unknown>;
      if (o && typeof o === 'object' && Array.isArray(o.comments_full)) {
        const post = o.post_id === undefined || o.post_id === null ? postOrFile('', out.filePost) : String(o.post_id);
        (o.comments_full as unknown[]).forEach((c, j) => comment(c, post, '', `${at}.comments_full[${j}]`));
      } else {
        comment(item, '', '', at);
      }
    });
    if (times > 0 && midnight / times >= 0.9) out.context.warnings.push({ code: 'day-precision-times', file: out.file, args: { rows: midnight, of: times } });
    if (zoneless > 0) out.context.warnings.push({ code: 'zoneless-times', file: out.file, args: { rows: zoneless, zone: out.inputZone.zone } });
  },
};

/** Meta Content Library comments as JSON (the API's shape): `owner.type` is the Page flag. */
const mclItem = z.object({
  id: idLike,
  post_id: idLike.optional(),
  parent_comment_id: idLike.nullish(),
  text: z.string().nullish(),
  creation_time: z.union([z.string(), z.number()]),
  owner: z.object({ id: idLike.nullish(), name: z.string().nullish(), username: z.string().nullish(), type: z.string().nullish() }).nullish(),
  statistics: z.object({ like_count: z.number().nullish(), top_level_reply_count: z.number().nullish() }).nullish(),
});
export const metaContentLibraryJson: JsonFormat = {
  name: 'meta-content-library-json',
  description: "Meta Content Library comments as JSON (the API's shape): owner.type says Page or profile",
  needs: 'id, creation_time, and owner.id or owner.name',
  reads: ['id', 'post_id', 'parent_comment_id', 'text', 'creation_time', 'owner.id', 'owner.name', 'owner.username', 'owner.type', 'statistics.like_count', 'statistics.top_level_reply_count'],
  detected: 'JSON whose item (the first of an array or of {"data": [...]}) has creation_time and owner',
  recognises: (value) => {
    const probe = Array.isArray(value) ? value[0] : (value as { data?: unknown[] })?.data?.[0] ?? value;
    return !!probe && typeof probe === 'object' && 'creation_time' in probe && 'owner' in probe;
  },
  read(value, where, out) {
    const items = Array.isArray(value) ? value : Array.isArray((value as { data?: unknown[] }).data) ? (value as { data: unknown[] }).data : [value];
    items.forEach((raw, i) => {
      const at = `${where}[${i}]`;
      const c = parseItem(mclItem, raw, at, out);
      if (!c) return;
      const authorId = c.owner?.id ?? '';
      const authorName = c.owner?.name || c.owner?.username || '';
      if (!authorId && !authorName) return rejectItem(out, `${at}.owner`, 'owner.id and owner.name are both empty');
      const time = parseTime(String(c.creation_time), out.inputZone);
      if (!time.ok) return rejectItem(out, `${at}.creation_time`, time.reason);
      const type = (c.owner?.type ?? '').toLowerCase();
      const r = blankRecord();
      r.commentId = c.id;
      r.postId = postOrFile(c.post_id ?? '', out.filePost);
      r.parentId = c.parent_comment_id ?? '';
      r.authorId = authorId;
      r.authorName = authorName;
      r.authorType = type === 'page' ? 'page' : type === 'profile' ? 'profile' : 'unknown';
      r.createdMs = time.ms;
      r.text = c.text ?? '';
      r.likeCount = c.statistics?.like_count ?? 0;
      r.replyCount = c.statistics?.top_level_reply_count ?? -1;
      add(out, r);
    });
  },
};
