import { openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseRange, type ChunkJob, type ChunkMessage } from './csv-chunks.js';

/** Parses byte ranges of one CSV file for csv-chunks.ts, one job at a time, and posts each range's records in batches. */
const BATCH = 4096;
const { file, delimiter, recordDelimiter } = workerData as { file: string; delimiter: string; recordDelimiter: string };
const port = parentPort!;
const post = (message: ChunkMessage) => port.postMessage(message);
const fd = openSync(file, 'r');

port.on('message', (job: ChunkJob) => {
  const { start, end } = job;
  const outcome = parseRange(fd, job, delimiter, recordDelimiter);
  if (outcome.type !== 'done') return post({ start, end, ...outcome });
  for (let from = 0; from < outcome.records.length; from += BATCH) {
    post({ type: 'batch', start, end, records: outcome.records.slice(from, from + BATCH), lines: outcome.lines.slice(from, from + BATCH) });
  }
  post({ type: 'done', start, end, lines: outcome.lineCount, audit: outcome.audit });
});
