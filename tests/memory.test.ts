import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSV_BYTES_PER_COMMENT, HEAP_BYTES_PER_COMMENT, MemoryError, checkMemory, estimateMemory } from '../src/memory.js';
import { tempFiles } from './helpers/files.js';
import { CLI_TIMEOUT, cli, DEMO_FILES } from './helpers/scan.js';

describe('the up-front memory estimate', () => {
  it('turns the input size into comments and heap, and refuses (exit 2) with the estimate, the limit and the flag to raise it', async () => {
    const estimate = await estimateMemory([DEMO_FILES.comments, DEMO_FILES.reactions], 1000);
    expect(estimate.comments).toBe(Math.ceil(estimate.inputBytes / CSV_BYTES_PER_COMMENT));
    expect(estimate.heapBytes).toBe(estimate.comments * HEAP_BYTES_PER_COMMENT);
    let error: unknown;
    try {
      checkMemory(estimate, 64 * 2 ** 30);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MemoryError);
    expect((error as MemoryError).exitCode).toBe(2);
    expect((error as MemoryError).message).toMatch(/about [\d,]+ comments, which need about \d+ MB of JavaScript heap .* limit of 1 MB: run with NODE_OPTIONS=--max-old-space-size=1024 /);
    expect((error as MemoryError).message).not.toContain('\n');
  });

  it('says to split the input when even the machine is too small, and lets a scan under the limit through', async () => {
    const estimate = await estimateMemory([DEMO_FILES.comments], 1000);
    expect(() => checkMemory(estimate, 2 ** 20)).toThrow(/more than this machine's 1 MB: scan fewer files/);
    expect(() => checkMemory({ ...estimate, limitBytes: estimate.heapBytes })).not.toThrow();
  });

  it('counts a gzip file by its decompressed size, and does not believe the size field of a damaged one', async () => {
    let state = 7;
    const rows = Array.from({ length: 5000 }, () => `${(state = (state * 48271) % 2147483647)},${state % 9973},2021-03-04T05:15:00Z\n`);
    const text = `comment_id,author_id,created_at\n${rows.join('')}`;
    const damaged = Buffer.concat([gzipSync(Buffer.from(text)).subarray(0, 20), Buffer.from([0, 0, 0, 0x7f])]);
    const files = tempFiles({ 'big.csv.gz': gzipSync(text), 'damaged.csv.gz': damaged });
    expect((await estimateMemory([files['big.csv.gz']!], 1)).inputBytes).toBe(Buffer.byteLength(text));
    // Its last four bytes claim 2 GB: taken as ten times its size instead.
    expect((await estimateMemory([files['damaged.csv.gz']!], 1)).inputBytes).toBe(damaged.length * 10);
  });

  it('stops the binary before reading a file too big for the heap, in one line on stderr with exit 2; --no-memory-check reads anyway', () => {
    // A sparse 8 GB file: its size is all the estimate reads, and no row of it is ever parsed.
    const { dir } = tempFiles({});
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, 'comment_id,post_id,author_id,created_at\n');
    truncateSync(huge, 8 * 2 ** 30);
    const run = cli(['scan', huge, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^brigade: 8\.0 GB of input is about 53,687,092 comments, which need about [\d.]+ GB of JavaScript heap \(\d+ bytes each\), above this process's limit of [\d.]+ GB: /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const demo = cli(['scan', DEMO_FILES.comments, '--no-memory-check', '--format', 'json', '--quiet']);
    expect(demo.code).toBe(0);
  }, CLI_TIMEOUT);
});
