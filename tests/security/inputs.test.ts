import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { planDecoding } from '../../src/ingest/decode.js';
import { zipUncompressedBytes, xlsxToCsv } from '../../src/ingest/xlsx.js';
import { warningText } from '../../src/report/messages.js';
import { appendAll, maxOf } from '../../src/util/arrays.js';
import { tempFiles } from '../helpers/files.js';
import { demo, DEMO_SCAN_TIMEOUT, ROOT, scan } from '../helpers/scan.js';

const DEMO = `${ROOT}/fixtures/demo`;
const HEADER = 'comment_id,post_id,author_id,author_name,author_type,created_at,text\n';
const row = (i: number, text = 'salam') => `c${i},p1,a${i % 7},Aysel Məmmədova ${i % 7},profile,2021-03-01T10:${String(i % 60).padStart(2, '0')}:00Z,${text}\n`;

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
};

/** Inserts one byte at the start of the text field (the 9th) of the given lines of the demo. */
function withBadBytes(csv: Buffer, lines: number[], byte = 0xff): Buffer {
  const text = csv.toString('latin1').split('\n');
  for (const n of lines) {
    const line = text[n - 1]!;
    let at = -1;
    for (let commas = 0; commas < 8; commas++) at = line.indexOf(',', at + 1);
    if (line[at + 1] === '"') at++;
    text[n - 1] = line.slice(0, at + 1) + String.fromCharCode(byte) + line.slice(at + 1);
  }
  return Buffer.from(text.join('\n'), 'latin1');
}

describe('a few invalid UTF-8 bytes do not switch the code page (issue #13, 5)', () => {
  it('reads the demo with 4 bad bytes in its first 64 KiB as UTF-8, counts them with line and byte, and keeps the findings', async () => {
    // The demo as shipped, scanned once per test file.
    const clean = (await demo()).result;
    const f = tempFiles({ 'comments.csv': withBadBytes(readFileSync(`${DEMO}/comments.csv`), [20, 60, 120, 200]) });
    const dirty = await scan([f['comments.csv']], {}, `${DEMO}/reactions.csv`);
    expect(dirty.meta.inputs[0]!.encoding).toBe('utf-8');
    const warning = dirty.warnings.find((w) => w.code === 'invalid-utf-8')!;
    expect(warning.args.sequences).toBe(4);
    expect(warning.args.where).toMatch(/^line 20 \(byte \d+\), line 60 \(byte \d+\), line 120/);
    expect(dirty.warnings.some((w) => w.code === 'encoding-guessed')).toBe(false);
    // Four texts gained a U+FFFD; the accounts flagged stay (within the rows touched), not halved.
    expect(Math.abs(dirty.summary.inauthentic - clean.summary.inauthentic)).toBeLessThanOrEqual(4);
    expect(dirty.accounts.find((a) => a.name.includes('Məmmədov'))).toBeDefined();
  }, DEMO_SCAN_TIMEOUT);

  it('counts invalid UTF-8 far past the sniffed head instead of silently replacing it', async () => {
    const body = Array.from({ length: 3000 }, (_, i) => row(i, 'şərh')).join('');
    const f = tempFiles({ 'late.csv': Buffer.concat([Buffer.from(HEADER + body), Buffer.from('c9999,p1,a1,Bad,profile,2021-03-01T10:00:00Z,x'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]) });
    const result = await scan([f['late.csv']]);
    const warning = result.warnings.find((w) => w.code === 'invalid-utf-8')!;
    expect(warning).toMatchObject({ args: { sequences: 1 } });
    expect(warning.args.where).toMatch(/^line 3002 \(byte \d+\)$/);
  });

  it('falls back to a code page only on strong evidence, and then says which lines depend on it', async () => {
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in Windows-1251
    expect(planDecoding(Buffer.concat([Buffer.from('a,b\n'), cyrillic])).encoding).toBe('windows-1251');
    expect(planDecoding(Buffer.concat([Buffer.from('a,ş,ə,ü\n'), Buffer.from([0xff])])).basis).toBe('mostly-utf-8');
    const ascii = (i: number) => `c${i},p1,a${i},Aysel ${i},profile,2021-03-01T10:00:00Z,salam\n`;
    const f = tempFiles({ 'cp.csv': Buffer.concat([Buffer.from(HEADER + ascii(1) + ascii(2)), Buffer.from('c3,p1,a3,'), cyrillic, Buffer.from(',profile,2021-03-01T10:00:00Z,x\n')]) });
    const result = await scan([f['cp.csv']]);
    const warning = result.warnings.find((w) => w.code === 'encoding-guessed')!;
    expect(warning.args).toMatchObject({ encoding: 'windows-1251', lines: 1 });
    expect(warningText(warning)).toMatch(/1 lines hold letters that depend on this guess: line 4/);
  });

  it('reports header names holding NUL', async () => {
    const f = tempFiles({ 'nul.csv': HEADER.replace('text', 'te\u0000xt') + row(1) });
    const result = await scan([f['nul.csv']], { skipBadRows: true });
    expect(result.warnings.find((w) => w.code === 'nul-in-header')?.args).toEqual({ columns: 1 });
  });
});

describe('hostile shapes are input errors, quickly (issue #13, 7 and weak spots)', () => {
  it('refuses a header of 10⁵ columns at once, and names at most 20 unknown columns', async () => {
    const wide = tempFiles({ 'wide.csv': `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n1\n` });
    expect(await failure(scan([wide['wide.csv']]))).toMatch(/the header has 100000 columns/);
    const extra = Array.from({ length: 500 }, (_, i) => `x${i}`);
    const f = tempFiles({ 'extra.csv': `${HEADER.trim()},${extra.join(',')}\n${row(1).trim()}${','.repeat(500)}\n` });
    const warning = (await scan([f['extra.csv']])).warnings.find((w) => w.code === 'unknown-columns')!;
    expect(String(warning.args.columns)).toMatch(/x19 … and 480 more$/);
  });

  it('refuses Graph API JSON nested 500 deep (a 62 KB file overflowed the stack)', async () => {
    let replies = '[]';
    for (let i = 0; i < 500; i++) replies = `[{"id":"r${i}","created_time":"2024-05-01T08:03:12+0000","from":{"id":"u${i}","name":"N"},"message":"m","comments":{"data":${replies}}}]`;
    const f = tempFiles({ 'deep.json': `{"data":${replies}}` });
    expect(await failure(scan([f['deep.json']]))).toMatch(/nested \d+ deep/);
  });

  it('reads gzipped JSON as JSON', async () => {
    const page = readFileSync(`${ROOT}/fixtures/formats/graph_api/pages/page-1.json`);
    const f = tempFiles({ 'page.json.gz': gzipSync(page), 'page.json': page });
    const zipped = await scan([f['page.json.gz']]);
    const plain = await scan([f['page.json']]);
    expect(zipped.meta.inputs[0]!.format).toBe('graph-api-json');
    expect(zipped.accounts).toEqual(plain.accounts);
  });

  it('reads a FIFO given by name as a stream, like stdin', async () => {
    const f = tempFiles({});
    const fifo = join(f.dir, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = createWriteStream(fifo);
    writer.end(HEADER + row(1) + row(2));
    const result = await scan([fifo]);
    expect(result.rows.used).toBe(2);
  });

  it('inside a folder, a .csv link to a folder is not read (it was EISDIR, exit 1)', async () => {
    const f = tempFiles({ 'a.csv': HEADER + row(1) });
    mkdirSync(join(f.dir, 'sub'));
    symlinkSync(join(f.dir, 'sub'), join(f.dir, 'b.csv'));
    expect((await scan([f.dir])).rows.used).toBe(1);
  });

  it('caps what an XLSX may expand to, naming the cap and the option', async () => {
    const workbook = `${ROOT}/fixtures/formats/exportcomments/comments.xlsx`;
    expect(zipUncompressedBytes(readFileSync(workbook))).toBeGreaterThan(1000);
    expect(await failure(xlsxToCsv(workbook, 1000))).toMatch(/above the 0 MB cap .*--max-xlsx-mb/);
  });

  it('appends and takes maxima over arrays far beyond the argument limit', () => {
    const big = Array.from({ length: 500_000 }, (_, i) => i);
    expect(appendAll([-1], big).length).toBe(500_001);
    expect(maxOf(big)).toBe(499_999);
  });
});

describe('signals (issue #13, 8)', () => {
  it('removes the stdin spool on SIGTERM', async () => {
    const tmp = tempFiles({}).dir;
    const child = spawn(process.execPath, [`${ROOT}/bin/brigade.js`, 'scan', '-'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write(HEADER + row(1));
    const spooled = () => readdirNames(tmp).some((name) => name.startsWith('brigade-'));
    for (let i = 0; i < 200 && !spooled(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(spooled()).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(readdirNames(tmp).filter((name) => name.startsWith('brigade-'))).toEqual([]);
  }, 30_000);
});

function readdirNames(dir: string): string[] {
  return spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
}

export const unused = writeFileSync;
