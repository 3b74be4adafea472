import { copyFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { resolveScanOptions } from '../src/options.js';
import { renderCsv } from '../src/report/csv.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderTable } from '../src/report/table.js';
// @ts-expect-error plain ESM script without types
import { GOLDEN } from '../scripts/update-golden.mjs';
import { tempFiles } from './helpers/files.js';
import { BIN, CLI_TIMEOUT, cli, clis, DEMO_FILES, DEMO_SCAN_TIMEOUT, ROOT, scan } from './helpers/scan.js';

const DEMO = [DEMO_FILES.comments, '--reactions', DEMO_FILES.reactions];
const [DEMO_GOLDEN, HOSTILE_GOLDEN] = GOLDEN as { out: string; args: string[] }[];

describe('brigade scan (the binary)', () => {
  it('writes the golden JSON to --out beside its inputs, checks it with --expect on stderr, and shows no progress when stderr is not a terminal', () => {
    // As the golden was written (scripts/update-golden.mjs): --out in the inputs' folder, so they are recorded by name.
    expect(DEMO_GOLDEN!.args).toEqual(['scan', ...DEMO, '--format', 'json']);
    const f = tempFiles({});
    for (const name of ['comments.csv', 'reactions.csv']) copyFileSync(`${ROOT}/fixtures/demo/${name}`, `${f.dir}/${name}`);
    const args = DEMO_GOLDEN!.args.map((arg) => arg.replace('fixtures/demo', f.dir));
    const run = cli([...args, '--out', `${f.dir}/expected.json`, '--expect', DEMO_GOLDEN!.out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(`${f.dir}/expected.json`, 'utf8')).toBe(readFileSync(`${ROOT}/${DEMO_GOLDEN!.out}`, 'utf8'));
    expect(run.stderr).toContain('check passed: 982 verdicts identical');
    expect(run.stderr).not.toMatch(/rows\/s|analysing/);
  }, CLI_TIMEOUT);

  it('prints the headline on stdout and the row accounting on stderr, and exits 1 naming the post over --fail-above', () => {
    const run = cli(['scan', ...DEMO, '--fail-above', '0.5']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^post 1728000000000_7000000000: \d+ of its top 300 comments from likely inauthentic accounts \(\d+\.\d%, 95% CI/);
    expect(run.stderr).toMatch(/comments: read 1639 = used 1639 \+ rejected 0 \+ skipped 0 \+ duplicates 0/);
    // The posts over the threshold, on stderr (their wording: tests/exits-messages.test.ts).
    expect(run.stderr).toMatch(/^--fail-above 0\.5: 1 post over 50\.0%:\n  post 1728000000000_7000000000: /m);
    expect(run.stdout).not.toMatch(/read 1639|fail-above/);
  }, CLI_TIMEOUT);

  it('writes to --out, keeps stdout empty, and exits 0 when no post exceeds --fail-above', () => {
    // The small hostile fixture: writing to --out does not depend on the size of the scan.
    const f = tempFiles({});
    const run = cli(['scan', 'fixtures/hostile/comments.csv', '--format', 'markdown', '--out', `${f.dir}/report.md`, '--fail-above', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(`${f.dir}/report.md`, 'utf8')).toMatch(/^# brigade findings/);
  }, CLI_TIMEOUT);

  it('exits 2 with one line and no stack trace for usage and input errors', async () => {
    const runs = [
      ['scan', 'fixtures/nope.csv'],
      ['scan', ...DEMO, '--top', '0'],
      ['scan', ...DEMO, '--format', 'pdf'],
      ['scan'],
      ['scan', ...DEMO, '--no-such-flag'],
    ];
    for (const [i, run] of (await clis(runs)).entries()) {
      const args = runs[i]!.join(' ');
      expect(run.code, args).toBe(2);
      expect(run.stderr, args).not.toMatch(/\n\s+at /);
      expect(run.stdout, args).toBe('');
    }
  }, CLI_TIMEOUT);

  it('survives a closed pipe: `brigade scan … | head -1`', () => {
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${BIN} scan ${DEMO.join(' ')} --format csv | head -1`], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT });
    expect(run.stdout.trim()).toBe('id,name,type,category,comments,reactions_given,score,verdict,basis,reasons');
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  }, CLI_TIMEOUT);
});

describe('scan --out in another folder (new-user trial: inputs named "../../tmp/x.csv")', () => {
  it('names the inputs as given in the row accounting and every report; only the result file records them relative to itself', async () => {
    const f = tempFiles({});
    const given = 'fixtures/hostile/comments.csv'; // typed relative to the repository, written to a temporary folder
    const out = (name: string) => `${f.dir}/${name}`;
    const runs = await clis([
      ['scan', given, '--format', 'table', '--out', out('report.txt')], // the table names no input: stderr does
      ['scan', given, '--format', 'markdown', '--out', out('report.md')],
      ['scan', given, '--format', 'html', '--out', out('report.html')],
      ['scan', given, '--format', 'json', '--out', out('result.json')],
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const relative = JSON.parse(readFileSync(out('result.json'), 'utf8')).meta.inputs[0].file as string;
    // The result file keeps what reproduce needs: the input from its own folder.
    expect(relative).toMatch(/^(\.\.\/)+.*fixtures\/hostile\/comments\.csv$/);
    for (const run of runs) {
      expect(run.stderr).toMatch(/^fixtures\/hostile\/comments\.csv \(canonical-csv, comments\): read 7 = used 7/m);
      expect(run.stderr).not.toContain('../');
    }
    expect(readFileSync(out('report.md'), 'utf8')).toContain(`| ${given} | canonical-csv |`);
    expect(readFileSync(out('report.html'), 'utf8')).toContain(`<bdi>${given}</bdi>`);
    for (const name of ['report.md', 'report.html']) expect(readFileSync(out(name), 'utf8')).not.toContain(relative);
  }, CLI_TIMEOUT);
});

describe('options', () => {
  it.each([
    [{ top: '0' }, '--top'],
    [{ failAbove: '1.5' }, '--fail-above'],
    [{ tz: 'Mars/Olympus' }, '--tz'],
    [{ workHours: '18-09' }, '--work-hours'],
    [{ shiftAlpha: 'abc' }, '--shift-alpha'],
    [{ suspiciousScore: '0.9' }, '--suspicious-score'],
    [{ participation: 'either' }, '--participation'],
  ])('refuses %j as a usage error naming %s', (raw, flag) => {
    let error: unknown;
    try {
      resolveScanOptions(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message.startsWith(flag)).toBe(true);
  });
});

describe('determinism', () => {
  it('gives the same findings with --rank likes for shuffled rows (byte-identical JSON run to run: the golden test above)', async () => {
    const first = await scan([DEMO_FILES.comments], { rank: 'likes' }, DEMO_FILES.reactions);
    const [header, ...rows] = readFileSync(`${ROOT}/${DEMO_FILES.comments}`, 'utf8').trimEnd().split('\n');
    // Deterministic shuffle (reverse, then interleave halves).
    const reversed = rows.reverse();
    const half = Math.ceil(reversed.length / 2);
    const shuffled = reversed.slice(0, half).flatMap((row, i) => [row, reversed[half + i]].filter((r): r is string => r !== undefined));
    const f = tempFiles({ 'comments.csv': [header, ...shuffled].join('\n') });
    const again = await scan([f['comments.csv']], { rank: 'likes' }, DEMO_FILES.reactions);
    const strip = (json: string) => {
      const parsed = JSON.parse(json);
      delete parsed.meta.inputs;
      return parsed;
    };
    expect(strip(renderJson(again))).toEqual(strip(renderJson(first)));
    expect(first.summary.inauthentic).toBeGreaterThan(200);
  }, DEMO_SCAN_TIMEOUT);
});

describe('hostile names and texts', () => {
  const FILE = 'fixtures/hostile/comments.csv';
  const everyoneFlagged = { suspiciousScore: '0', inauthenticScore: '0' };

  it('gives the golden JSON', async () => {
    expect(HOSTILE_GOLDEN!.args).toEqual(['scan', FILE, '--format', 'json']);
    // The golden names its input from its own folder (written with --out there), as scan --out records it.
    const result = await scan([FILE]);
    expect(result.meta.inputs.map((i) => i.file)).toEqual([FILE]);
    result.meta.inputs[0]!.file = 'comments.csv';
    expect(renderJson(result)).toBe(readFileSync(`${ROOT}/${HOSTILE_GOLDEN!.out}`, 'utf8'));
  });

  it('neutralises ANSI escapes and bidi controls in the terminal table', async () => {
    const table = renderTable(await scan([FILE], everyoneFlagged));
    expect(table).not.toMatch(/[\u001b\u202e]/);
    expect(table).toContain('\\u{1b}[31mRed');
  });

  it('neutralises formula-leading cells in CSV', async () => {
    const csv = renderCsv(await scan([FILE]));
    const cells = csv.split('\r\n').slice(1, -1).map((line) => line.split(',')[1]);
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c!))).toEqual([]);
    expect(csv).toContain("'=cmd|'/C calc'!A0");
    expect(csv).toContain("'-2+3");
    expect(csv).not.toMatch(/\u001b/);
  });

  it('escapes HTML, links and table pipes in Markdown', async () => {
    const markdown = renderMarkdown(await scan([FILE], everyoneFlagged));
    // A tag or a link only when unescaped: `\\<b>` shows as text (backslash escapes, no entities).
    expect(markdown).not.toMatch(/(?<!\\)<(b>|img)|(?<!\\)\]\(javascript|\u001b/);
    expect(markdown).toContain('\\<b>bold\\</b>');
    const tableRows = markdown.split('\n').filter((l) => l.startsWith('| h'));
    expect(tableRows.length).toBeGreaterThan(0);
    for (const row of tableRows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });
});

describe('brigade --help', () => {
  it('lists the commands, and documents every threshold with its default', async () => {
    const [help, scanHelp, simulateHelp] = await clis([['--help'], ['scan', '--help'], ['simulate', '--help']]);
    // The scenarios, after the options, each description wrapped under its own column within 80.
    const scenarios = simulateHelp!.stdout.slice(simulateHelp!.stdout.indexOf('Scenarios:'));
    expect(scenarios).toMatch(/\n {2}month-bare {5}The month exported without Page flag[^\n]*\n {17}\S/);
    expect(scenarios.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(help!.code).toBe(0);
    expect(help!.stdout).toMatch(/scan\s+judge the accounts/);
    expect(help!.stdout).toMatch(/simulate\s+write a seeded/);
    for (const flag of ['--shift-min-comments', '--shift-alpha', '--network-min-share', '--name-alpha', '--strong-evidence', '--inauthentic-score', '--participation']) {
      expect(scanHelp!.stdout).toContain(flag);
    }
    expect(scanHelp!.stdout.replace(/\s+/g, ' ')).toContain('--shift-min-comments <n> shift-hours: comments an account needs before its hours are tested (default 6)');
  }, CLI_TIMEOUT);
});

describe('progress on stderr', () => {
  it('says rows, share of the file, rate and time left', async () => {
    const { progressLine } = await import('../src/commands/scan.js');
    expect(progressLine(400_000, 40, 100, 4000)).toBe('read 400,000 rows (40%), 100,000 rows/s, about 6 s left');
    expect(progressLine(100_000, 0, 0, 1000)).toBe('read 100,000 rows, 100,000 rows/s');
  });
});
