import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, InputError } from '../../src/errors.js';
import { csvField, forHtml, forTerminal } from '../../src/report/sanitize.js';
import { refuseOutputOverInput, writeFileAtomic } from '../../src/util/atomic-write.js';
import { tempFiles } from '../helpers/files.js';
import { BIN, ROOT, scan } from '../helpers/scan.js';
import { createServer } from 'node:net';

const CSV = 'comment_id,post_id,author_id,author_name,author_type,created_at,text\nc1,p1,a1,Aysel,profile,2021-03-01T10:00:00Z,salam\n';

function run(args: string[], options: { stdout?: number; input?: string; cwd?: string } = {}) {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    timeout: 60_000,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  return { code: child.status, stdout: child.stdout ?? '', stderr: child.stderr };
}

describe('--out is atomic and never over an input (issue #13, 3)', () => {
  it('replaces a file whole, keeping the old one when the write fails, leaving no temporary file', async () => {
    const f = tempFiles({ 'report.json': 'old' });
    await writeFileAtomic(f['report.json'], 'new');
    expect(readFileSync(f['report.json'], 'utf8')).toBe('new');
    // A rename onto a folder fails after the temporary file is written: the folder is untouched, the temporary gone.
    mkdirSync(join(f.dir, 'taken'));
    await expect(writeFileAtomic(join(f.dir, 'taken'), 'x')).rejects.toBeInstanceOf(InputError);
    expect(readdirSync(f.dir).sort()).toEqual(['report.json', 'taken']);
  });

  it('refuses an output that is an input, by inode (another spelling, a hard link)', async () => {
    const f = tempFiles({ 'x.csv': CSV, 'r.json': '{}' });
    linkSync(f['x.csv'], join(f.dir, 'alias.csv'));
    await expect(refuseOutputOverInput('--out', join(f.dir, 'alias.csv'), [`${f.dir}/./x.csv`])).rejects.toBeInstanceOf(UsageError);
    await expect(refuseOutputOverInput('--out', join(f.dir, 'new.csv'), [f['x.csv']])).resolves.toBeUndefined();
    await expect(refuseOutputOverInput('--out', f['r.json'], [f['x.csv']])).resolves.toBeUndefined();
  });

  it('scan x.csv --format csv --out x.csv, and --graph x.csv, exit 2 and leave x.csv as it was', () => {
    const f = tempFiles({ 'x.csv': CSV });
    for (const flag of ['--out', '--graph']) {
      const out = run(['scan', f['x.csv'], '--format', 'csv', flag, f['x.csv']]);
      expect([out.code, out.stderr]).toEqual([2, expect.stringMatching(new RegExp(`${flag} .* is an input of this run`))]);
      expect(readFileSync(f['x.csv'], 'utf8')).toBe(CSV);
    }
  }, 60_000);
});

describe('every line that reaches a terminal is neutralised (issue #13, 2)', () => {
  it('an error line naming a hostile file name carries no escape sequence or bidi control', () => {
    const name = '\u001b]0;pwned\u0007\u001b[2J\u202e\u0085.csv';
    const out = run(['scan', join(tempFiles({}).dir, name)]);
    expect(out.code).toBe(2);
    expect(out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out.stderr).toContain('\\u{1b}]0;pwned');
  }, 60_000);

  it('the HTML report shows bidi controls instead of obeying them; terminals too, and U+2028', () => {
    expect(forHtml('abc\u202edef\u2066')).toBe('abc\ufffddef\ufffd');
    expect(forHtml('a\u0085b')).toBe('a\ufffdb');
    expect(forTerminal('a\u2028b\u009bc')).toBe('a\\u{2028}b\\u{9b}c');
  });
});

describe('spreadsheet cells (weak spot)', () => {
  it('neutralises a formula after any separator Excel may use, and quotes such cells', () => {
    expect(csvField('x;=1+2;y')).toBe(`"x;'=1+2;y"`);
    expect(csvField('a\t@SUM(A1)')).toBe(`"a\t'@SUM(A1)"`);
    expect(csvField('=cmd')).toBe(`'=cmd`);
    expect(csvField('plain text')).toBe('plain text');
  });
});

describe('exit codes at the edge (issue #13, 4 and 7)', () => {
  it('a write error on stdout (a full disk) is exit 2 with a message; a closed pipe stays success', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const out = run(['formats'], { stdout: full });
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/standard output cannot be written \(ENOSPC\)/);
    } finally {
      closeSync(full);
    }
  }, 60_000);

  it('an internal error is exit 3, one line and a hint, no stack', async () => {
    // A bug surfacing in a callback while a scan waits on stdin.
    // Thrown once brigade's handler is installed, however slow the start under load.
    const boom = 'data:text/javascript,const t=setInterval(()=>{if(process.listenerCount("uncaughtException")>0){clearInterval(t);setTimeout(()=>{throw new TypeError("boom")},50)}},20)';
    const child = spawn(process.execPath, ['--import', boom, BIN, 'scan', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(3);
    expect(stderr).toMatch(/^brigade: internal error: TypeError: boom\nbrigade: this is a bug; please report it/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('a path by name that is a socket is an input error; a folder named x.csv is scanned as a folder', async () => {
    const f = tempFiles({});
    const socket = join(f.dir, 'sock.csv');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      await expect(scan([socket])).rejects.toThrow(/is not a regular file, a folder or a pipe/);
    } finally {
      server.close();
    }
    mkdirSync(join(f.dir, 'dir.csv'));
    writeFileSync(join(f.dir, 'dir.csv', 'a.csv'), CSV);
    expect((await scan([join(f.dir, 'dir.csv')])).rows.used).toBe(1);
  });
});
