import { InputError } from '../errors.js';
import type { ZoneClock } from '../model/clock.js';
import type { AuthorType, CommentRecord, ReactionRecord } from '../model/types.js';
import { headerIndex, readCsvTable, type ByteProgress, type CsvRow } from './csv-table.js';
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

/** The field at a column position, '' when the column is absent (-1). */
function field(fields: string[], position: number): string {
  return position < 0 ? '' : (fields[position] ?? '');
}

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
  const progress: ByteProgress = { bytes: 0, total: 0 };
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
      if (context.onProgress && read % PROGRESS_EVERY === 0) context.onProgress(read, progress.bytes, progress.total);
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
    progress,
  );
  if (table.rows === 0) throw new InputError(file, 'the file has a header but no rows', 1);
  if (table.decoding.basis === 'guess') context.warnings.push({ code: 'encoding-guessed', file, args: { encoding: table.decoding.encoding } });
  return {
    file, role, format, sha256: table.sha256, bytes: table.bytes, delimiter: table.delimiter,
    encoding: table.decoding.encoding, gzip: table.decoding.gzip,
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
  let at: Record<(typeof COMMENT_COLUMNS)[number], number> | undefined;
  let zoneless = 0, synthesizedIds = 0, mangled = 0;
  // One record, refilled for every row: the sink copies what it keeps (a million rows, no garbage).
  const record: CommentRecord = {
    commentId: '', postId: '', parentId: '', authorId: '', authorName: '', authorUrl: '', authorType: 'unknown',
    authorCategory: '', createdMs: 0, text: '', likeCount: 0, replyCount: -1,
  };

  const result = await readRows(
    file, 'canonical-csv', 'comments', context,
    (index, header) => {
      checkColumns(file, header, index, COMMENT_COLUMNS, [['created_at'], ['author_id', 'author_name']], context);
      at = Object.fromEntries(COMMENT_COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
    },
    (fields, row) => {
      const c = at!;
      const authorId = field(fields, c.author_id).trim();
      const authorName = field(fields, c.author_name).trim();
      const authorUrl = field(fields, c.author_url).trim();
      if (!authorId && !authorUrl && !authorName) throw new BadRow('author_id', 'author_id, author_url and author_name are all empty');
      if (EXCEL_MANGLED.test(authorId)) mangled++;
      const time = parseTime(field(fields, c.created_at), inputZone);
      if (!time.ok) throw new BadRow('created_at', time.reason);
      if (time.zoneless) zoneless++;
      let commentId = field(fields, c.comment_id).trim();
      if (!commentId) {
        synthesizedIds++;
        commentId = `${fileIndex}:${row.line}`;
      }
      record.commentId = commentId;
      record.postId = field(fields, c.post_id).trim() || 'all';
      record.parentId = field(fields, c.parent_id).trim();
      record.authorId = authorId;
      record.authorName = authorName;
      record.authorUrl = authorUrl;
      record.authorType = parseAuthorType(field(fields, c.author_type), 'author_type');
      record.authorCategory = field(fields, c.author_category).trim();
      record.createdMs = time.ms;
      record.text = field(fields, c.text);
      record.likeCount = parseCount(field(fields, c.like_count), 'like_count');
      record.replyCount = c.reply_count >= 0 ? parseCount(field(fields, c.reply_count), 'reply_count') : -1;
      return sink.add(record);
    },
  );
  const hasLikeCount = at!.like_count >= 0;
  if (!hasLikeCount) context.warnings.push({ code: 'like-count-absent', file, args: {} });
  if (zoneless > 0) context.warnings.push({ code: 'zoneless-times', file, args: { rows: zoneless, zone: inputZone.zone } });
  if (synthesizedIds > 0) context.warnings.push({ code: 'synthesized-comment-ids', file, args: { rows: synthesizedIds } });
  if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
  return result;
}

export async function readCanonicalReactions(file: string, context: IngestContext, sink: ReactionSink): Promise<FileReport> {
  let at: Record<(typeof REACTION_COLUMNS)[number], number> | undefined;
  return readRows(
    file, 'canonical-reactions-csv', 'reactions', context,
    (index, header) => {
      checkColumns(file, header, index, REACTION_COLUMNS, [['comment_id'], ['reactor_id', 'reactor_name']], context);
      at = Object.fromEntries(REACTION_COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
    },
    (fields) => {
      const c = at!;
      const commentId = field(fields, c.comment_id).trim();
      if (!commentId) throw new BadRow('comment_id', 'empty comment_id');
      const reactorId = field(fields, c.reactor_id).trim();
      const reactorName = field(fields, c.reactor_name).trim();
      if (!reactorId && !reactorName) throw new BadRow('reactor_id', 'reactor_id and reactor_name are both empty');
      const record: ReactionRecord = {
        commentId,
        reactorId,
        reactorName,
        reactorType: parseAuthorType(field(fields, c.reactor_type), 'reactor_type'),
        reactionType: field(fields, c.reaction_type).trim().toLowerCase(),
      };
      return sink.add(record);
    },
  );
}
