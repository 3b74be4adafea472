import type { ZoneClock } from '../../model/clock.js';
import type { TableReader } from '../table.js';
import type { CommentSink, FilePost, IngestContext } from '../types.js';

export interface FormatContext {
  file: string;
  fileIndex: number;
  inputZone: ZoneClock;
  context: IngestContext;
  sink: CommentSink;
  /** The file's post, for rows that name none. */
  filePost: FilePost;
}

/**
 * What `brigade formats` says of a format, built from the same registries the readers walk
 * (formats/index.ts), so the list cannot name a format the readers lack or miss one they read.
 */
export interface FormatListing {
  name: string;
  description: string;
  /** What it cannot do without, in words. */
  needs: string;
  /** Every column or field it reads. */
  reads: readonly string[];
  /** How the readers recognise it, in words. */
  detected: string;
}

/**
 * One exporter's comment table. Recognised from its header (never from the file name), read row by
 * row into the canonical record. A new format is one new file and one line in formats/index.ts.
 */
export interface CommentFormat {
  name: string;
  description: string;
  /** The columns it needs, in words, for `brigade formats` and the unknown-format message. */
  needs: string;
  /** Every column it reads. */
  columns: readonly string[];
  /**
   * The header columns (lower case) that recognise it, each a list of alternatives: all must be
   * present. Data, not code, so that `brigade formats` says exactly what the reader checks.
   */
  recognisedBy: readonly (readonly string[])[];
  /** The columns it cannot do without, each a list of alternatives: named when a header lacks them. */
  required: readonly (readonly string[])[];
  /** Whether its header may come after preamble rows (then up to 15 rows are tried). */
  preamble?: boolean;
  reader(ctx: FormatContext): { prepare(index: Map<string, number>, header: string[]): TableReader; finish(): void };
}

/** Whether a header (lower-cased names → positions) has every group of columns (each a list of alternatives). */
export function headerHas(groups: readonly (readonly string[])[], index: Map<string, number>): boolean {
  return groups.every((alternatives) => alternatives.some((column) => index.has(column)));
}

/**
 * Column groups in words, the single columns first: `created_at, and author_id or author_name`
 * (how `brigade formats` says what recognises a format).
 */
export function columnGroupsText(groups: readonly (readonly string[])[]): string {
  const single = groups.filter((g) => g.length === 1).map((g) => g[0]!);
  const choices = groups.filter((g) => g.length > 1).map((g) => g.join(' or '));
  return [single.join(', '), ...choices].filter((w) => w !== '').join(', and ');
}
