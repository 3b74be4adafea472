import { z } from 'zod';
import type { ZoneClock } from '../../model/clock.js';
import type { CommentRecord } from '../../model/types.js';
import { blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import type { CommentSink, IngestContext } from '../types.js';
import type { JsonTally } from './graph-api.js';

/** A JSON comment format other than the Graph API's: recognised from content, read item by item. */
export interface JsonFormat {
  name: string;
  recognises(value: unknown): boolean;
  /** Reads a document (or one NDJSON line); `reject` counts a bad item (or stops the scan). */
  read(value: unknown, where: string, out: JsonOut): void;
}

export interface JsonOut {
  tally: JsonTally;
  inputZone: ZoneClock;
  context: IngestContext;
  file: string;
  sink: CommentSink;
  reject(where: string, reason: string): void;
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
  recognises: (value) => {
    const probe = Array.isArray(value) ? value[0] : value;
    return !!probe && typeof probe === 'object' && 'facebookUrl' in probe && 'profileName' in probe;
  },
  read(value, where, out) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((raw, i) => {
      const at = Array.isArray(value) ? `${where}[${i}]` : where;
      const parsed = apifyItem.safeParse(raw);
      if (!parsed.success) {
        out.tally.rejected++;
        out.reject(`${at}.${parsed.error.issues[0]!.path.join('.')}`, parsed.error.issues[0]!.message);
        return;
      }
      const c = parsed.data;
      const decoded = Buffer.from(c.id, 'base64').toString('utf8');
      const match = /^comment:(\d+)_(\d+)$/.exec(decoded);
      if (!match) {
        out.tally.rejected++;
        out.reject(`${at}.id`, `not an Apify comment id (base64 of comment:<post>_<comment>): ${JSON.stringify(c.id.slice(0, 40))}`);
        return;
      }
      if (!c.profileId && !c.profileName) {
        out.tally.rejected++;
        out.reject(`${at}.profileId`, 'profileId and profileName are both empty');
        return;
      }
      const time = parseTime(c.date, out.inputZone);
      if (!time.ok) {
        out.tally.rejected++;
        out.reject(`${at}.date`, time.reason);
        return;
      }
      const r = blankRecord();
      r.commentId = `${match[1]}_${match[2]}`;
      r.postId = match[1]!;
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
 * file (one file per video): every comment belongs to post `all`. A reply's parent is its cid before
 * the dot; `votes` like "1.2K" are expanded.
 */
const youtubeItem = z.object({ cid: z.string(), text: z.string().optional(), author: z.string().optional(), channel: z.string().optional(), votes: z.unknown().optional(), time_parsed: z.number() });
export const youtube: JsonFormat = {
  name: 'youtube-comment-downloader-jsonl',
  recognises: (value) => !!value && typeof value === 'object' && !Array.isArray(value) && 'cid' in value && 'time_parsed' in value,
  read(value, where, out) {
    const parsed = youtubeItem.safeParse(value);
    if (!parsed.success) {
      out.tally.rejected++;
      out.reject(`${where}.${parsed.error.issues[0]!.path.join('.')}`, parsed.error.issues[0]!.message);
      return;
    }
    const c = parsed.data;
    if (!c.channel && !c.author) {
      out.tally.rejected++;
      out.reject(`${where}.channel`, 'channel and author are both empty');
      return;
    }
    const r = blankRecord();
    r.commentId = c.cid;
    r.postId = 'all';
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
  recognises: (value) => !!value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { comments_v2?: unknown }).comments_v2),
  read(value, where, out) {
    const list = (value as { comments_v2: unknown[] }).comments_v2;
    list.forEach((raw, i) => {
      const parsed = dyiItem.safeParse(raw);
      if (!parsed.success) {
        out.tally.rejected++;
        out.reject(`${where}.comments_v2[${i}].${parsed.error.issues[0]!.path.join('.')}`, parsed.error.issues[0]!.message);
        return;
      }
      const item = parsed.data;
      const comment = item.data?.[0]?.comment;
      if (!comment) {
        out.tally.skipped++;
        return;
      }
      const r = blankRecord();
      r.commentId = `dyi:${i}:${comment.timestamp ?? item.timestamp}`;
      r.postId = 'all';
      r.authorName = repairMojibake(comment.author ?? 'account owner');
      r.authorType = 'profile';
      r.createdMs = (comment.timestamp ?? item.timestamp) * 1000;
      r.text = repairMojibake(comment.comment ?? '');
      add(out, r);
    });
    out.context.warnings.push({ code: 'own-comments-only', file: out.file, args: {} });
  },
};

export const OTHER_JSON_FORMATS: readonly JsonFormat[] = [apify, youtube, downloadYourInformation];
