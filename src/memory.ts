import { open, stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { UsageError } from './errors.js';

/**
 * Peak JavaScript heap of a whole default scan (JSON out) per comment, and bytes of canonical CSV per
 * comment, both measured on `npm run bench -- --scale`'s seeded files (162 bytes a row): the peak heap
 * (`node --trace-gc`, largest heap before a collection) was 246 MiB at 1M comments and 508 to 584 MiB
 * at 3M (204 bytes a comment; runs differ in when V8 collects), so 250 per comment (it was 600 before
 * texts left the heap, and 400 before ids, comment lists and engagements did, Dec 2026).
 * Re-measure them when the model or the output changes: they decide when a scan is refused.
 */
export const HEAP_BYTES_PER_COMMENT = 250;
export const CSV_BYTES_PER_COMMENT = 160;

export interface MemoryEstimate {
  inputBytes: number;
  comments: number;
  heapBytes: number;
  limitBytes: number;
}

/**
 * Past this ratio a gzip file's size field is not believed: CSV and JSON exports compress 3–10×, and
 * a damaged file's last four bytes are anything (its reader then says what is wrong with it).
 */
const GZIP_RATIO_TRUSTED = 50;
/** What a gzip file whose size field is not believed is taken to expand to. */
const GZIP_RATIO_ASSUMED = 10;

/** Bytes a file holds once decompressed: a gzip file's size field (mod 2³², so the smallest fit above its compressed size). */
async function contentBytes(path: string, size: number): Promise<number> {
  if (!/\.gz$/i.test(path) || size < 18) return size;
  const handle = await open(path, 'r');
  try {
    const trailer = Buffer.alloc(4);
    await handle.read(trailer, 0, 4, size - 4);
    let bytes = trailer.readUInt32LE(0);
    while (bytes < size) bytes += 2 ** 32;
    return bytes <= size * GZIP_RATIO_TRUSTED ? bytes : size * GZIP_RATIO_ASSUMED;
  } finally {
    await handle.close();
  }
}

/**
 * The heap a scan of these files needs, estimated from their size before any row is read: a scan
 * keeps every comment (memory grows linearly), so a file too big for the heap would otherwise die
 * minutes later in V8's "heap out of memory" with no result and no message of ours.
 */
export async function estimateMemory(paths: string[], limitBytes = getHeapStatistics().heap_size_limit): Promise<MemoryEstimate> {
  let inputBytes = 0;
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isFile()) inputBytes += await contentBytes(path, info.size);
    } catch {
      // Unreadable files are reported, with their name, by the reader.
    }
  }
  const comments = Math.ceil(inputBytes / CSV_BYTES_PER_COMMENT);
  return { inputBytes, comments, heapBytes: comments * HEAP_BYTES_PER_COMMENT, limitBytes };
}

/** 1.6 GB, 160 MB: the unit a person would use. */
const gb = (bytes: number) => (bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.ceil(bytes / 2 ** 20)} MB`);

/** Refuses, before reading, a scan whose estimated heap is above the limit: one line saying what to do. */
export function checkMemory(estimate: MemoryEstimate, machineBytes = totalmem()): void {
  if (estimate.heapBytes <= estimate.limitBytes) return;
  // Asked for with a quarter more than the estimate, rounded up to 1 GB: the estimate is an average.
  const askMb = Math.ceil((estimate.heapBytes * 1.25) / 2 ** 30) * 1024;
  const fix =
    askMb * 2 ** 20 < machineBytes * 0.9
      ? `run with NODE_OPTIONS=--max-old-space-size=${askMb} (this machine has ${gb(machineBytes)}), or scan fewer files at a time`
      : `that is more than this machine's ${gb(machineBytes)}: scan fewer files at a time (see README "Speed" for splitting a study by post and by account)`;
  throw new MemoryError(
    `${gb(estimate.inputBytes)} of input is about ${estimate.comments.toLocaleString('en-US')} comments, which need about ${gb(estimate.heapBytes)} of ` +
      `JavaScript heap (${HEAP_BYTES_PER_COMMENT} bytes each), above this process's limit of ${gb(estimate.limitBytes)}: ${fix}; --no-memory-check tries anyway`,
  );
}

/** Exit 2: the user can fix it (a flag, fewer files), as with a usage error. */
export class MemoryError extends UsageError {}
