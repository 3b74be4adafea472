import { statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { looksQuoted, rangeStarts, recordDelimiterOf } from '../../src/ingest/csv-chunks.js';
import { MAX_FIELD_BYTES } from '../../src/ingest/csv-parsing.js';
import { readCsvTable, type ReadTuning } from '../../src/ingest/csv-table.js';
import { Random } from '../../src/util/random.js';
import { tempFiles } from '../helpers/files.js';

/**
 * Files parsed as byte ranges on several threads (csv-chunks.ts) must read exactly as parsed whole: every row, its
 * line, the errors, the byte audit and the hash. The files are made hostile: comments of several lines whose
 * second line looks like a row, escaped quotes, stray quotes inside unquoted fields, empty lines, invalid UTF-8,
 * Windows line ends, a byte-order mark.
 */
function hostileCsv(seed: number, rows: number, crlf: boolean): Buffer {
  const random = new Random(seed);
  const pick = <T,>(items: T[]) => random.pick(items);
  const eol = crlf ? '\r\n' : '\n';
  const field = (): string =>
    pick([
      () => pick(['Elvin', 'Məmmədov', 'Мамедов', 'ok', '', '12']),
      () => `"a, b ""c"" d"`,
      () => `"first line${eol}c9,p,a,Name,2021-01-01T00:00:00Z,looks like a row${eol}third"`,
      () => `"${eol}"`,
      () => `ab"c`,
      () => `"x""${eol}y"`,
      () => 'Bad \xff byte',
    ])();
  const lines = ['comment_id,post_id,author_id,text'];
  for (let i = 0; i < rows; i++) {
    if (random.chance(0.03)) lines.push('');
    lines.push([`c${i}`, field(), field(), field()].join(','));
  }
  const text = (random.chance(0.5) ? '\uFEFF' : '') + lines.join(eol) + eol;
  // 0xFF stands for an invalid UTF-8 byte.
  return Buffer.from(text.replace(/\xff/g, '\u0000'), 'utf8').map((b) => (b === 0 ? 0xff : b)) as Buffer;
}

type Outcome = { header?: string[]; rows: [string[], number][]; sha256?: string; audit?: unknown; preamble?: number; error?: string };

async function read(file: string, tuning?: ReadTuning): Promise<Outcome> {
  const out: Outcome = { rows: [] };
  try {
    const info = await readCsvTable(
      file,
      (header) => void (out.header = header),
      (row) => void out.rows.push([row.fields, row.line]),
      undefined,
      tuning,
    );
    return { ...out, sha256: info.sha256, audit: info.audit, preamble: info.preamble };
  } catch (error) {
    return { ...out, error: (error as Error).message };
  }
}

const whole: ReadTuning = { chunkedMinBytes: Infinity, chunkBytes: 1, threads: 0 };
const ranges = (chunkBytes: number, threads: number): ReadTuning => ({ chunkedMinBytes: 0, chunkBytes, threads });

/** Byte offsets at which the whole-file parse starts a record. */
function recordStarts(bytes: Buffer): Set<number> {
  const records = parse(bytes, { bom: true, relax_column_count: true, relax_quotes: true, info: true }) as { info: { bytes: number } }[];
  return new Set([0, ...records.map((r) => r.info.bytes)]);
}

describe('which files are parsed as byte ranges', () => {
  it('finds the record delimiter of a file that starts with a BOM (Facepager writes one), as of one without', () => {
    // csv-parse lists a delimiter once per time it detects it, and after a BOM it detects it twice: such files were
    // parsed on one thread, with csv-parse's per-record info (a 1M-comment Facepager export: 1.7x the canonical scan).
    const body = '"level";"id";"message"\r\n"1";"c0";"a"\r\n"2";"c1";"b"\r\n';
    expect(recordDelimiterOf(Buffer.from('\ufeff' + body), ';')).toBe('\r\n');
    expect(recordDelimiterOf(Buffer.from(body), ';')).toBe('\r\n');
    expect(recordDelimiterOf(Buffer.from('\ufeffa,b\n1,2\n'), ',')).toBe('\n');
  });
});

describe('parsing byte ranges on several threads (csv-chunks.ts)', () => {
  it('reads hostile files exactly as a whole-file parse, with ranges cut inside quoted fields', async () => {
    let cutInsideQuotes = 0;
    for (const [seed, crlf] of [[1, false], [2, true], [3, false]] as const) {
      const bytes = hostileCsv(seed, 400, crlf);
      const f = tempFiles({ 'hostile.csv': bytes });
      const file = f['hostile.csv'];
      const expected = await read(file, whole);
      expect(expected.error).toBeUndefined();
      expect(expected.rows.length).toBeGreaterThan(390);
      expect((expected.audit as { count: number }).count).toBeGreaterThan(0);
      const truth = recordStarts(bytes);
      for (const chunkBytes of [61, 257, 1024]) {
        cutInsideQuotes += rangeStarts(file, statSync(file).size, chunkBytes, ',', crlf ? '\r\n' : '\n').filter((s) => !truth.has(s)).length;
        for (const threads of [1, 2]) expect(await read(file, ranges(chunkBytes, threads))).toEqual(expected);
      }
    }
    // The guess was wrong at some boundaries (the ranges before them were parsed again), and nothing changed.
    expect(cutInsideQuotes).toBeGreaterThan(0);
  }, 60_000);

  it('reports an error of the file with the line a whole-file parse gives, after the rows before it', async () => {
    const good = hostileCsv(4, 200, false).toString('latin1');
    const f = tempFiles({
      'unclosed.csv': Buffer.from(`${good}c999,"never closed\nmore,text\n`, 'latin1'),
      'huge.csv': Buffer.from(`${good}c998,${'x'.repeat(MAX_FIELD_BYTES + 10)},x,y\n${good.slice(good.indexOf('\n') + 1)}`, 'latin1'),
    });
    const unclosed = await read(f['unclosed.csv'], whole);
    expect(unclosed.error).toMatch(/unclosed\.csv:\d+: unreadable CSV: a quoted field in the row starting here is never closed/);
    for (const chunkBytes of [97, 1000]) expect(await read(f['unclosed.csv'], ranges(chunkBytes, 1))).toEqual(unclosed);
    // Over 4 MB the whole-file parse runs on one worker thread, which hands on no rows from the batch that failed;
    // the ranges hand on every row before the error, as the single-thread parse of a small file does.
    const huge = await read(f['huge.csv'], whole);
    expect(huge.error).toMatch(/huge\.csv:\d+: a field of the row starting here is larger than 8 MB/);
    for (const chunkBytes of [97, 1000]) {
      const got = await read(f['huge.csv'], ranges(chunkBytes, 1));
      expect(got.error).toBe(huge.error);
      expect(got.rows).toEqual(unclosed.rows.slice(0, got.rows.length));
      expect(got.rows.length).toBe(unclosed.rows.length);
    }
  }, 60_000);

  it('guesses a line end inside a quoted field from the quotes after it', () => {
    const bytes = Buffer.from('second line of a comment",13,0\nc2,p,a,"text, quoted",0,0\n');
    expect(looksQuoted(bytes, 0, bytes.length, 44)).toBe(true);
    expect(looksQuoted(bytes, bytes.indexOf('\n') + 1, bytes.length, 44)).toBe(false);
  });
});
