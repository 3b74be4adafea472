import { describe, expect, it } from 'vitest';
import { WORKER_MIN_BYTES } from '../../src/ingest/csv-table.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

/** A file big enough to be parsed on the worker thread, with a multi-line field early on. */
function bigCsv(tail: string): string {
  const rows = ['comment_id,post_id,author_id,author_name,created_at,text'];
  rows.push('m1,p,a0,Name,2021-03-01T10:00:00Z,"first line\nsecond line"');
  let i = 0;
  let size = 0;
  while (size < WORKER_MIN_BYTES + 100_000) {
    const row = `c${i},p${i % 50},a${i % 997},Name ${i % 997},2021-03-0${1 + (i % 7)}T1${i % 10}:00:00Z,some comment text number ${i}`;
    rows.push(row);
    size += row.length + 1;
    i++;
  }
  return `${rows.join('\n')}\n${tail}`;
}

describe('parsing on the worker thread (files ≥ 4 MB)', () => {
  it('accounts for every row and reports the same line numbers as the single-thread path', async () => {
    const big = bigCsv('bad,p,a1,Name,not a time,x\n');
    const lines = big.trimEnd().split('\n').length + 1; // +1: the quoted field spans two lines
    const f = tempFiles({ 'big.csv': big, 'small.csv': 'comment_id,post_id,author_id,author_name,created_at,text\nm1,p,a0,Name,2021-03-01T10:00:00Z,"a\nb"\nbad,p,a1,Name,not a time,x\n' });
    await expect(scan([f['big.csv']])).rejects.toThrow(`${f['big.csv']}:${lines - 1}: created_at: not an ISO 8601 time`);
    await expect(scan([f['small.csv']])).rejects.toThrow(`${f['small.csv']}:4: created_at: not an ISO 8601 time`);
    const skipped = await scan([f['big.csv']], { skipBadRows: true });
    expect(skipped.rows.read).toBe(skipped.rows.used + 1);
    expect(skipped.rows.rejected).toBe(1);
  });

  it('reports a broken quote with its line, as an input error', async () => {
    const big = bigCsv('q1,p,a1,Name,2021-03-01T10:00:00Z,"never closed\n');
    const f = tempFiles({ 'big.csv': big });
    await expect(scan([f['big.csv']])).rejects.toThrow(/big\.csv:\d+: unreadable CSV: Quote Not Closed/);
  });
});
