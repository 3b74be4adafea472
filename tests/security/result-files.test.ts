import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reproduce } from '../../src/commands/reproduce.js';
import { sampleSheet } from '../../src/commands/sample.js';
import { InputError } from '../../src/errors.js';
import { renderJson } from '../../src/report/json.js';
import { readResult } from '../../src/result-io.js';
import { recordedPath } from '../../src/util/safe-path.js';
import { tempFiles } from '../helpers/files.js';
import { ROOT, scan } from '../helpers/scan.js';

/** A folder with the hostile fixture, a secret beside it (outside the result's folder) and a result of it. */
async function workspace() {
  const outer = tempFiles({ 'secret.txt': 'SECRET_TOKEN=hunter2\n' });
  const dir = join(outer.dir, 'case');
  mkdirSync(dir);
  copyFileSync(`${ROOT}/fixtures/hostile/comments.csv`, join(dir, 'comments.csv'));
  const result = await scan([join(dir, 'comments.csv')]);
  for (const input of result.meta.inputs) input.file = recordedPath(input.file, dir);
  const write = (edit: (r: any) => void = () => undefined) => {
    const copy = JSON.parse(renderJson(result));
    edit(copy);
    writeFileSync(join(dir, 'result.json'), JSON.stringify(copy));
    return join(dir, 'result.json');
  };
  return { outer: outer.dir, dir, secret: outer['secret.txt'], write };
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
};

describe('a result file cannot make brigade read or print any file (issue #13, 1)', () => {
  it('records inputs relative to the result and reproduces from there', async () => {
    const w = await workspace();
    const path = w.write();
    expect(JSON.parse(readFileSync(path, 'utf8')).meta.inputs[0].file).toBe('comments.csv');
    expect((await reproduce(path)).code).toBe(0);
  });

  it('refuses absolute paths, .. escapes, Windows and home paths, before opening them', async () => {
    const w = await workspace();
    for (const file of ['/etc/passwd', w.secret, '../secret.txt', 'sub/../../secret.txt', '..\\secret.txt', 'C:\\Windows\\win.ini', '~/secret.txt']) {
      const path = w.write((r) => (r.meta.inputs[0].file = file));
      const message = await refusal(reproduce(path));
      expect(message).toMatch(/absolute path|climbs out/);
      expect(message).not.toContain('hunter2');
      expect(await refusal(sampleSheet(path, { n: 5, seed: 1, of: 'comments' }))).not.toContain('hunter2');
    }
  });

  it('refuses a symbolic link that leads out of the folder', async () => {
    const w = await workspace();
    symlinkSync(w.secret, join(w.dir, 'innocent.csv'));
    const path = w.write((r) => (r.meta.inputs[0].file = 'innocent.csv'));
    expect(await refusal(reproduce(path))).toMatch(/symbolic link that leads out/);
  });

  it('says a stdin input cannot be reproduced', async () => {
    const w = await workspace();
    const path = w.write((r) => (r.meta.inputs[0].file = '-'));
    expect(await refusal(reproduce(path))).toMatch(/standard input/);
  });

  it('a changed input is exit 1 without reading it: its content is never parsed or shown', async () => {
    const w = await workspace();
    const path = w.write();
    writeFileSync(join(w.dir, 'comments.csv'), 'comment_id\nSECRET_TOKEN=hunter2\n');
    const outcome = await reproduce(path);
    expect(outcome.code).toBe(1);
    expect(outcome.text).toMatch(/^not reproduced: input changed/);
    expect(outcome.text).not.toContain('hunter2');
    expect(await refusal(sampleSheet(path, { n: 5, seed: 1, of: 'comments' }))).toMatch(/differs from the input/);
  });

  it('looks in --inputs-dir instead of the result folder when asked', async () => {
    const w = await workspace();
    const path = w.write((r) => (r.meta.inputs[0].file = '../data/comments.csv'));
    mkdirSync(join(w.outer, 'data'));
    copyFileSync(join(w.dir, 'comments.csv'), join(w.outer, 'data', 'comments.csv'));
    await refusal(reproduce(path));
    expect((await reproduce(path, join(w.outer, 'data'))).code).toBe(0);
  });

  it('validates meta.options as the command line does', async () => {
    const w = await workspace();
    const cases: [(r: any) => void, RegExp][] = [
      [(r) => (r.meta.options.top = -1), /meta\.options\.top/],
      [(r) => (r.meta.options.skipBadRows = 'yes'), /meta\.options\.skipBadRows/],
      [(r) => (r.meta.options.columnMap = { author_id: 'a', secret: 'b' }), /meta\.options\.columnMap/],
      [(r) => (r.meta.options.profile.zone = 'Mars/Olympus'), /meta\.options\.profile\.zone/],
      [(r) => (r.meta.options.signals['co-commenting'] = { timeWindow: -5 }), /meta\.options\.signals\.co-commenting/],
      [(r) => (r.meta.options.verdict = { suspiciousScore: 0.9, inauthenticScore: 0.5 }), /suspiciousScore/],
      [(r) => (r.meta.options = {}), /meta\.options\.profile/],
    ];
    for (const [edit, message] of cases) expect(await refusal(reproduce(w.write(edit)))).toMatch(message);
  });

  it('a 600 MB file given as a result gets a clear message, not "cannot be read (undefined)"', async () => {
    const f = tempFiles({ 'big.json': '' });
    truncateSync(f['big.json'], 600 * 1024 * 1024); // sparse: no disk used
    const message = await refusal(readResult(f['big.json']));
    expect(message).toMatch(/600 MB/);
    expect(message).not.toContain('undefined');
  });

  it('a result nested 500 deep is an input error, not a stack overflow', async () => {
    const f = tempFiles({ 'deep.json': `${'['.repeat(500)}${']'.repeat(500)}` });
    expect(await refusal(readResult(f['deep.json']))).toMatch(/nested 500 deep/);
  });
});
