import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkResult, parseTolerance } from '../src/commands/check.js';
import { reproduce } from '../src/commands/reproduce.js';
import { BrigadeError, UsageError } from '../src/errors.js';
import { renderJson } from '../src/report/json.js';
import type { ScanResult } from '../src/result.js';
import { readResult } from '../src/result-io.js';
import { tempFiles } from './helpers/files.js';
import { CLI_TIMEOUT, clis, demo, DEMO_SCAN_TIMEOUT, ROOT, scan } from './helpers/scan.js';

const GOLDEN = `${ROOT}/fixtures/demo/expected.json`;
const golden = (): ScanResult => JSON.parse(readFileSync(GOLDEN, 'utf8'));

function edited(edit: (result: any) => void): string {
  const result = golden();
  edit(result);
  const f = tempFiles({ 'expected.json': JSON.stringify(result) });
  return f['expected.json'];
}

/** A change to the golden result: the first account's verdict flipped, the post's share moved 5 points down. */
function changed(result: any) {
  result.accounts[0].verdict = 'authentic';
  result.topN.posts[0].share -= 0.05;
}

describe('brigade check (CI regression)', () => {
  it('passes a fresh scan of the shipped fixture against its expected result', async () => {
    const { result } = await demo();
    expect(checkResult(result, golden(), 0.02)).toEqual({ code: 0, text: 'check passed: 982 verdicts identical, 1 post within 2.0 points\n' });
  }, DEMO_SCAN_TIMEOUT);

  it('fails with a readable diff on a changed verdict or a share moved beyond the tolerance', async () => {
    const { result } = await demo();
    const expected = golden();
    changed(expected);
    const id = result.accounts[0]!.id;
    const outcome = checkResult(result, expected, 0.02);
    expect(outcome.code).toBe(1);
    expect(outcome.text).toContain(`account ${id}: authentic → inauthentic`);
    expect(outcome.text).toMatch(/share \d+\.\d% → \d+\.\d% \(\+5\.0 points\)/);
    // Within a 6-point tolerance only the verdict remains.
    expect(checkResult(result, expected, 0.06).text).toMatch(/^check failed: 1 difference /);
  }, DEMO_SCAN_TIMEOUT);

  it('refuses another schema version, other inputs, a bad tolerance or a file that is no result (exit 2)', async () => {
    const junk = tempFiles({ 'x.json': '{"hello": 1}', 'y.json': '{' });
    for (const path of [edited((r) => (r.schemaVersion = 1)), junk['x.json'], junk['y.json']]) {
      const error = await readResult(path).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(BrigadeError);
      expect((error as BrigadeError).exitCode).toBe(2);
    }
    const other = golden();
    other.meta.inputs[0]!.sha256 = 'f'.repeat(64);
    expect(() => checkResult(golden(), other, 0.02)).toThrow(/other inputs \(their sha256 differ: comments ffffffffffff… expected, comments [0-9a-f]{12}… read\)/);
    // A reactions file left out is said as such, not as a changed file.
    const fewer = golden();
    fewer.meta.inputs = fewer.meta.inputs.filter((i) => i.role === 'comments');
    expect(() => checkResult(fewer, golden(), 0.02)).toThrow(/other inputs \(the expected result read 2 inputs \(comments, reactions\), this one 1 \(comments\)\)/);
    expect(() => parseTolerance('-1')).toThrow(UsageError);
  });

  it('the binary: exit 0 for the same findings, 1 for a changed one, 2 for a result of another schema (check and reproduce)', async () => {
    const f = tempFiles({ 'fresh.json': renderJson((await demo()).result) });
    const [same, different, v1, reproduceV1] = await clis([
      ['check', f['fresh.json'], '--expect', GOLDEN],
      ['check', f['fresh.json'], '--expect', edited(changed)],
      ['check', f['fresh.json'], '--expect', edited((r) => (r.schemaVersion = 1))],
      ['reproduce', edited((r) => (r.schemaVersion = 1))],
    ]);
    expect([same!.code, same!.stdout]).toEqual([0, 'check passed: 982 verdicts identical, 1 post within 2.0 points\n']);
    expect(different!.code).toBe(1);
    expect(different!.stdout).toMatch(/^check failed: 2 differences /);
    // A version-1 result is of another contract: check and reproduce say so (report too: tests/report/html.test.ts).
    for (const run of [v1!, reproduceV1!]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^brigade: .*is of another version: schemaVersion 1, written by an older brigade; this brigade reads schemaVersion 2 only/);
    }
  }, CLI_TIMEOUT);
});

describe('brigade reproduce', () => {
  it('re-runs a result from its recorded inputs and options: identical → exit 0', async () => {
    // The golden names its inputs from its own folder (written with --out there): found without --inputs-dir.
    const [run] = await clis([['reproduce', 'fixtures/demo/expected.json']]);
    expect([run!.code, run!.stdout]).toEqual([0, 'reproduced: 982 verdicts and every figure identical (brigade 0.1.0, recorded with 0.1.0)\n']);
  }, CLI_TIMEOUT);

  it('finds relative inputs beside the result file, and reports a changed input (exit 1)', async () => {
    const f = tempFiles({});
    const comments = readFileSync(`${ROOT}/fixtures/hostile/comments.csv`, 'utf8');
    copyFileSync(`${ROOT}/fixtures/hostile/comments.csv`, `${f.dir}/comments.csv`);
    const result = JSON.parse(renderJson(await scan([`${f.dir}/comments.csv`])));
    // Recorded paths relative to the result's folder.
    for (const input of result.meta.inputs) input.file = input.file.replace(`${f.dir}/`, '');
    writeFileSync(`${f.dir}/result.json`, JSON.stringify(result));
    // In-process while identical (the binary's exit 0: the test above); the binary once the input changed.
    expect(await reproduce(`${f.dir}/result.json`)).toEqual({ code: 0, text: `reproduced: ${result.accounts.length} verdicts and every figure identical (brigade 0.1.0, recorded with 0.1.0)\n` });
    // One comment row dropped: the hash changes.
    writeFileSync(`${f.dir}/comments.csv`, comments.split('\n').filter((_, i) => i !== 5).join('\n'));
    const [run] = await clis([['reproduce', `${f.dir}/result.json`]]);
    expect(run!.code).toBe(1);
    expect(run!.stdout).toMatch(/^not reproduced: input changed \(1 of 1\)/);
    expect(run!.stdout).toContain('comments.csv: sha256 differs');
  }, CLI_TIMEOUT);

  it('refuses a result from stdin, and a result whose inputs are gone (exit 2)', async () => {
    const [stdin, gone] = await clis([['reproduce', '-'], ['reproduce', edited((r) => (r.meta.inputs[0].file = 'no/such/comments.csv'))]]);
    expect(stdin!.code).toBe(2);
    expect(gone!.code).toBe(2);
    expect(gone!.stderr).toMatch(/no\/such\/comments\.csv: not found in .* \(give the folder the inputs are in with --inputs-dir\)/);
  }, CLI_TIMEOUT);
});
