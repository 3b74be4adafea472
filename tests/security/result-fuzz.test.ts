import { copyFileSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * Every command that reads a result file, fed mutated results: no exception other than a user-facing
 * BrigadeError, and no file-system call on a path outside the result's folder. The spy wraps node:fs
 * and node:fs/promises as the sources import them, so every path brigade hands to the OS is seen.
 */
const touched: string[] = [];
const record = (value: unknown) => {
  if (typeof value === 'string') touched.push(value);
  else if (value instanceof URL) touched.push(value.pathname);
  else if (Buffer.isBuffer(value)) touched.push(value.toString());
};
function spy<T extends Record<string, unknown>>(actual: T): T {
  const wrapped: Record<string, unknown> = { ...actual };
  for (const [name, value] of Object.entries(actual)) {
    if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
    wrapped[name] = (...args: unknown[]) => {
      record(args[0]);
      if (/rename|copyFile|link|symlink/.test(name)) record(args[1]);
      return (value as (...a: unknown[]) => unknown)(...args);
    };
  }
  return wrapped as T;
}
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const wrapped = spy(actual);
  return { ...wrapped, default: wrapped };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const wrapped = spy(actual);
  return { ...wrapped, default: wrapped };
});

const { reproduce } = await import('../../src/commands/reproduce.js');
const { sampleSheet } = await import('../../src/commands/sample.js');
const { evaluationText } = await import('../../src/commands/eval.js');
const { checkResult } = await import('../../src/commands/check.js');
const { renderStoredResult } = await import('../../src/report/render.js');
const { readResult } = await import('../../src/result-io.js');
const { renderJson } = await import('../../src/report/json.js');
const { recordedPath } = await import('../../src/util/safe-path.js');
const { BrigadeError } = await import('../../src/errors.js');
const { Random } = await import('../../src/util/random.js');
const { tempFiles } = await import('../helpers/files.js');
const { ROOT, scan } = await import('../helpers/scan.js');

/** Paths a hostile result may name. */
function hostilePaths(outer: string): string[] {
  return [
    '/etc/passwd', `${outer}/secret.txt`, '../secret.txt', 'a/../../secret.txt', '..', '.', '', '-', 'sub', 'out-link.csv',
    'C:\\Windows\\win.ini', '\\\\server\\share\\x.csv', '~/secret.txt', 'file:///etc/passwd', 'comments.csv\u0000.png',
    '%2e%2e/secret.txt', '..\\secret.txt', 'comments.csv/..', '\u001b[2Jcomments.csv', 'x'.repeat(5000),
  ];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function randomValue(random: InstanceType<typeof Random>, outer: string): Json {
  const choices: (() => Json)[] = [
    () => null, () => true, () => -1, () => 0, () => 1e308, () => Number.MAX_SAFE_INTEGER + 2, () => 0.5, () => '',
    () => random.pick(hostilePaths(outer)), () => [], () => ({}), () => 'a'.repeat(random.int(100)), () => [1, 'x', null],
    () => ({ file: random.pick(hostilePaths(outer)), role: 'comments', sha256: 'x' }), () => '\u202e\u001b]0;t\u0007',
  ];
  return random.pick(choices)();
}

/** Every (parent, key) in a JSON value, up to a depth. */
function slots(value: Json, out: [Record<string, Json> | Json[], string | number][] = [], depth = 0): typeof out {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) value.slice(0, 5).forEach((v, i) => (out.push([value, i]), slots(v, out, depth + 1)));
  else for (const [k, v] of Object.entries(value)) out.push([value, k]), slots(v, out, depth + 1);
  return out;
}

function mutate(text: string, random: InstanceType<typeof Random>, outer: string): string {
  const kind = random.int(10);
  if (kind === 0) return text.slice(0, random.int(text.length)); // cut off
  if (kind === 1) {
    const at = random.int(text.length);
    return text.slice(0, at) + String.fromCharCode(random.int(256)) + text.slice(at + 1);
  }
  const json = JSON.parse(text) as Json;
  const root = json as { meta: { inputs: { file: string; sha256: string }[]; options: Record<string, Json> } };
  for (let n = 1 + random.int(3); n > 0; n--) {
    const which = random.int(6);
    if (which === 0) root.meta.inputs[0]!.file = random.pick(hostilePaths(outer));
    else if (which === 1) root.meta.inputs[0]!.sha256 = random.chance(0.5) ? '0'.repeat(64) : root.meta.inputs[0]!.sha256;
    else {
      const all = slots(which === 2 ? (root.meta.options as Json) : json);
      if (all.length === 0) continue;
      const [parent, key] = random.pick(all);
      if (random.chance(0.3) && !Array.isArray(parent)) delete (parent as Record<string, Json>)[key as string];
      else (parent as Record<string | number, Json>)[key] = randomValue(random, outer);
    }
  }
  return JSON.stringify(json);
}

describe('fuzz: commands reading mutated result files (issue #13)', () => {
  it('never throw anything but an input or usage error, and touch no path outside the result folder', async () => {
    const outer = realpathSync(tempFiles({ 'secret.txt': 'SECRET_TOKEN=hunter2\n' }).dir);
    const dir = join(outer, 'case');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(`${ROOT}/fixtures/hostile/comments.csv`, join(dir, 'comments.csv'));
    symlinkSync(join(outer, 'secret.txt'), join(dir, 'out-link.csv'));
    const result = await scan([join(dir, 'comments.csv')]);
    for (const input of result.meta.inputs) input.file = recordedPath(input.file, dir);
    const valid = renderJson(result);
    writeFileSync(join(dir, 'labels.csv'), `author_id,label\n${result.accounts.map((a, i) => `${a.id},${i % 2 ? 'authentic' : 'inauthentic'}`).join('\n')}\n`);
    const expected = join(dir, 'expected.json');
    writeFileSync(expected, valid);

    const random = new Random(13);
    const inside = (path: string) => resolve(dir, path) === dir || resolve(dir, path).startsWith(dir + sep);
    const failures: string[] = [];
    let accepted = 0;
    const messages: string[] = [];
    for (let i = 0; i < 120; i++) {
      const mutated = mutate(valid, random, outer);
      const path = join(dir, 'result.json');
      writeFileSync(path, mutated);
      touched.length = 0;
      const commands: [string, () => Promise<unknown>][] = [
        ['reproduce', () => reproduce(path)],
        ['sample', () => sampleSheet(path, { n: 5, seed: 1, of: random.chance(0.5) ? 'comments' : 'accounts' })],
        ['eval', () => evaluationText(path, join(dir, 'labels.csv'), 'text')],
        ['check', async () => checkResult(await readResult(path), await readResult(expected), 0.02)],
        ['report', async () => renderStoredResult(path, await readResult(path), random.chance(0.5) ? 'html' : 'markdown')],
      ];
      for (const [name, command] of commands) {
        try {
          const output = await command();
          accepted++;
          expect(JSON.stringify(output ?? '')).not.toContain('hunter2');
        } catch (error) {
          if (!(error instanceof BrigadeError)) failures.push(`${name} #${i}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}\n  result: ${mutated.slice(0, 300)}`);
          else {
            expect((error as Error).message).not.toContain('hunter2');
            messages.push(`${name}: ${(error as Error).message.slice(0, 120)}`);
          }
        }
      }
      const outside = touched.filter((p) => !inside(p) && !p.startsWith(ROOT));
      if (outside.length > 0) failures.push(`#${i} touched ${outside.join(', ')}`);
    }
    // The spy sees what brigade opens: a valid result's input is read from inside the folder.
    writeFileSync(join(dir, 'result.json'), valid);
    touched.length = 0;
    expect((await reproduce(join(dir, 'result.json'))).code).toBe(0);
    expect(touched).toContain(join(dir, 'comments.csv'));
    if (process.env.FUZZ_DEBUG) console.log(accepted, messages);
    expect(failures).toEqual([]);
    expect(accepted).toBeGreaterThan(20); // the mutations leave enough valid results to exercise the commands
  }, 120_000);
});
