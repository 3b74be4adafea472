import { InputError } from '../errors.js';
import type { ZoneClock } from '../model/clock.js';
import type { AuthorType, CommentRecord, ReactionRecord } from '../model/types.js';
import { headerIndex, readCsvTable, type CsvRow } from './csv-table.js';
import { parseTime } from './time.js';
import { REJECTIONS_KEPT, type CommentSink, type FileReport, type IngestContext, type ReactionSink } from './types.js';

/** The canonical comment CSV (README "Input"). */
export const COMMENT_COLUMNS = [
  'comment_id', 'post_id', 'parent_id', 'author_id', 'author_name', 'author_url', 'author_type',
  'author_category', 'created_at', 'text', 'like_count', 'reply_count',
] as const;
export const REACTION_COLUMNS = ['comment_id', 'reactor_id', 'reactor_name', 'reactor_type', 'reaction_type'] as const;

const PROGRESS_EVERY = 100_000;
const COUNT = /^\d{1,15}$/;
/** An id Excel turned into a float: unrecoverable digits. */
const EXCEL_MANGLED = /^\d(?:[.,]\d+)?E\+?\d+$/i;

class BadRow extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(reason);
  }
}

export function parseAuthorType(raw: string, field: string): AuthorType {
  const value = raw.trim().toLowerCase();
  if (value === 'page') return 'page';
  if (value === 'profile' || value === 'user') return 'profile';
  if (value === '' || value === 'unknown') return 'unknown';
  throw new BadRow(field, `expected page, profile, user or empty, found ${JSON.stringify(raw.slice(0, 40))}`);
}

function parseCount(raw: string, field: string): number {
  const value = raw.trim();
  if (value === '') return 0;
  if (!COUNT.test(value)) throw new BadRow(field, `expected an integer ≥ 0, found ${JSON.stringify(value.slice(0, 40))}`);
  return Number(value);
}

type Getter = (fields: string[]) => string;
function column(index: Map<string, number>, name: string): Getter | undefined {
  const position = index.get(name);
  return position === undefined ? undefined : (fields) => fields[position] ?? '';
}
const empty: Getter = () => '';

/** Shared row loop: field-count check, rejection bookkeeping and progress. */
async function readRows(
  file: string,
  format: string,
  role: FileReport['role'],
  context: IngestContext,
  checkHeader: (index: Map<string, number>, header: string[]) => void,
  convert: (fields: string[], row: CsvRow) => boolean,
): Promise<FileReport> {
  let width = 0;
  let used = 0, rejected = 0, duplicates = 0;
  const report = (row: CsvRow, field: string, reason: string) => {
    if (!context.skipBadRows) throw new InputError(file, reason, row.line, field);
    rejected++;
    if (context.rejections.length < REJECTIONS_KEPT) context.rejections.push({ file, line: row.line, field, reason });
  };
  const table = await readCsvTable(
    file,
    (header) => {
      width = header.length;
      checkHeader(headerIndex(header), header);
    },
    (row) => {
      const read = used + rejected + duplicates + 1;
      if (context.onProgress && read % PROGRESS_EVERY === 0) context.onProgress(read);
      if (row.fields.length !== width) {
        report(row, '(row)', `expected ${width} fields as in the header, found ${row.fields.length}`);
        return;
      }
      try {
        if (convert(row.fields, row)) used++;
        else duplicates++;
      } catch (error) {
        if (!(error instanceof BadRow)) throw error;
        report(row, error.field, error.reason);
      }
    },
  );
  if (table.rows === 0) throw new InputError(file, 'the file has a header but no rows', 1);
  return {
    file, role, format, sha256: table.sha256, bytes: table.bytes, delimiter: table.delimiter,
    read: table.rows, used, rejected, duplicates,
  };
}

function checkColumns(file: string, header: string[], index: Map<string, number>, known: readonly string[], required: string[][], context: IngestContext) {
  const missing = required.filter((alternatives) => !alternatives.some((name) => index.has(name)));
  if (missing.length > 0) {
    throw new InputError(
      file,
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((a) => a.join(' or ')).join(', ')}; ` +
        `found: ${header.map((h) => JSON.stringify(h)).join(', ') || '(none)'}; required: ${required.map((a) => a.join(' or ')).join(', ')}`,
      1,
    );
  }
  const unknown = header.filter((name) => name !== '' && !known.includes(name.toLowerCase()));
  if (unknown.length > 0) context.warnings.push({ code: 'unknown-columns', file, args: { columns: unknown.join(', ') } });
}

export async function readCanonicalComments(
  file: string,
  fileIndex: number,
  inputZone: ZoneClock,
  context: IngestContext,
  sink: CommentSink,
): Promise<FileReport> {
  let get: Record<(typeof COMMENT_COLUMNS)[number], Getter> | undefined;
  let hasCommentId = false, hasLikeCount = false, hasReplyCount = false;
  let zoneless = 0, synthesizedIds = 0, mangled = 0;

  const result = await readRows(
    file, 'canonical-csv', 'comments', context,
    (index, header) => {
      checkColumns(file, header, index, COMMENT_COLUMNS, [['created_at'], ['author_id', 'author_name']], context);
      get = Object.fromEntries(COMMENT_COLUMNS.map((name) => [name, column(index, name) ?? empty])) as typeof get;
      hasCommentId = index.has('comment_id');
      hasLikeCount = index.has('like_count');
      hasReplyCount = index.has('reply_count');
    },
    (fields, row) => {
      const g = get!;
      const authorId = g.author_id(fields).trim();
      const authorName = g.author_name(fields).trim();
      const authorUrl = g.author_url(fields).trim();
      if (!authorId && !authorUrl && !authorName) throw new BadRow('author_id', 'author_id, author_url and author_name are all empty');
      if (EXCEL_MANGLED.test(authorId)) mangled++;
      const time = parseTime(g.created_at(fields), inputZone);
      if (!time.ok) throw new BadRow('created_at', time.reason);
      if (time.zoneless) zoneless++;
      let commentId = hasCommentId ? g.comment_id(fields).trim() : '';
      if (!commentId) {
        synthesizedIds++;
        commentId = `${fileIndex}:${row.line}`;
      }
      const record: CommentRecord = {
        commentId,
        postId: g.post_id(fields).trim() || 'all',
        parentId: g.parent_id(fields).trim(),
        authorId,
        authorName,
        authorUrl,
        authorType: parseAuthorType(g.author_type(fields), 'author_type'),
        authorCategory: g.author_category(fields).trim(),
        createdMs: time.ms,
        text: g.text(fields),
        likeCount: parseCount(g.like_count(fields), 'like_count'),
        replyCount: hasReplyCount ? parseCount(g.reply_count(fields), 'reply_count') : -1,
        source: { file, line: row.line },
      };
      return sink.add(record);
    },
  );
  if (!hasLikeCount) context.warnings.push({ code: 'like-count-absent', file, args: {} });
  if (zoneless > 0) context.warnings.push({ code: 'zoneless-times', file, args: { rows: zoneless, zone: inputZone.zone } });
  if (synthesizedIds > 0) context.warnings.push({ code: 'synthesized-comment-ids', file, args: { rows: synthesizedIds } });
  if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
  return result;
}

export async function readCanonicalReactions(file: string, context: IngestContext, sink: ReactionSink): Promise<FileReport> {
  let get: Record<(typeof REACTION_COLUMNS)[number], Getter> | undefined;
  return readRows(
    file, 'canonical-reactions-csv', 'reactions', context,
    (index, header) => {
      checkColumns(file, header, index, REACTION_COLUMNS, [['comment_id'], ['reactor_id', 'reactor_name']], context);
      get = Object.fromEntries(REACTION_COLUMNS.map((name) => [name, column(index, name) ?? empty])) as typeof get;
    },
    (fields, row) => {
      const g = get!;
      const commentId = g.comment_id(fields).trim();
      if (!commentId) throw new BadRow('comment_id', 'empty comment_id');
      const reactorId = g.reactor_id(fields).trim();
      const reactorName = g.reactor_name(fields).trim();
      if (!reactorId && !reactorName) throw new BadRow('reactor_id', 'reactor_id and reactor_name are both empty');
      const record: ReactionRecord = {
        commentId,
        reactorId,
        reactorName,
        reactorType: parseAuthorType(g.reactor_type(fields), 'reactor_type'),
        reactionType: g.reaction_type(fields).trim().toLowerCase(),
        source: { file, line: row.line },
      };
      return sink.add(record);
    },
  );
}
