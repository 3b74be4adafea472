import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse';
import { csvError, csvParseOptions, csvParser, lineCounter, type ByteProgress, type ParseOutcome } from './csv-parsing.js';
import { ByteAudit, READ_CHUNK_BYTES, type ByteAuditReport } from './decode.js';

/**
 * A big plain UTF-8 CSV file parsed as byte ranges on several threads at once, its rows handed on in file order.
 *
 * Why: on two cores one parsing thread was the bound of a scan's reading (busy 5.7 s of its 6.15 s on the bench's
 * 1M file) while the main thread, building the model, idled 1.6 s waiting for it.
 *
 * How the ranges stay exact: a range starts after a line end, and where that line end is inside a quoted field
 * (a comment of several lines) the range before it cannot end cleanly: parsed from a true record start, it ends
 * with its quote still open (csv-parse's CSV_QUOTE_NOT_CLOSED), and is parsed again joined to the next range.
 * Nothing else is guessed: quoting is read by csv-parse itself, so a range that ends cleanly ends where a
 * whole-file parse ends a record. Records are handed on only from a range whose start is known to be a record
 * start (the file's start, or the clean end of the range before), so every row, line number, error and byte
 * audit is the one a whole-file parse gives. The file's sha256 is made in order on the main thread (0.1 s for
 * the 1M file).
 */
export interface ChunkJob {
  start: number;
  end: number;
  /** The range ends at the end of the file: an open quote there is the file's error. */
  last: boolean;
}

export type ChunkMessage =
  | { type: 'batch'; start: number; end: number; records: string[][]; lines: number[] }
  | { type: 'done'; start: number; end: number; lines: number; audit: ByteAuditReport }
  | ({ start: number; end: number } & Exclude<RangeOutcome, { type: 'done' }>);

/**
 * Bytes of a range: about 800 rows of a typical export. Small, so that the main thread, which parses a range only
 * while it would otherwise wait, is not kept long from its own work: with ranges of 2 MB it took a third of the
 * parsing and reading was slower than with one parsing thread. Reading the bench's 1M file into the model
 * (`loadModel`, five rounds alternated, Dec 7): one parsing thread 6.09–7.81 s (median 6.49), ranges of 64 KB
 * 5.77–6.36 s (6.09), 128 KB 5.53–6.83 s (5.84), 512 KB 5.48–7.15 s (5.98).
 */
export const CHUNK_BYTES = 128 * 1024;
/** Ranges parsed ahead of the one whose rows are being handed on (their rows wait in memory: 6 MB of CSV). */
const RANGES_AHEAD = 48;
/** Ranges given to a worker at once, so that it does not wait for the main thread between them. */
const JOBS_QUEUED = 4;
const AUDIT_LOCATIONS_KEPT = 5;

// Run from TypeScript sources (the tests), the worker is the built one: a worker thread cannot load .ts.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/ingest/csv-chunk-worker.js', import.meta.url)
  : new URL('./csv-chunk-worker.js', import.meta.url);

/**
 * The record delimiter csv-parse finds in the file's head, as a whole-file parse finds it (the first line end
 * outside quotes): `\n` or `\r\n`. Undefined when the head has none, or only old Mac `\r` line ends: such files
 * are parsed whole.
 */
export function recordDelimiterOf(head: Buffer, delimiter: string): string | undefined {
  const probe = csvParser(delimiter);
  probe.on('error', () => undefined);
  probe.write(head);
  // csv-parse lists the delimiter it found once per detection; after a BOM it detects (and lists) it twice.
  const found = new Set((probe.options.record_delimiter as Buffer[]).map((b) => b.toString('latin1')));
  const delimiterFound = found.size === 1 ? [...found][0] : undefined;
  probe.destroy();
  return delimiterFound === '\n' || delimiterFound === '\r\n' ? delimiterFound : undefined;
}

/**
 * Where ranges may start: after a line end (`\n`, or `\r\n` when that is the delimiter) at or after every
 * `chunkBytes`, one that does not look like it is inside a quoted field (looksQuoted). A guess: a wrong one costs
 * a range parsed again, never a wrong row.
 */
export function rangeStarts(file: string, size: number, chunkBytes: number, delimiter: string, recordDelimiter: string): number[] {
  const crlf = recordDelimiter === '\r\n';
  const fd = openSync(file, 'r');
  const window = Buffer.allocUnsafe(16 * 1024);
  const starts = [0];
  try {
    for (let at = chunkBytes; at < size; at += chunkBytes) {
      if (at <= starts[starts.length - 1]!) continue;
      const start = lineStartFrom(fd, window, at, size, crlf, delimiter.charCodeAt(0));
      if (start >= size) break;
      starts.push(start);
    }
  } finally {
    closeSync(fd);
  }
  return starts;
}

/** Bytes after a line end read to guess whether it is inside a quoted field. */
const LOOK_AHEAD = 2048;

/**
 * The first position after a line end at or after `at` that does not look quoted (windows overlap by a byte, so a
 * `\r` before each `\n` is seen). On the bench's file, where one comment in ten has two lines, the first line end
 * was inside a quoted field at one boundary in eleven.
 */
function lineStartFrom(fd: number, window: Buffer, at: number, size: number, crlf: boolean, delimiter: number): number {
  let first = size;
  for (let from = at - 1; from < size; from += window.length - 1 - LOOK_AHEAD) {
    const n = readSync(fd, window, 0, window.length, from);
    if (n < 2) break;
    const bytes = window.subarray(0, n);
    const last = from + n >= size ? n : n - LOOK_AHEAD;
    for (let i = bytes.indexOf(10, 1); i !== -1 && i < last; i = bytes.indexOf(10, i + 1)) {
      if (crlf && bytes[i - 1] !== 13) continue;
      if (first === size) first = from + i + 1;
      if (!looksQuoted(bytes, i + 1, Math.min(n, i + 1 + LOOK_AHEAD), delimiter)) return from + i + 1;
    }
    if (from + n >= size) break;
  }
  return first;
}

/**
 * Whether the bytes from `start` read better as the inside of a quoted field than as a record's start: the
 * reading with fewer quotes out of place (a quote inside an unquoted field, or a closing quote followed by
 * something else than a delimiter or a line end). A comment's second line ends `…text",13,0`: read as a record's
 * start, that quote is out of place; read as the inside of a field, it closes it.
 */
export function looksQuoted(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
  return quotesOutOfPlace(bytes, start, end, delimiter, true) < quotesOutOfPlace(bytes, start, end, delimiter, false);
}

function quotesOutOfPlace(bytes: Uint8Array, start: number, end: number, delimiter: number, quoted: boolean): number {
  let fieldStart = !quoted, count = 0;
  for (let p = start; p < end; p++) {
    const b = bytes[p]!;
    if (quoted) {
      if (b !== 34) continue;
      const after = p + 1 < end ? bytes[p + 1]! : 10;
      if (after === 34) p++;
      else if (after === delimiter || after === 10 || after === 13) quoted = false;
      else count++;
    } else if (b === 34) {
      if (fieldStart) quoted = true;
      else count++;
      fieldStart = false;
    } else {
      fieldStart = b === delimiter || b === 10;
    }
  }
  return count;
}

/** What parsing one range gives: its records and their lines (from 1 at the range's start), or why it gave none. */
export type RangeOutcome =
  | { type: 'done'; records: string[][]; lines: number[]; lineCount: number; audit: ByteAuditReport }
  | { type: 'unclosed' }
  | { type: 'error'; code?: string; message: string; /** The line the failing record starts on, from 1 at the range's start. */ lines?: number; read?: boolean; records?: string[][]; recordLines?: number[] };

/** Reads and parses one range, on whichever thread has time (a worker, or the main thread while it waits). */
export function parseRange(fd: number, job: ChunkJob, delimiter: string, recordDelimiter: string): RangeOutcome {
  const { start, end } = job;
  const bytes = Buffer.allocUnsafe(end - start);
  try {
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, start + at);
      if (n === 0) return { type: 'error', read: true, code: 'ESHORT', message: `the file ended at byte ${start + at}, before ${end} (did it change while read?)` };
      at += n;
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { type: 'error', read: true, code: e.code, message: e.message };
  }
  // The first range may open with a byte-order mark and finds the record delimiter as a whole-file parse
  // does; the others are told it, and a mark there would be text.
  const options = { ...csvParseOptions(delimiter), bom: start === 0, ...(start > 0 ? { record_delimiter: recordDelimiter } : {}) };
  let records: string[][];
  try {
    records = parse(bytes, options) as string[][];
  } catch (error) {
    const e = error as CsvError & { lines?: number };
    // A range that ends inside a quoted field (a comment of several lines cut by the boundary): not an error
    // of the file unless the file itself ends there.
    if (e.code === 'CSV_QUOTE_NOT_CLOSED' && !job.last) return { type: 'unclosed' };
    // The file's error: its rows before it are handed on first, as a whole-file parse hands them on (one of
    // them may be the first error to report).
    const before: string[][] = [];
    try {
      parse(bytes, { ...options, on_record: (fields: string[]) => void before.push(fields) });
    } catch {
      // the same error
    }
    const lineOf = lineCounter();
    const recordLines = before.map(lineOf);
    // The failing record starts on the line after the last whole one (from 1 at the range's start).
    return { type: 'error', code: e.code, message: e.message, lines: lineOf.next(), records: before, recordLines };
  }
  const audit = new ByteAudit('utf-8');
  audit.feed(bytes);
  const lineOf = lineCounter();
  const lines = records.map(lineOf);
  return { type: 'done', records, lines, lineCount: lineOf.next() - 1, audit: job.last ? audit.finish() : audit.report };
}

interface RangeResult {
  end: number;
  batches: ({ records: string[][]; lines: number[] } | undefined)[];
  consumed: number;
  done?: { lines: number; audit: ByteAuditReport };
  unclosed?: boolean;
  error?: Extract<RangeOutcome, { type: 'error' }>;
}

/**
 * Parses the file's ranges on `workers` threads and, whenever it would otherwise wait for them, on the main
 * thread itself, and hands the rows to `consume` in file order. On two cores one worker and the main thread share
 * the parsing (a second worker would take its time from the main thread, which builds the model).
 */
export async function parseInChunks(
  file: string,
  size: number,
  delimiter: string,
  recordDelimiter: string,
  consume: (fields: string[], line: number) => void,
  progress: ByteProgress,
  workerCount: number,
  chunkBytes = CHUNK_BYTES,
): Promise<ParseOutcome> {
  const starts = rangeStarts(file, size, chunkBytes, delimiter, recordDelimiter);
  // The planned ranges, each start to the next (merged when a range cannot end cleanly).
  const next = new Map<number, number>(starts.map((start, i) => [start, starts[i + 1] ?? size]));
  const results = new Map<number, RangeResult>();
  const assigned = new Map<number, number>();
  const workers = Array.from({ length: Math.min(workerCount, starts.length - 1) }, () => new Worker(WORKER_URL, { workerData: { file, delimiter, recordDelimiter } }));
  // Jobs given to each worker and not finished: two, so that it never waits for the main thread between them.
  const load = new Map(workers.map((worker) => [worker, 0]));
  const audit: ByteAuditReport = { count: 0, first: [] };
  const fd = openSync(file, 'r');
  let cursor = 0, lineBase = 0;
  // The cursor whose range last came back unclosed, and how many times in a row it did.
  let mergedAt = -1, merges = 0;

  const hashed = createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  const sha256 = new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    hashed.on('data', (chunk) => hash.update(chunk as Buffer)).on('end', () => resolve(hash.digest('hex'))).on('error', reject);
  });
  // Awaited only when the rows are all read; a failure before that is the one reported.
  sha256.catch(() => undefined);

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false, finished = false, stealing = false;
      const fail = (error: unknown) => {
        failed = true;
        reject(error);
      };
      const resultFor = (start: number, end: number) => {
        let result = results.get(start);
        if (!result) results.set(start, (result = { end, batches: [], consumed: 0 }));
        return result;
      };
      const record = (start: number, end: number, outcome: RangeOutcome) => {
        const result = resultFor(start, end);
        if (outcome.type === 'done') {
          result.batches.push({ records: outcome.records, lines: outcome.lines });
          result.done = { lines: outcome.lineCount, audit: outcome.audit };
        } else if (outcome.type === 'unclosed') result.unclosed = true;
        else {
          if (outcome.records) result.batches.push({ records: outcome.records, lines: outcome.recordLines! });
          result.error = outcome;
        }
      };
      // The first range within reach not yet given to anyone.
      const unassigned = () => {
        let start = cursor;
        for (let ahead = 0; ahead < RANGES_AHEAD && start < size; ahead++) {
          const end = next.get(start)!;
          if (assigned.get(start) !== end) return { start, end, last: end === size };
          start = end;
        }
        return undefined;
      };
      const assign = () => {
        for (const worker of workers) {
          for (let job = load.get(worker)! < JOBS_QUEUED ? unassigned() : undefined; job !== undefined; job = load.get(worker)! < JOBS_QUEUED ? unassigned() : undefined) {
            load.set(worker, load.get(worker)! + 1);
            assigned.set(job.start, job.end);
            worker.postMessage(job satisfies ChunkJob);
          }
        }
      };
      const pump = () => {
        for (let result = results.get(cursor); result !== undefined && !failed; result = results.get(cursor)) {
          while (result.consumed < result.batches.length) {
            const batch = result.batches[result.consumed]!;
            result.batches[result.consumed++] = undefined;
            for (let i = 0; i < batch.records.length; i++) consume(batch.records[i]!, lineBase + batch.lines[i]!);
          }
          if (result.error) return fail(rangeError(file, result.error, lineBase));
          if (result.unclosed) {
            // Its end is inside a quoted field: parse it again joined to the ranges after it. The n-th time the range at
            // one cursor comes back unclosed it takes in 2ⁿ⁻¹ more, so a field of k ranges is parsed again about log₂ k
            // times, not k (a field of 8 MB whose lines hold no quote — nothing for looksQuoted to see — was cut at
            // every range: 64 parses of up to 8 MB, 8.3 s against 0.7 s for the whole file).
            merges = mergedAt === cursor ? merges + 1 : 1;
            mergedAt = cursor;
            results.delete(cursor);
            assigned.delete(cursor);
            for (let taken = 0; taken < 2 ** Math.min(merges - 1, 30); taken++) {
              const end = next.get(cursor)!;
              if (end >= size) break;
              next.set(cursor, next.get(end)!);
              next.delete(end);
              results.delete(end);
              assigned.delete(end);
            }
            break;
          }
          if (!result.done) break;
          lineBase += result.done.lines;
          audit.count += result.done.audit.count;
          for (const at of result.done.audit.first) {
            if (audit.first.length < AUDIT_LOCATIONS_KEPT) audit.first.push({ line: lineBase - result.done.lines + at.line, byte: cursor + at.byte });
          }
          results.delete(cursor);
          assigned.delete(cursor);
          cursor = result.end;
          progress.bytes = cursor;
          if (cursor >= size) {
            finished = true;
            return resolve();
          }
        }
        assign();
        if (!stealing) {
          stealing = true;
          setImmediate(steal);
        }
      };
      // Waiting for the workers, the main thread parses the next range nobody has taken, after any message
      // already arrived (setImmediate runs after the poll phase that delivers them).
      const steal = () => {
        stealing = false;
        if (failed || finished) return;
        try {
          const ready = results.get(cursor);
          if (!ready || (ready.consumed === ready.batches.length && !ready.done && !ready.unclosed && !ready.error)) {
            const job = unassigned();
            if (!job) return;
            assigned.set(job.start, job.end);
            record(job.start, job.end, parseRange(fd, job, delimiter, recordDelimiter));
          }
          pump();
        } catch (error) {
          fail(error);
        }
      };
      for (const worker of workers) {
        worker.on('message', (message: ChunkMessage) => {
          if (message.type !== 'batch') {
            load.set(worker, load.get(worker)! - 1);
            assign();
          }
          // A range planned before a merge changed the plan is dropped.
          if (next.get(message.start) === message.end && !failed) {
            if (message.type === 'batch') resultFor(message.start, message.end).batches.push({ records: message.records, lines: message.lines });
            else if (message.type === 'done') resultFor(message.start, message.end).done = { lines: message.lines, audit: message.audit };
            else record(message.start, message.end, message.type === 'unclosed' ? { type: 'unclosed' } : message);
          }
          try {
            if (message.start === cursor || message.type !== 'batch') pump();
          } catch (error) {
            fail(error);
          }
        });
        // A worker that cannot open the file (deleted or made unreadable mid-scan) is the file's error, not a crash.
        worker.on('error', (error) => fail(error instanceof InputError ? error : new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
        worker.on('exit', (code) => {
          if (!failed && !finished) fail(new Error(`CSV range worker exited with code ${code}`));
        });
      }
      // The main thread parses the first range itself while the workers start.
      steal();
    });
    return { sha256: await sha256, audit };
  } finally {
    hashed.destroy();
    closeSync(fd);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function rangeError(file: string, error: Extract<RangeOutcome, { type: 'error' }>, lineBase: number): InputError {
  if (error.read) return new InputError(file, `cannot be read (${error.code ?? error.message})`);
  return csvError(file, Object.assign(new Error(error.message), { code: error.code, lines: error.lines === undefined ? undefined : lineBase + error.lines }) as Parameters<typeof csvError>[1]);
}
