import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CsvError } from 'csv-parse';
import { InputError, NotCommentsError } from '../errors.js';
import { CHUNK_BYTES, parseInChunks, recordDelimiterOf } from './csv-chunks.js';
import { csvError, csvParserWithLines, MAX_FIELD_BYTES, type ByteProgress, type ParseOutcome } from './csv-parsing.js';
import { DecodeError, decodedStream, decodeHead, planDecoding, type ByteAuditReport, type DecodePlan } from './decode.js';

const SNIFF_BYTES = 64 * 1024;
/** Widest header read: exporters write tens of columns (Facepager's widest ~60); 10⁶ columns took 46 s and 1.5 GB. */
export const MAX_HEADER_COLUMNS = 2000;

export interface CsvRow {
  fields: string[];
  /** 1-based line on which the row starts. */
  line: number;
}

export interface CsvTableInfo {
  file: string;
  sha256: string;
  bytes: number;
  delimiter: string;
  /** Header names as written (trimmed). */
  header: string[];
  /** Data rows handed to the consumer. */
  rows: number;
  /** Rows before the header (an exporter's preamble). */
  preamble: number;
  decoding: DecodePlan;
  /** Invalid UTF-8 sequences, or for a guessed code page the lines it changes; see decode.ts. */
  audit?: ByteAuditReport;
}

/** Picks `,`, `;` or tab by counting them, outside quotes, on the header line. */
export function sniffDelimiter(sample: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function describeOpenError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, 'permission denied');
  if (code === 'EISDIR') return new InputError(file, 'is a directory');
  return new InputError(file, `cannot be read (${code ?? String(error)})`);
}

/**
 * Streams a CSV file: sniffs the delimiter, hashes the bytes as they pass, hands the header to
 * `onHeader` (which validates it) and each data row to `onRow`. Memory is constant in the file size.
 */
export async function readCsvTable(
  file: string,
  /** Returns false when the row is not the header yet (an exporter's preamble): it is counted and the next row tried. */
  onHeader: (header: string[], delimiter: string) => boolean | void,
  onRow: (row: CsvRow) => void,
  progress: ByteProgress = { bytes: 0, total: 0 },
  tuning: ReadTuning = DEFAULT_TUNING,
): Promise<CsvTableInfo> {
  let head: Buffer;
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    size = info.size;
    head = await readHead(file);
  } catch (error) {
    throw describeOpenError(file, error);
  }
  if (size === 0) throw new InputError(file, 'the file is empty');
  progress.bytes = 0;
  progress.total = size;
  const plan = planDecoding(head);
  if (plan.binaryAt !== undefined) {
    throw new NotCommentsError(file, 'not-a-comment-export', `not a text file: a zero byte at byte ${plan.binaryAt + 1}${plan.gzip ? ' of its gzip content' : ''} (an image, an archive or another binary file?); brigade reads comment exports as text tables (CSV, TSV), JSON or XLSX workbooks`, 'a binary file, not text');
  }
  const delimiter = sniffDelimiter(decodeHead(head, plan));

  let header: string[] | undefined;
  let rows = 0, preamble = 0;
  const consume = (fields: string[], line: number) => {
    if (fields.length === 1 && fields[0] === '') return; // an empty line
    if (header === undefined) {
      if (fields.length > MAX_HEADER_COLUMNS) {
        throw new InputError(file, `the header has ${fields.length} columns; no comment export has more than ${MAX_HEADER_COLUMNS} (is this a comment file?)`, line);
      }
      const candidate = fields.map((name) => name.trim());
      if (onHeader(candidate, delimiter) === false) preamble++;
      else header = candidate;
    } else {
      rows++;
      onRow({ fields, line });
    }
  };
  // Big files are parsed on a second thread while this one builds the model (2 cores: parsing and
  // modelling each take about half the time); small ones here, where a thread's start-up would dominate.
  // Big plain UTF-8 files are parsed as byte ranges on two threads or more (csv-chunks.ts), where the cores allow.
  const recordDelimiter = size >= tuning.chunkedMinBytes && tuning.threads >= 1 && plan.encoding === 'utf-8' && !plan.gzip ? recordDelimiterOf(head, delimiter) : undefined;
  const { sha256, audit } =
    recordDelimiter !== undefined
      ? await parseInChunks(file, size, delimiter, recordDelimiter, consume, progress, tuning.threads, tuning.chunkBytes)
      : size >= WORKER_MIN_BYTES
        ? await parseInWorker(file, delimiter, plan, consume, progress)
        : await parseHere(file, delimiter, plan, consume, progress);
  if (header === undefined) throw new InputError(file, 'the file has no header row');
  return { file, sha256, bytes: size, delimiter, header, rows, preamble, decoding: plan, audit };
}

// Run from TypeScript sources (the tests), the worker is the built one: a worker thread cannot load .ts.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/ingest/csv-worker.js', import.meta.url)
  : new URL('./csv-worker.js', import.meta.url);

/** How big files are split between threads; the tests make the ranges small. */
export interface ReadTuning {
  /** Plain UTF-8 files at least this big are parsed as byte ranges (csv-chunks.ts). */
  chunkedMinBytes: number;
  chunkBytes: number;
  /** Worker threads parsing the ranges beside the main thread (which builds the model and parses when it would wait). */
  threads: number;
}

export const DEFAULT_TUNING: ReadTuning = { chunkedMinBytes: 16 * 1024 * 1024, chunkBytes: CHUNK_BYTES, threads: Math.min(3, availableParallelism() - 1) };

/** Files at least this big are parsed on a worker thread. */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

async function parseHere(
  file: string,
  delimiter: string,
  plan: DecodePlan,
  consume: (fields: string[], line: number) => void,
  progress: ByteProgress,
): Promise<ParseOutcome> {
  const hash = createHash('sha256');
  const { parser, lineOf, failingLine } = csvParserWithLines(delimiter);
  const { source: stream, output, audit } = decodedStream(file, plan, (chunk) => {
    hash.update(chunk);
    progress.bytes += chunk.length;
  });
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      parser.destroy();
      reject(error);
    };
    stream.on('error', (error) => fail(describeOpenError(file, error)));
    if (output !== stream) output.on('error', (error) => fail(streamError(file, error)));
    parser.on('error', (error: CsvError & { lines?: number }) => fail(csvError(file, Object.assign(error, { lines: failingLine() }))));
    parser.on('readable', () => {
      try {
        let fields: string[] | null;
        while (!failed && (fields = parser.read()) !== null) consume(fields, lineOf());
      } catch (error) {
        fail(error);
      }
    });
    parser.on('end', () => {
      if (!failed) resolve();
    });
    output.pipe(parser);
  });
  return { sha256: hash.digest('hex'), audit: audit?.finish() };
}

/** A decoding or decompression failure as an input error with its position. */
export function streamError(file: string, error: unknown): InputError {
  if (error instanceof DecodeError) return new InputError(file, `cannot be decoded: ${error.message}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return new InputError(file, `is not valid gzip (${(error as Error).message})`);
  return new InputError(file, `cannot be read (${code ?? (error as Error).message})`);
}

export type WorkerMessage =
  | { type: 'batch'; records: string[][]; lines: number[]; bytes: number }
  | { type: 'end'; sha256: string; audit?: ByteAuditReport }
  | { type: 'error'; code?: string; message: string; lines?: number; openError?: boolean; streamError?: boolean; offset?: number };

async function parseInWorker(
  file: string,
  delimiter: string,
  plan: DecodePlan,
  consume: (fields: string[], line: number) => void,
  progress: ByteProgress,
): Promise<ParseOutcome> {
  const worker = new Worker(WORKER_URL, { workerData: { file, delimiter, plan } });
  try {
    return await new Promise<ParseOutcome>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'batch') {
          progress.bytes = message.bytes;
          try {
            for (let i = 0; i < message.records.length; i++) consume(message.records[i]!, message.lines[i]!);
          } catch (error) {
            reject(error);
            return;
          }
          worker.postMessage('ack');
        } else if (message.type === 'end') {
          resolve({ sha256: message.sha256, audit: message.audit });
        } else if (message.streamError) {
          reject(streamError(file, message.offset !== undefined ? new DecodeError(message.offset, message.message) : Object.assign(new Error(message.message), { code: message.code })));
        } else if (message.openError) {
          reject(describeOpenError(file, Object.assign(new Error(message.message), { code: message.code })));
        } else {
          reject(csvError(file, Object.assign(new Error(message.message), { code: message.code, lines: message.lines }) as CsvError & { lines?: number }));
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`CSV worker exited with code ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** Maps lower-cased header names to their position; the caller decides what is required. */
export function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, position) => {
    const key = name.toLowerCase();
    if (!index.has(key)) index.set(key, position);
  });
  return index;
}
