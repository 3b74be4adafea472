import type { CommentRecord, ReactionRecord } from '../model/types.js';

/** Something the reader guessed or could not use; worded by report/messages.ts. */
export interface IngestWarning {
  code:
    | 'unknown-columns'
    | 'zoneless-times'
    | 'like-count-absent'
    | 'synthesized-comment-ids'
    | 'excel-mangled-ids'
    | 'reaction-to-unknown-comment'
    | 'conflicting-author-type'
    | 'encoding-guessed'
    | 'invalid-utf-8'
    | 'nul-in-header'
    | 'non-unique-comment-ids'
    | 'author-by-name'
    | 'no-author'
    | 'own-comments-only'
    | 'day-precision-times'
    | 'skipped-file'
    | 'utf-16-without-bom'
    | 'count-clamped'
    | 'map-column-absent'
    | 'conflicting-duplicate-ids';
  file: string;
  args: Record<string, string | number>;
}

/** At most this many rejected rows are kept for the report; the count is always exact. */
export const REJECTIONS_KEPT = 10;

export interface Rejection {
  file: string;
  line: number;
  field: string;
  reason: string;
}

/**
 * The post of a file whose rows name none (exportcomments.com writes one file per post): the numeric
 * post id of the preamble's Source URL, else that URL, else the file's name. `rows` counts the rows
 * that took it, so the accounting can say which rows' post came from where.
 */
export interface FilePost {
  id: string;
  from: 'source-url-post-id' | 'source-url' | 'file-name';
  rows: number;
}

/** A row's own post id, or the file's post (counted) when the row names none. */
export function postOrFile(own: string, filePost: FilePost): string {
  if (own) return own;
  filePost.rows++;
  return filePost.id;
}

/** A file found inside a folder and not read: it is named in a warning and counted, never dropped silently. */
export interface SkippedFile {
  file: string;
  reason: 'hidden' | 'not-a-regular-file' | 'other-extension' | 'not-a-comment-export' | 'labelling-sheet' | 'not-comments-json';
  /** What the file was found to be, where it could be told (the header, a JSON kind). */
  detail?: string;
}

/** Per input file: rows read = used + rejected + skipped (not comments: posts, seeds) + duplicates. */
export interface FileReport {
  file: string;
  role: 'comments' | 'reactions';
  format: string;
  sha256: string;
  bytes: number;
  delimiter: string;
  /** Text encoding, and whether the file was gzip-compressed. */
  encoding: string;
  gzip: boolean;
  /** The header as written (tables only). */
  columns?: string[];
  read: number;
  used: number;
  rejected: number;
  skipped: number;
  duplicates: number;
  /** Set when some rows named no post: their post, where it came from and how many rows took it. */
  post?: FilePost;
}

export interface RowSink<R> {
  /**
   * Returns false when the record is a duplicate of one already taken. The reader may refill the
   * same record object for the next row: copy what you keep.
   */
  add(record: R): boolean;
}

export type CommentSink = RowSink<CommentRecord>;
export type ReactionSink = RowSink<ReactionRecord>;

export interface IngestContext {
  /** Largest expanded size of an XLSX workbook, in bytes (--max-xlsx-mb). */
  xlsxLimitBytes?: number;
  skipBadRows: boolean;
  /** --format-hint: read every comment file as this format. */
  formatHint?: string;
  /** --map field=column: canonical fields taken from other columns of an unknown CSV. */
  columnMap?: Record<string, string>;
  warnings: IngestWarning[];
  rejections: Rejection[];
  /** Called every so many rows, for progress on stderr, with the current file's bytes read and size. */
  onProgress?: (rowsSoFar: number, bytes: number, totalBytes: number) => void;
}
