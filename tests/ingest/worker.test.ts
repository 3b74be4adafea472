import { describe, expect, it } from 'vitest';
import { WORKER_MIN_BYTES } from '../../src/ingest/csv-table.js';
import { resolveScanOptions } from '../../src/options.js';
import { loadModel } from '../../src/run.js';
import { tempFiles } from '../helpers/files.js';

/** A file big enough to be parsed on the worker thread, with a multi-line field early on (built once, for every test). */
let body: string | undefined;
function bigCsv(tail: string): string {
  body ??= bigBody();
  return `${body}\n${tail}`;
}

function bigBody(): string {
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
  return rows.join('\n');
}

/** Reading only (ingest → model): what the worker thread changes. */
const read = (file: string, skipBadRows = false) => loadModel({ comments: [file] }, resolveScanOptions({ skipBadRows }).analysis, skipBadRows);

describe('parsing on the worker thread (files ≥ 4 MB)', () => {
  it('accounts for every row and reports the same line numbers as the single-thread path', async () => {
    const big = bigCsv('bad,p,a1,Name,not a time,x\n');
    const lines = big.trimEnd().split('\n').length + 1; // +1: the quoted field spans two lines
    const f = tempFiles({ 'big.csv': big, 'small.csv': 'comment_id,post_id,author_id,author_name,created_at,text\nm1,p,a0,Name,2021-03-01T10:00:00Z,"a\nb"\nbad,p,a1,Name,not a time,x\n' });
    await expect(read(f['small.csv'])).rejects.toThrow(`${f['small.csv']}:4: created_at: not an ISO 8601 time`);
    const { reports, context, model } = await read(f['big.csv'], true);
    // Rows: the physical lines less the header and the second line of the quoted field.
    const rows = lines - 3;
    expect(reports[0]).toMatchObject({ read: rows, used: rows - 1, rejected: 1, skipped: 0, duplicates: 0 });
    expect(model.comments).toHaveLength(rows - 1);
    expect(context.rejections.map((r) => [r.line, r.field])).toEqual([[lines - 1, 'created_at']]);
  });

  it('stops at the first bad row without --skip-bad-rows, and reports a broken quote with its line, as input errors', async () => {
    const bad = bigCsv('bad,p,a1,Name,not a time,x\n');
    const f = tempFiles({ 'bad.csv': bad, 'quote.csv': bigCsv('q1,p,a1,Name,2021-03-01T10:00:00Z,"never closed\n') });
    const lines = bad.trimEnd().split('\n').length + 1;
    // Both at once: each file is parsed on its own worker thread.
    await Promise.all([
      expect(read(f['bad.csv'])).rejects.toThrow(`${f['bad.csv']}:${lines - 1}: created_at: not an ISO 8601 time`),
      // The unclosed quote's row starts where bad.csv's bad row is: that line is named, not the file's end.
      expect(read(f['quote.csv'])).rejects.toThrow(new RegExp(`quote\\.csv:${lines - 1}: unreadable CSV: a quoted field in the row starting here is never closed`)),
    ]);
  });
});
