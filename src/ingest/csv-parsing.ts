import { parse, type CsvError } from 'csv-parse';
import { InputError } from '../errors.js';
import type { ByteAuditReport } from './decode.js';

/** What every reader of a CSV table shares: csv-parse's options, line numbers, errors (csv-table.ts, csv-chunks.ts and their workers). */

/** Largest single field we accept; a bigger one is almost surely a broken quote swallowing the file. */
export const MAX_FIELD_BYTES = 8 * 1024 * 1024;
/** csv-parse's options for every reader of a table (the stream's, and the byte ranges' in csv-chunks.ts). */
export function csvParseOptions(delimiter: string) {
  return { bom: true, delimiter, relax_column_count: true, relax_quotes: true, max_record_size: MAX_FIELD_BYTES };
}

export function csvParser(delimiter: string) {
  return parse(csvParseOptions(delimiter));
}

/**
 * A stream parser that knows each record's line as csv-parse makes it (its `on_record`), before the record is
 * read, and so also the line on which the record being parsed starts: where an error that cuts a record short
 * (a quote never closed, a field too large) is to be looked for. Lines are counted by LF, as everywhere else:
 * csv-parse's own count (its errors' `lines`) counts every CR too, and is at the file's end for an unclosed quote.
 */
export function csvParserWithLines(delimiter: string): { parser: ReturnType<typeof parse>; lineOf: () => number; failingLine: () => number } {
  const starts: number[] = [];
  let head = 0;
  const count = lineCounter();
  const parser = parse({
    ...csvParseOptions(delimiter),
    on_record: (record: string[]) => {
      starts.push(count(record));
      return record;
    },
  });
  /** The line of the next record read (records are read in the order they were made). */
  const lineOf = () => {
    const line = starts[head++]!;
    if (head >= 4096) {
      starts.splice(0, head);
      head = 0;
    }
    return line;
  };
  return { parser, lineOf, failingLine: count.next };
}

/**
 * Line numbers are counted here rather than with csv-parse's `info` option, which costs a third of
 * the parse time: a record starts on the line after the previous one ended.
 */
export function lineCounter(): ((fields: string[]) => number) & { next: () => number } {
  let nextLine = 1;
  const lineOf = (fields: string[]) => {
    const line = nextLine;
    nextLine += 1 + countNewlines(fields);
    return line;
  };
  /** The line after the last record counted. */
  return Object.assign(lineOf, { next: () => nextLine });
}

export interface ParseOutcome {
  sha256: string;
  audit?: ByteAuditReport;
}

/** Bytes of the current file read so far, and its size: for progress on stderr. */
export interface ByteProgress {
  bytes: number;
  total: number;
}

export function countNewlines(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/** A parse error of the file, at `error.lines`: every reader passes the line on which the failing record starts (csvParserWithLines). */
export function csvError(file: string, error: CsvError & { lines?: number }): InputError {
  const line = typeof error.lines === 'number' ? error.lines : undefined;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new InputError(file, `a field of the row starting here is larger than ${MAX_FIELD_BYTES / 1024 / 1024} MB (an unclosed quote?)`, line);
  }
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new InputError(file, 'unreadable CSV: a quoted field in the row starting here is never closed, so the file ends inside it (a stray "?)', line);
  }
  const reason = error.message.replace(/ at line \d+.*$/s, '');
  return new InputError(file, `unreadable CSV: ${reason}`, line);
}
