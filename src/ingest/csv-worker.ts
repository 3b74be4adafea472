import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import type { CsvError } from 'csv-parse';
import { csvParserWithLines } from './csv-parsing.js';
import type { WorkerMessage } from './csv-table.js';
import { DecodeError, decodedStream, type DecodePlan } from './decode.js';

/**
 * Parses one CSV file off the main thread and posts its records in batches. At most
 * MAX_IN_FLIGHT batches wait for the main thread at once, so memory stays bounded by the batches,
 * not by the file: when they are all out, reading stops until one is acknowledged.
 */
const BATCH = 4096;
const MAX_IN_FLIGHT = 4;
const { file, delimiter, plan } = workerData as { file: string; delimiter: string; plan: DecodePlan };
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

const hash = createHash('sha256');
const { parser, lineOf, failingLine } = csvParserWithLines(delimiter);
const { source: stream, output, audit } = decodedStream(file, plan, (chunk) => {
  hash.update(chunk);
  bytesRead += chunk.length;
});
let records: string[][] = [];
let lines: number[] = [];
let inFlight = 0;
let bytesRead = 0;
let ended = false;

function flush() {
  if (records.length === 0) return;
  post({ type: 'batch', records, lines, bytes: bytesRead });
  records = [];
  lines = [];
  inFlight++;
}

function drain() {
  let fields: string[] | null;
  while (inFlight < MAX_IN_FLIGHT && (fields = parser.read()) !== null) {
    records.push(fields);
    lines.push(lineOf());
    if (records.length === BATCH) flush();
  }
  if (ended && inFlight < MAX_IN_FLIGHT) finish();
}

let finished = false;
function finish() {
  if (finished) return;
  finished = true;
  flush();
  post({ type: 'end', sha256: hash.digest('hex'), audit: audit?.finish() });
}

port.on('message', () => {
  inFlight--;
  drain();
});
stream.on('error', (error: NodeJS.ErrnoException) => post({ type: 'error', code: error.code, message: error.message, openError: true }));
if (output !== stream) {
  output.on('error', (error: NodeJS.ErrnoException) =>
    post({ type: 'error', code: error.code, message: error.message, streamError: true, offset: error instanceof DecodeError ? error.offset : undefined }),
  );
}
parser.on('error', (error: CsvError) => post({ type: 'error', code: error.code, message: error.message, lines: failingLine() }));
parser.on('readable', drain);
parser.on('end', () => {
  ended = true;
  drain();
});
output.pipe(parser);
