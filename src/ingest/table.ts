import { InputError } from '../errors.js';
import type { AuthorType, CommentRecord } from '../model/types.js';
import { countNewlines, type ByteProgress } from './csv-parsing.js';
import { headerIndex, readCsvTable, type CsvRow } from './csv-table.js';
import { REJECTIONS_KEPT, type FileReport, type IngestContext } from './types.js';
import type { ByteAuditReport, DecodePlan } from './decode.js';

const PROGRESS_EVERY = 100_000;
/** An id Excel turned into a float: unrecoverable digits. */
export const EXCEL_MANGLED = /^\d(?:[.,]\d+)?E\+?\d+$/i;
const COUNT = /^\d{1,15}$/;

/** A row that cannot be read: the field and the reason, for `file:line: field: reason`. */
export class BadRow extends Error {
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

export function parseCount(raw: string, field: string): number {
  const value = raw.trim();
  if (value === '') return 0;
  if (!COUNT.test(value)) throw new BadRow(field, `expected an integer ≥ 0, found ${JSON.stringify(value.slice(0, 40))}`);
  return Number(value);
}

/** The field at a column position, '' when the column is absent (-1). */
export function field(fields: string[], position: number): string {
  return position < 0 ? '' : (fields[position] ?? '');
}

/** Shared row loop: field-count check, rejection bookkeeping and progress. */
/** What became of a row: taken, a duplicate of one already taken, or not a comment (a post, a seed). */
export type RowOutcome = 'used' | 'duplicate' | 'skipped';

/** A format's reader for one file, chosen from the header. */
export interface TableReader {
  format: string;
  convert: (fields: string[], row: CsvRow) => RowOutcome;
}

export async function readRows(
  file: string,
  role: FileReport['role'],
  context: IngestContext,
  /** The reader for this header, or null when the row is a preamble before the header. */
  prepare: (index: Map<string, number>, header: string[]) => TableReader | null,
): Promise<FileReport> {
  let width = 0;
  let used = 0, rejected = 0, duplicates = 0, skipped = 0;
  let reader: TableReader | undefined;
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
      headerControlWarning(file, header, context);
      reader = prepare(headerIndex(header), header) ?? undefined;
      return reader !== undefined;
    },
    (row) => {
      const read = used + rejected + duplicates + skipped + 1;
      if (context.onProgress && read % PROGRESS_EVERY === 0) context.onProgress(read, progress.bytes, progress.total);
      if (row.fields.length !== width) {
        // A row that runs over several lines took the lines after it into a quoted field: say so, or the rows it
        // swallowed are nowhere to be seen (they are this one rejected row in the accounting).
        const more = countNewlines(row.fields);
        const span = more > 0 ? ` (the row runs over lines ${row.line}–${row.line + more}: a quote in it may have joined the lines after it)` : '';
        report(row, '(row)', `expected ${width} fields as in the header, found ${row.fields.length}${span}`);
        return;
      }
      try {
        const outcome = reader!.convert(row.fields, row);
        if (outcome === 'used') used++;
        else if (outcome === 'duplicate') duplicates++;
        else skipped++;
      } catch (error) {
        if (!(error instanceof BadRow)) throw error;
        report(row, error.field, error.reason);
      }
    },
    progress,
  );
  if (table.rows === 0) throw new InputError(file, 'the file has a header but no rows', 1);
  auditWarnings(file, table.decoding, table.audit, context);
  if (table.decoding.basis === 'utf-16-pattern') context.warnings.push({ code: 'utf-16-without-bom', file, args: { encoding: table.decoding.encoding } });
  return {
    file, role, format: reader!.format, sha256: table.sha256, bytes: table.bytes, delimiter: table.delimiter,
    encoding: table.decoding.encoding, gzip: table.decoding.gzip, columns: table.header,
    read: table.rows + table.preamble, used, rejected, skipped: skipped + table.preamble, duplicates,
  };
}

/**
 * Nothing decoded silently wrong: invalid UTF-8 sequences (each read as U+FFFD) are counted with the
 * first places they occur, and a guessed code page says how many lines its guess changes.
 */
export function auditWarnings(file: string, plan: DecodePlan, audit: ByteAuditReport | undefined, context: IngestContext): void {
  const where = (a: ByteAuditReport) => a.first.map((p) => `line ${p.line} (byte ${p.byte})`).join(', ') + (a.count > a.first.length ? ', …' : '');
  if (plan.basis === 'guess') {
    context.warnings.push({ code: 'encoding-guessed', file, args: { encoding: plan.encoding, lines: audit?.count ?? 0, where: audit ? where(audit) : '' } });
  } else if (plan.encoding === 'utf-8' && audit && audit.count > 0) {
    context.warnings.push({ code: 'invalid-utf-8', file, args: { sequences: audit.count, where: where(audit) } });
  }
}

/** Header names holding NUL (or other control characters) match no column: said, not silently ignored. */
export function headerControlWarning(file: string, header: string[], context: IngestContext): void {
  // eslint-disable-next-line no-control-regex
  const bad = header.filter((name) => /[\u0000-\u001f\u007f]/.test(name));
  if (bad.length > 0) context.warnings.push({ code: 'nul-in-header', file, args: { columns: bad.length } });
}

/** Unknown columns named in a warning before "… and N more": a 10⁶-column header must not print megabytes. */
const UNKNOWN_COLUMNS_NAMED = 20;

export function checkColumns(file: string, header: string[], index: Map<string, number>, known: readonly string[], required: string[][], context: IngestContext) {
  const missing = required.filter((alternatives) => !alternatives.some((name) => index.has(name)));
  if (missing.length > 0) {
    throw new InputError(
      file,
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((a) => a.join(' or ')).join(', ')}; ` +
        `found: ${header.map((h) => JSON.stringify(h)).join(', ') || '(none)'}; required: ${required.map((a) => a.join(' or ')).join(', ')}`,
      1,
    );
  }
  // A column taken by --map is read, not ignored.
  const mapped = new Set(Object.values(context.columnMap ?? {}).map((column) => column.toLowerCase()));
  const unknown = header.filter((name) => name !== '' && !known.includes(name.toLowerCase()) && !mapped.has(name.toLowerCase()));
  if (unknown.length > 0) {
    const named = unknown.slice(0, UNKNOWN_COLUMNS_NAMED).map((name) => (name.length > 60 ? `${name.slice(0, 59)}…` : name));
    const more = unknown.length - named.length;
    context.warnings.push({ code: 'unknown-columns', file, args: { columns: named.join(', ') + (more > 0 ? ` … and ${more} more` : '') } });
  }
}


/** An empty record for a reader to refill row after row (the sink copies what it keeps). */
export function blankRecord(): CommentRecord {
  return {
    commentId: '', postId: '', parentId: '', authorId: '', authorName: '', authorUrl: '', authorType: 'unknown',
    authorCategory: '', createdMs: 0, text: '', likeCount: 0, replyCount: -1,
  };
}
