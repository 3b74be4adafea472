import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluationText } from '../src/commands/eval.js';
import { sampleSheet } from '../src/commands/sample.js';
import { postsAbove } from '../src/commands/scan.js';
import { NoCommentsError, UsageError } from '../src/errors.js';
import { resolveScanOptions } from '../src/options.js';
import { checkOutputPath } from '../src/output-path.js';
import { evidenceText, failAboveText, measureText, networkText, reasonsText, sampleText, summaryText, warningText } from '../src/report/messages.js';
import { renderTable } from '../src/report/table.js';
import type { ScanResult } from '../src/result.js';
import { tempFiles } from './helpers/files.js';
import { CLI_TIMEOUT, cli, demo as demoScan, DEMO_SCAN_TIMEOUT, ROOT, scan } from './helpers/scan.js';

const GOLDEN = `${ROOT}/fixtures/demo/expected.json`;
let demo: ScanResult;
beforeAll(async () => {
  demo = (await demoScan()).result;
}, DEMO_SCAN_TIMEOUT);

describe('exits that tell the truth', () => {
  it('every row rejected (with --skip-bad-rows) is exit 2 with the count and the first reason, not "0 comments"', async () => {
    const f = tempFiles({ 'c.csv': 'comment_id,author_id,created_at\nc1,a,yesterday\nc2,b,\n' });
    const error = (await scan([f['c.csv']], { skipBadRows: true }).catch((e: unknown) => e)) as NoCommentsError;
    expect(error).toBeInstanceOf(NoCommentsError);
    expect([error.exitCode, error.read, error.rejected, error.first?.line, error.first?.field]).toEqual([2, 2, 2, 2, 'created_at']);
    expect(error.message).toMatch(/^no comment to analyse: 2 rows read from .*c\.csv, 2 rejected, 0 skipped/);
    const run = cli(['scan', f['c.csv']!, '--skip-bad-rows']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brigade: no comment to analyse: 2 rows read/m);
    expect(run.stdout).toBe('');
  }, CLI_TIMEOUT);

  it('a binary file is named as one (exit 2), not as a table of unknown columns; in a folder it is skipped with that reason', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const f = tempFiles({ 'photo.csv': png, 'comments.csv': 'comment_id,post_id,author_id,created_at\nc1,p1,a1,2021-03-01T10:00:00Z\n' });
    const error = (await scan([f['photo.csv']]).catch((e: unknown) => e)) as Error & { line?: number };
    expect(error.message).toMatch(/photo\.csv:1: not a text file: a zero byte at byte 9 \(an image, an archive or another binary file\?\)/);
    expect(error.message).not.toMatch(/unknown format|--format-hint/);
    const run = cli(['scan', f['photo.csv']!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const folder = await scan([f.dir]);
    const skipped = folder.warnings.filter((w) => w.code === 'skipped-file');
    expect(skipped.map((w) => [w.file?.endsWith('photo.csv'), w.args])).toEqual([[true, { reason: 'not-a-comment-export', found: 'a binary file, not text' }]]);
    expect(folder.rows.used).toBe(1);
  }, CLI_TIMEOUT);

  // The binary's exit 1 and these lines on its stderr: tests/cli.test.ts.
  it('--fail-above names the post(s) over it, with their shares', () => {
    const over = postsAbove(demo, 0.5);
    expect(over.map((p) => p.postId)).toEqual(['1728000000000_7000000000']);
    const text = failAboveText(over, 0.5, demo.topN.n);
    expect(text[0]).toBe('--fail-above 0.5: 1 post over 50.0%:');
    expect(text[1]).toMatch(new RegExp(`^  post 1728000000000_7000000000: ${(over[0]!.share * 100).toFixed(1)}% of its top 300 comments from likely inauthentic accounts \\(${over[0]!.inauthentic} of 300\\)$`));
    expect(postsAbove(demo, 1)).toEqual([]);
  });

  it('checks every output path before the scan starts', async () => {
    const f = tempFiles({ 'x.json': '{}' });
    mkdirSync(join(f.dir, 'folder'));
    await expect(checkOutputPath('--out', join(f.dir, 'folder'))).rejects.toThrow(/--out: ".*folder" is a folder; name a file/);
    await expect(checkOutputPath('--out', join(f.dir, 'no', 'such', 'x.json'))).rejects.toThrow(/--out: the folder of ".*x\.json" does not exist/);
    await expect(checkOutputPath('--out', f['x.json']!)).resolves.toBeUndefined();
    await expect(checkOutputPath('--out', join(f.dir, 'deep', 'er'), 'folder')).resolves.toBeUndefined();
    await expect(checkOutputPath('--out', f['x.json']!, 'folder')).rejects.toThrow(/exists and is not a folder/);
    // The input does not exist either: the output is checked first, so the message is about --out.
    for (const flag of ['--out', '--graph']) {
      const run = cli(['scan', 'fixtures/nope.csv', flag, join(f.dir, 'no', 'x.csv')]);
      expect(run.code, flag).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^brigade: ${flag}: the folder of`));
    }
    expect(cli(['sample', 'fixtures/demo/expected.json', '-o', join(f.dir, 'folder')]).stderr).toMatch(/^brigade: --out: .* is a folder/);
  }, CLI_TIMEOUT);

  it('sample says it returned fewer than --n; eval never prints NaN%', async () => {
    // In-process: the binary prints sampleText on stderr and evaluationText on stdout (tests/sample-eval.test.ts).
    const sample = await sampleSheet(GOLDEN, { n: 5000, seed: 1, of: 'comments' });
    expect(parse(sample.sheet, { columns: true })).toHaveLength(300);
    expect([sample.drawn, sample.population]).toEqual([300, 300]);
    expect(sampleText(sample.drawn, sample.population, 5000, 'comments')).toBe('sampled 300 of 300 top-N comments: all of them (fewer than --n 5000)');
    const onlyPositives = evaluate([{ verdict: 'inauthentic', label: 'inauthentic' }, { verdict: 'authentic', label: 'inauthentic' }], 0.5);
    expect(measureText(onlyPositives.specificity, 'no negatives labelled')).toBe('not measured (no negatives labelled)');
    expect(measureText(onlyPositives.recall, 'no positives labelled')).toMatch(/^50\.0% \(95% CI /);
    const f = tempFiles({ 'l.csv': `author_id,label\n${demo.accounts.find((a) => a.verdict === 'inauthentic')!.id},inauthentic\n` });
    const text = await evaluationText(GOLDEN, f['l.csv']!, 'text');
    expect(text).not.toMatch(/NaN/);
    expect(text).toMatch(/specificity not measured \(no negatives labelled\)/);
  }, DEMO_SCAN_TIMEOUT);
});

describe('messages in the tool’s own words', () => {
  it('names a broken quote for what it is: a row that swallowed the lines after it, a quote never closed, a --map column the header lacks', async () => {
    const header = 'comment_id,post_id,author_id,author_name,created_at,text\n';
    const ok = (i: number) => `c${i},p1,a${i},Aysel Məmmədova,2021-03-01T10:0${i}:00Z,salam ${i}\n`;
    const f = tempFiles({
      'stray.csv': `${header}${ok(1)}c2,p1,a2,"Elvin,2021-03-01T10:02:00Z,salam\nc3,p1,a3,Aysel,2021-03-01T10:03:00Z,salam 3"\n${ok(4)}`,
      'open.csv': `${header}${ok(1)}c2,p1,a2,Elvin,2021-03-01T10:02:00Z,"never closed\n${ok(3)}`,
      'mapped.csv': 'Commenter,Time,Msg\nAysel,2021-03-01T10:00:00Z,salam\n',
    });
    // The stray quote before "Elvin" opens a quoted field that the quote ending line 4 closes: one row of lines 3–4.
    const stray = (await scan([f['stray.csv']]).catch((e: unknown) => e)) as Error;
    expect(stray.message).toMatch(/stray\.csv:3: \(row\): expected 6 fields as in the header, found 4 \(the row runs over lines 3–4: a quote in it may have joined the lines after it\)/);
    const open = (await scan([f['open.csv']]).catch((e: unknown) => e)) as Error;
    // The row that opens the quote is named (line 3), not the end of the file (line 4).
    expect(open.message).toMatch(/open\.csv:3: unreadable CSV: a quoted field in the row starting here is never closed, so the file ends inside it/);
    const mapped = (await scan([f['mapped.csv']], { map: ['author_name=Commenter', 'created_at=Tim'] }).catch((e: unknown) => e)) as Error;
    expect(mapped.message).toMatch(/mapped\.csv:1: --map created_at=Tim: the header has no column "Tim"; .*Map only columns the header has/);
    // A file whose format is known anyway: the unused --map is a warning, not silence.
    const known = await scan([f['stray.csv']], { map: ['author_name=Nmae'], skipBadRows: true });
    const warning = known.warnings.find((w) => w.code === 'map-column-absent')!;
    expect(warning.args).toEqual({ maps: 'author_name=Nmae', count: 1 });
    expect(warningText(warning)).toMatch(/--map author_name=Nmae: that column is not in this file's header, so it was not used/);
  });

  const usage = (raw: Record<string, unknown>) => {
    try {
      resolveScanOptions(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    return 'no error';
  };

  it('says what each option accepts and what it got', () => {
    expect(usage({ top: '1.5' })).toBe('--top must be a whole number ≥ 1 (got 1.5)');
    expect(usage({ top: '0' })).toBe('--top must be a whole number ≥ 1 (got 0)');
    expect(usage({ failAbove: '2' })).toBe('--fail-above must be a fraction between 0 and 1 (got 2)');
    expect(usage({ timeWindow: '-3' })).toBe('--time-window must be a whole number between 0 and 86400 (got -3)');
    expect(usage({ copySimilarity: '0' })).toBe('--copy-similarity must be a fraction > 0 and ≤ 1 (got 0)');
    expect(usage({ shiftAlpha: '1' })).toBe('--shift-alpha must be a fraction > 0 and < 1 (got 1)');
    expect(usage({ timeWindow: 'soon' })).toBe('--time-window must be a number (got soon)');
    expect(usage({ strongEvidence: '3' })).toBe('--strong-evidence must be a fraction between 0 and 1 (got 3)');
    expect(usage({ memberClockAgainst: '0.5' })).toBe('--member-clock-against must be 0 (never) or a Bayes factor ≥ 1 (got 0.5)');
    expect(usage({ memberClockAgainst: '0' })).toBe('no error');
    expect(usage({ top: '5' })).toBe('no error');
  });

  it('prefixes every error with brigade:, commander’s included', () => {
    const run = cli(['scan', 'fixtures/demo/comments.csv', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^brigade: unknown option '--bogus'/);
    expect(cli(['scan', 'fixtures/demo/comments.csv', '--top', '1.5']).stderr).toMatch(/^brigade: --top must be a whole number ≥ 1 \(got 1\.5\)$/m);
  }, CLI_TIMEOUT);

  it('-o and -q are --out and --quiet', () => {
    // The small hostile fixture: the short flags do not depend on the size of the scan.
    const f = tempFiles({});
    const run = cli(['scan', 'fixtures/hostile/comments.csv', '-q', '-o', join(f.dir, 'r.json'), '--format', 'json']);
    expect([run.code, run.stdout, run.stderr.includes('comments: read')]).toEqual([0, '', false]);
    expect(JSON.parse(readFileSync(join(f.dir, 'r.json'), 'utf8')).summary.comments).toBeGreaterThan(0);
  }, CLI_TIMEOUT);

  it('shows 17-digit ids whole in the table, and no colour codes', () => {
    const table = renderTable(demo, 120);
    const flagged = demo.accounts.filter((a) => a.verdict !== 'authentic').slice(0, 50);
    expect(flagged.every((a) => a.id.length === 17)).toBe(true);
    for (const a of flagged) expect(table).toContain(a.id);
    expect(table).not.toContain('\x1b');
    expect(table).not.toMatch(/; \(strong evidence\)|; \(independent signals together\)/);
    expect(table).toMatch(/independent signals together: /);
  });

  it('counts in the singular when there is one', () => {
    const profile = demo.meta.options.profile;
    expect(evidenceText({ signal: 'copy-paste', code: 'copy-paste', strength: 0.3, texts: 1, largestFamily: 3 }, profile)).toBe('1 of its comments is a copy of text other accounts posted too (largest family: 3 accounts)');
    expect(evidenceText({ signal: 'copy-paste', code: 'copy-paste', strength: 0.3, texts: 2, largestFamily: 3 }, profile)).toMatch(/^2 of its comments are copies of text/);
    expect(evidenceText({ signal: 'co-commenting', code: 'co-commenting', strength: 0.3, window: 60, partners: 1, pairs: 1, posts: 1 }, profile)).toBe(
      'commented within 60 s of 1 other account, again and again (1 coordinated pair, on 1 post)',
    );
    expect(evidenceText({ signal: 'network-member', code: 'network-member', strength: 0.65, network: 'n2', ties: 3, mutual: 0, templates: 1, copies: 2, comments: 3, via: 'page', size: 20, basis: 'pages' }, profile)).toBe(
      'in network n2, judged inauthentic as a group (Pages posing as people; 3 ties; 2 of its 3 comments copy 1 template of the network)',
    );
    expect(warningText({ code: 'zoneless-times', file: 'a.csv', args: { rows: 1, zone: 'UTC' } })).toBe('a.csv: 1 time had no zone and was read as UTC (--input-tz)');
    expect(warningText({ code: 'excel-mangled-ids', file: 'a.csv', args: { rows: 1 } })).toMatch(/^a\.csv: 1 author id looks mangled by Excel/);
    expect(warningText({ code: 'excel-mangled-ids', file: 'a.csv', args: { rows: 2 } })).toMatch(/^a\.csv: 2 author ids look mangled by Excel/);
    expect(summaryText({ accounts: 2, inauthentic: 0, suspicious: 0, authentic: 2, comments: 1, posts: 1 })).toBe('accounts: 2 (0 inauthentic, 0 suspicious, 2 authentic) over 1 comment on 1 post');
    expect(networkText({ ...demo.networks[0]!, size: 3, posts: 1 })).toMatch(/^network n1: 3 accounts on 1 post;/);
    expect(reasonsText(['a', 'b'], 'strong')).toBe('strong evidence: a; b');
    expect(reasonsText(['a'], 'none')).toBe('a');
  });
});
