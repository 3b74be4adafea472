import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempFiles } from './helpers/files.js';
import { cli, ROOT } from './helpers/scan.js';

const DEMO = ['fixtures/demo/comments.csv', '--reactions', 'fixtures/demo/reactions.csv'];
const GOLDEN = `${ROOT}/fixtures/demo/expected.json`;

function edited(edit: (result: any) => void): string {
  const result = JSON.parse(readFileSync(GOLDEN, 'utf8'));
  edit(result);
  const f = tempFiles({ 'expected.json': JSON.stringify(result) });
  return f['expected.json'];
}

describe('brigade check (CI regression)', () => {
  it('passes the shipped fixture against its expected result, from a scan and with scan --expect', () => {
    const run = cli(['check', 'fixtures/demo/expected.json', '--expect', 'fixtures/demo/expected.json']);
    expect([run.code, run.stdout]).toEqual([0, 'check passed: 982 verdicts identical, 1 posts within 2.0 points\n']);
    const scan = cli(['scan', ...DEMO, '--format', 'json', '--expect', 'fixtures/demo/expected.json']);
    expect(scan.code).toBe(0);
    expect(scan.stderr).toContain('check passed');
  });

  it('fails with a readable diff on a changed verdict or a share moved beyond the tolerance', () => {
    const expected = edited((r) => {
      r.accounts[0].verdict = 'authentic';
      r.topN.posts[0].share -= 0.05;
    });
    const id = JSON.parse(readFileSync(GOLDEN, 'utf8')).accounts[0].id;
    const run = cli(['check', 'fixtures/demo/expected.json', '--expect', expected]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`account ${id}: authentic → inauthentic`);
    expect(run.stdout).toMatch(/share \d+\.\d% → \d+\.\d% \(\+5\.0 points\)/);
    // Within a 6-point tolerance only the verdict remains.
    expect(cli(['check', 'fixtures/demo/expected.json', '--expect', expected, '--tolerance', '0.06']).stdout).toMatch(/^check failed: 1 difference /);
  });

  it('exits 2 for another schema version, other inputs, a bad tolerance or a file that is no result', () => {
    const v1 = edited((r) => (r.schemaVersion = 1));
    const other = edited((r) => (r.meta.inputs[0].sha256 = 'f'.repeat(64)));
    const junk = tempFiles({ 'x.json': '{"hello": 1}', 'y.json': '{' });
    for (const args of [
      ['check', 'fixtures/demo/expected.json', '--expect', v1],
      ['check', 'fixtures/demo/expected.json', '--expect', other],
      ['check', 'fixtures/demo/expected.json', '--expect', GOLDEN, '--tolerance', '-1'],
      ['check', junk['x.json'], '--expect', GOLDEN],
      ['check', junk['y.json'], '--expect', GOLDEN],
    ]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^brigade: /);
    }
  });

  it('says a version-1 result is of another version, in check and reproduce alike (exit 2)', () => {
    const v1 = edited((r) => (r.schemaVersion = 1));
    for (const args of [['check', v1, '--expect', GOLDEN], ['reproduce', v1]]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/is of another version: schemaVersion 1, written by an older brigade; this brigade reads schemaVersion 2 only/);
    }
  });
});

describe('brigade reproduce', () => {
  it('re-runs a result from its recorded inputs and options: identical → exit 0', () => {
    const run = cli(['reproduce', 'fixtures/demo/expected.json']);
    expect([run.code, run.stdout]).toEqual([0, 'reproduced: 982 verdicts and every figure identical (brigade 0.1.0, recorded with 0.1.0)\n']);
  });

  it('finds relative inputs beside the result file, and reports a changed input (exit 1)', () => {
    const f = tempFiles({});
    copyFileSync(`${ROOT}/fixtures/demo/reactions.csv`, `${f.dir}/reactions.csv`);
    const comments = readFileSync(`${ROOT}/fixtures/demo/comments.csv`, 'utf8');
    writeFileSync(`${f.dir}/comments.csv`, comments);
    expect(cli(['scan', `${f.dir}/comments.csv`, '--reactions', `${f.dir}/reactions.csv`, '--format', 'json', '--out', `${f.dir}/result.json`]).code).toBe(0);
    // Make the recorded paths relative to the result's folder.
    const result = JSON.parse(readFileSync(`${f.dir}/result.json`, 'utf8'));
    for (const input of result.meta.inputs) input.file = input.file.replace(`${f.dir}/`, '');
    writeFileSync(`${f.dir}/result.json`, JSON.stringify(result));
    expect(cli(['reproduce', `${f.dir}/result.json`]).code).toBe(0);
    // One comment row dropped: the hash and the findings change.
    writeFileSync(`${f.dir}/comments.csv`, comments.split('\n').filter((_, i) => i !== 5).join('\n'));
    const run = cli(['reproduce', `${f.dir}/result.json`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^not reproduced: 1 input\(s\) changed/);
    expect(run.stdout).toContain('comments.csv: sha256 differs');
  });

  it('refuses a result from stdin, and a result whose inputs are gone (exit 2)', () => {
    expect(cli(['reproduce', '-']).code).toBe(2);
    const gone = edited((r) => (r.meta.inputs[0].file = 'no/such/comments.csv'));
    const run = cli(['reproduce', gone]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no\/such\/comments\.csv: input of .* not found/);
  });
});
