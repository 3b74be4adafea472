import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { GOLDEN } from '../scripts/update-golden.mjs';
import { tempFiles } from './helpers/files.js';
import { BIN, cli, ROOT } from './helpers/scan.js';

const DEMO = ['fixtures/demo/comments.csv', '--reactions', 'fixtures/demo/reactions.csv'];

describe('brigade scan (the binary)', () => {
  it.each(GOLDEN as { out: string; args: string[] }[])('writes the golden JSON: $out', ({ out, args }) => {
    const run = cli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${ROOT}/${out}`, 'utf8'));
  });

  it('prints the headline on stdout and the row accounting on stderr', () => {
    const run = cli(['scan', ...DEMO]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^post 1728000000000_7000000000: \d+ of its top 300 comments from likely inauthentic accounts \(\d+\.\d%, 95% CI/);
    expect(run.stderr).toMatch(/comments: read 1639 = used 1639 \+ rejected 0 \+ skipped 0 \+ duplicates 0/);
    expect(run.stdout).not.toMatch(/read 1639/);
  });

  it('exits 1 when a post exceeds --fail-above, 0 when none does', () => {
    expect(cli(['scan', ...DEMO, '--format', 'json', '--fail-above', '0.5']).code).toBe(1);
    expect(cli(['scan', ...DEMO, '--format', 'json', '--fail-above', '1']).code).toBe(0);
  });

  it('exits 2 with one line and no stack trace for usage and input errors', () => {
    for (const args of [
      ['scan', 'fixtures/nope.csv'],
      ['scan', ...DEMO, '--top', '0'],
      ['scan', ...DEMO, '--fail-above', '1.5'],
      ['scan', ...DEMO, '--tz', 'Mars/Olympus'],
      ['scan', ...DEMO, '--work-hours', '18-09'],
      ['scan', ...DEMO, '--shift-alpha', 'abc'],
      ['scan', ...DEMO, '--suspicious-score', '0.9'],
      ['scan', ...DEMO, '--format', 'pdf'],
      ['scan'],
      ['scan', ...DEMO, '--no-such-flag'],
    ]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
  });

  it('survives a closed pipe: `brigade scan … | head -1`', () => {
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${BIN} scan ${DEMO.join(' ')} --format csv | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('id,name,type,category,comments,reactions_given,score,verdict,basis,reasons');
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  });

  it('gives byte-identical JSON for the same input, and with --rank likes for shuffled rows', () => {
    const first = cli(['scan', ...DEMO, '--format', 'json', '--rank', 'likes']).stdout;
    expect(cli(['scan', ...DEMO, '--format', 'json', '--rank', 'likes']).stdout).toBe(first);
    const [header, ...rows] = readFileSync(`${ROOT}/fixtures/demo/comments.csv`, 'utf8').trimEnd().split('\n');
    // Deterministic shuffle (reverse, then interleave halves).
    const reversed = rows.reverse();
    const half = Math.ceil(reversed.length / 2);
    const shuffled = reversed.slice(0, half).flatMap((row, i) => [row, reversed[half + i]].filter((r): r is string => r !== undefined));
    const f = tempFiles({ 'comments.csv': [header, ...shuffled].join('\n') });
    const again = cli(['scan', f['comments.csv'], '--reactions', 'fixtures/demo/reactions.csv', '--format', 'json', '--rank', 'likes']).stdout;
    const strip = (json: string) => {
      const parsed = JSON.parse(json);
      delete parsed.meta.inputs;
      return parsed;
    };
    expect(strip(again)).toEqual(strip(first));
  });

  it('writes to --out and keeps stdout empty', () => {
    const f = tempFiles({});
    const run = cli(['scan', ...DEMO, '--format', 'markdown', '--out', `${f.dir}/report.md`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(`${f.dir}/report.md`, 'utf8')).toMatch(/^# brigade findings/);
  });
});

describe('hostile names and texts', () => {
  const FILE = 'fixtures/hostile/comments.csv';
  it('neutralises ANSI escapes and bidi controls in the terminal table', () => {
    const run = cli(['scan', FILE, '--suspicious-score', '0', '--inauthentic-score', '0']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(run.stdout).toContain('\\u{1b}[31mRed');
  });

  it('neutralises formula-leading cells in CSV', () => {
    const run = cli(['scan', FILE, '--format', 'csv']);
    const cells = run.stdout.split('\r\n').slice(1, -1).map((line) => line.split(',')[1]);
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c!))).toEqual([]);
    expect(run.stdout).toContain("'=cmd|'/C calc'!A0");
    expect(run.stdout).toContain("'-2+3");
    expect(run.stdout).not.toMatch(/\u001b/);
  });

  it('escapes HTML, links and table pipes in Markdown', () => {
    const run = cli(['scan', FILE, '--format', 'markdown', '--suspicious-score', '0', '--inauthentic-score', '0']);
    expect(run.stdout).not.toMatch(/<b>|<img|(?<!\\)\]\(javascript|\u001b/);
    const tableRows = run.stdout.split('\n').filter((l) => l.startsWith('| h'));
    for (const row of tableRows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });
});

describe('brigade --help', () => {
  it('lists the commands', () => {
    const run = cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/scan\s+judge the accounts/);
    expect(run.stdout).toMatch(/simulate\s+write a seeded/);
  });
  it('documents every threshold with its default', () => {
    const run = cli(['scan', '--help']);
    for (const flag of ['--shift-min-comments', '--shift-alpha', '--network-min-share', '--name-alpha', '--strong-evidence', '--inauthentic-score']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('--shift-min-comments <n> shift-hours: comments an account needs before its hours are tested (default 6)');
  });
});

describe('progress on stderr', () => {
  it('is silent when stderr is not a terminal', () => {
    const run = cli(['scan', ...DEMO, '--format', 'json']);
    expect(run.stderr).not.toMatch(/rows\/s|analysing/);
  });
  it('says rows, share of the file, rate and time left', async () => {
    const { progressLine } = await import('../src/commands/scan.js');
    expect(progressLine(400_000, 40, 100, 4000)).toBe('read 400,000 rows (40%), 100,000 rows/s, about 6 s left');
    expect(progressLine(100_000, 0, 0, 1000)).toBe('read 100,000 rows, 100,000 rows/s');
  });
});
