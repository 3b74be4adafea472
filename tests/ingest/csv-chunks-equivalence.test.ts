import { describe, expect, it } from 'vitest';
import { MAX_FIELD_BYTES } from '../../src/ingest/csv-parsing.js';
import { readCsvTable, type ReadTuning } from '../../src/ingest/csv-table.js';
import { Random } from '../../src/util/random.js';
import { tempFiles } from '../helpers/files.js';

/**
 * The byte-range path (csv-chunks.ts) against the whole-file single-thread parse, on
 * hand-made edge cases and on random hostile inputs (token soup and structured exports).
 */
type Outcome = { header?: string[]; rows: [string[], number][]; sha256?: string; audit?: unknown; preamble?: number; rowCount?: number; error?: string; exit?: number; kind?: string };

async function read(file: string, tuning: ReadTuning): Promise<Outcome> {
  const out: Outcome = { rows: [] };
  try {
    const info = await readCsvTable(file, (h) => void (out.header = h), (r) => void out.rows.push([r.fields, r.line]), undefined, tuning);
    return { ...out, sha256: info.sha256, audit: info.audit, preamble: info.preamble, rowCount: info.rows };
  } catch (error) {
    return { ...out, error: (error as Error).message, exit: (error as { exitCode?: number }).exitCode, kind: (error as Error).constructor.name };
  }
}

const whole: ReadTuning = { chunkedMinBytes: Infinity, chunkBytes: 1, threads: 0 };
const ranges = (chunkBytes: number, threads: number): ReadTuning => ({ chunkedMinBytes: 0, chunkBytes, threads });

/**
 * Equal, except for rows before an error: parseHere drops records csv-parse pushes in the same call that
 * fails (file ending `\n"`), so there the whole-file rows need only be a prefix of the ranges' rows.
 */
function expectSame(got: Outcome, expected: Outcome, what: string) {
  if (expected.error !== undefined && got.error === expected.error) {
    expect(got.rows.slice(0, expected.rows.length), what).toEqual(expected.rows);
    // (Over 4 MB the whole-file parse runs on a worker that hands on nothing from its failing batch, header included.)
    if (expected.header) expect(got.header, what).toEqual(expected.header);
    expect({ ...got, rows: [], header: undefined }, what).toEqual({ ...expected, rows: [], header: undefined });
  } else {
    expect(got, what).toEqual(expected);
  }
}

async function compare(bytes: Buffer, configs: [number, number][]) {
  const f = tempFiles({ 'x.csv': bytes });
  const expected = await read(f['x.csv'], whole);
  for (const [chunkBytes, threads] of configs) {
    expectSame(await read(f['x.csv'], ranges(chunkBytes, threads)), expected, `${JSON.stringify(bytes.toString('latin1').slice(0, 300))} @${chunkBytes}/${threads}`);
  }
  return expected;
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('byte ranges against the whole file: every row, line, error and audit the same', () => {
  it('puts an error on the line its row starts, counted by LF, whatever CRs come before (csv-parse counts every CR, and CRLF inside quotes twice)', async () => {
    for (const [s, line] of [
      ['h,t\r\n"a\r\nb",1\r\nc,2\r\n"x', 5], // CRLF export, a two-line comment, a quote left open at the end
      ['h,t\na\rb,1\nc,2\n"x', 4], // lone CR
      ['h,t\n"a\r\nb",1\r\nc,2\r\n"x\n\nmore', 5], // LF-delimited, CRLF lines after the first; the quote swallows two lines more
    ] as const) {
      const expected = await compare(latin1(s), [[4, 1], [16, 2]]);
      expect(expected.error).toMatch(new RegExp(`x\\.csv:${line}: unreadable CSV: a quoted field in the row starting here is never closed`));
    }
  });

  it('a field over 8 MB after a quoted CRLF', async () => {
    await compare(latin1(`h,t\r\n"a\r\nb",1\r\nc,${'x'.repeat(MAX_FIELD_BYTES + 10)}\r\n`), [[4, 1], [16, 1]]);
  }, 60_000);

  it('random token soup', async () => {
    const random = new Random(7);
    for (let k = 0; k < 25; k++) {
      const eol = random.chance(0.5) ? '\r\n' : '\n';
      const tokens = ['"', '""', ',', eol, eol, '\n', '\r', 'a', 'bc', 'é', '€', '\xff', '\xe2\x82', '"x', 'x"', `"${eol}`, ',"', '",', `"${eol}a,b`, '\ufeff', '\0'];
      let s = (random.chance(0.3) ? '\ufeff' : '') + `h,t${eol}`;
      for (let i = 2 + random.int(40); i > 0; i--) s += random.pick(tokens);
      if (random.chance(0.5)) s += eol;
      // \xff and \xe2\x82 stand for raw bytes; the rest is UTF-8.
      const bytes = Buffer.concat(s.split(/(\xff|\xe2\x82)/).map((part, i) => (i % 2 ? latin1(part) : Buffer.from(part, 'utf8'))));
      await compare(bytes, [[1, 1], [3, 2], [16, 1]]);
    }
  }, 240_000);

  it('random structured exports with long quoted fields of row-like lines', async () => {
    const random = new Random(11);
    for (let k = 0; k < 3; k++) {
      const eol = random.chance(0.5) ? '\r\n' : '\n';
      const rowish = (n: number) => Array.from({ length: n }, (_, i) => `c${i},p,a,"q""${i}",2021-01-01T00:00:00Z,x`).join(eol);
      const field = (): string =>
        random.pick<() => string>([
          () => random.pick(['Elvin', 'Məmmədov', 'Мамедов', '', '12']),
          () => `"a, b ""c"" d"`,
          () => `"first${eol}${rowish(1 + random.int(3))}${eol}third"`,
          () => `"${rowish(40 + random.int(60))}"`,
          () => `"${'z,'.repeat(1200)}${eol}${'y'.repeat(3000)}${eol}end"`,
          () => `"${eol}"`,
          () => 'ab"c',
          () => `"x""${eol}y"`,
          () => 'cr\ralone',
          () => '"q"junk',
          () => 'bad \xff byte',
        ])();
      const lines = ['comment_id,post_id,author_id,text'];
      for (let i = 30 + random.int(150); i > 0; i--) {
        if (random.chance(0.05)) lines.push('');
        lines.push([`c${i}`, field(), field(), field()].join(','));
      }
      const end = random.pick([eol, '', `${eol}"open${eol}tail`, eol + eol]);
      const text = (random.chance(0.3) ? '\ufeff' : '') + lines.join(eol) + end;
      const bytes = Buffer.concat(text.split(/(\xff)/).map((part, i) => (i % 2 ? latin1(part) : Buffer.from(part, 'utf8'))));
      await compare(bytes, [[97, 1], [1000, 2], [4099, 3], [17_000, 1]]);
    }
  }, 240_000);
});
