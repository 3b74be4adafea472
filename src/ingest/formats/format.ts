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
  matches(index: Map<string, number>): boolean;
  /** The columns it cannot do without, each a list of alternatives: named when a header lacks them. */
  required: readonly (readonly string[])[];
  /** Whether its header may come after preamble rows (then up to 15 rows are tried). */
  preamble?: boolean;
  reader(ctx: FormatContext): { prepare(index: Map<string, number>, header: string[]): TableReader; finish(): void };
}
