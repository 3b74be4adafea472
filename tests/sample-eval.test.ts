import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationText, roganGladen } from '../src/commands/eval.js';
import { sampleSheet, type SampleRequest } from '../src/commands/sample.js';
import { BrigadeError } from '../src/errors.js';
import { tempFiles } from './helpers/files.js';
import { CLI_TIMEOUT, clis, DEMO_SCAN_TIMEOUT, ROOT } from './helpers/scan.js';

const RESULT = 'fixtures/demo/expected.json';
/** The core of `brigade sample RESULT`, in-process (the golden names its inputs from its own folder). */
const sheet = async (request: SampleRequest) => (await sampleSheet(`${ROOT}/${RESULT}`, request)).sheet;
const truth = new Map(
  readFileSync(`${ROOT}/fixtures/demo/truth.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => [c[0]!, c[3]!] as const),
);

/** Fills the label column of a sheet from the generator's truth, flipping the labels of `flip` rows. */
function label(sheet: string, flip = 0): string {
  const rows = parse(sheet, { columns: true }) as Record<string, string>[];
  const cols = Object.keys(rows[0]!);
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [cols.join(','), ...rows.map((r, i) => {
    let l = truth.get(r.author_id!.replace(/^'/, ''))!;
    if (i < flip) l = l === 'inauthentic' ? 'authentic' : 'inauthentic';
    return cols.map((c) => q(c === 'label' ? l : r[c]!)).join(',');
  })].join('\n');
}

describe('brigade sample', () => {
  it('draws the same sample for the same seed, another for another, without verdicts', async () => {
    // The binary once; the same draw and another seed's in-process.
    const [a] = await clis([['sample', RESULT, '--n', '20', '--seed', '7']]);
    expect(a!.code).toBe(0);
    expect(a!.stderr).toBe('sampled 20 of 300 top-N comments\n');
    const [same, other] = await Promise.all([sheet({ n: 20, seed: 7, of: 'comments' }), sheet({ n: 20, seed: 8, of: 'comments' })]);
    expect(same).toBe(a!.stdout);
    expect(other).not.toBe(a!.stdout);
    const rows = parse(a!.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0]!)).toEqual(['comment_id', 'post_id', 'author_id', 'author_name', 'author_type', 'author_category', 'author_url', 'created_at', 'text', 'label']);
    expect(rows.every((r) => r.label === '')).toBe(true);
    expect(a!.stdout).not.toMatch(/inauthentic/);
  }, CLI_TIMEOUT);
});

describe('brigade eval', () => {
  it('measures the verdict on labelled accounts and corrects the top-N share; counts flipped labels as errors', async () => {
    // In-process: the binary's eval is run below, on bad labels.
    const [sample200, sample100] = await Promise.all([sheet({ n: 200, seed: 3, of: 'accounts' }), sheet({ n: 100, seed: 3, of: 'accounts' })]);
    const f = tempFiles({ 'labelled.csv': label(sample200), 'clean.csv': label(sample100), 'flipped.csv': label(sample100, 10) });
    const evaluation = async (labels: string) => JSON.parse(await evaluationText(`${ROOT}/${RESULT}`, labels, 'json'));
    const [e, clean, flipped] = await Promise.all([evaluation(f['labelled.csv']), evaluation(f['clean.csv']), evaluation(f['flipped.csv'])]);
    expect(e.labelled).toBe(200);
    expect(e.tp + e.fn).toBe([...parse(sample200, { columns: true })].filter((r: any) => truth.get(r.author_id) === 'inauthentic').length);
    expect(e.fp).toBe(0);
    expect(e.precision.value).toBe(1);
    expect(e.correctedShare.observed).toBe(JSON.parse(readFileSync(`${ROOT}/${RESULT}`, 'utf8')).topN.overall.share);
    expect(flipped.tp + flipped.fp + flipped.fn + flipped.tn).toBe(100);
    // Each flipped label turns a right verdict into an error and an error (a brigade account left suspicious) into a right one.
    const verdicts = new Map<string, string>(JSON.parse(readFileSync(`${ROOT}/${RESULT}`, 'utf8')).accounts.map((a: { id: string; verdict: string }) => [a.id, a.verdict]));
    const flippedRows = (parse(sample100, { columns: true }) as Record<string, string>[]).slice(0, 10).map((r) => r.author_id!.replace(/^'/, ''));
    const change = flippedRows.reduce((sum, id) => sum + ((truth.get(id) === 'inauthentic') === (verdicts.get(id) === 'inauthentic') ? 1 : -1), 0);
    expect(flipped.fp + flipped.fn).toBe(clean.fp + clean.fn + change);
    expect(change).toBeGreaterThanOrEqual(6);
  }, DEMO_SCAN_TIMEOUT);

  it('implements Rogan–Gladen: p = (p̂ + Sp − 1)/(Se + Sp − 1), clamped', () => {
    expect(roganGladen(0.5, 0.9, 0.95)).toBeCloseTo((0.5 + 0.95 - 1) / (0.9 + 0.95 - 1), 12);
    expect(roganGladen(0.98, 0.9, 0.99)).toBe(1);
    expect(roganGladen(0.01, 0.9, 0.95)).toBe(0);
    const e = evaluate([...Array(9).fill({ verdict: 'inauthentic', label: 'inauthentic' }), { verdict: 'authentic', label: 'inauthentic' }, ...Array(10).fill({ verdict: 'authentic', label: 'authentic' })], 0.6);
    expect([e.tp, e.fn, e.tn, e.fp, e.recall.value, e.specificity.value]).toEqual([9, 1, 10, 0, 0.9, 1]);
    expect(e.correctedShare!.value).toBeCloseTo(0.6 / 0.9, 12);
    expect(e.correctedShare!.ci95[0]).toBeLessThanOrEqual(e.correctedShare!.value);
  });

  it('exits 2 for labels other than the documented ones and for ids not in the result', async () => {
    const f = tempFiles({
      'bad-label.csv': 'author_id,label\n20001000000000763,troll\n',
      'unknown.csv': 'author_id,label\nnobody,inauthentic\n',
      'no-label.csv': 'author_id\n1\n',
    });
    const cases = [['bad-label.csv', /:2: label: label must be inauthentic, authentic or empty/], ['unknown.csv', /:2: author_id: author "nobody" is not in/], ['no-label.csv', /needs the columns author_id and label/]] as const;
    // The binary on the first: exit 2, the message on stderr; the others in-process, as input errors (exit 2).
    const [run] = await clis([['eval', RESULT, '--labels', f[cases[0][0]]]]);
    expect(run!.code).toBe(2);
    expect(run!.stdout).toBe('');
    expect(run!.stderr).toMatch(cases[0][1]);
    for (const [file, message] of cases) {
      const error = await evaluationText(`${ROOT}/${RESULT}`, f[file], 'text').catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(BrigadeError);
      expect((error as BrigadeError).exitCode, file).toBe(2);
      expect((error as Error).message).toMatch(message);
    }
  }, CLI_TIMEOUT);
});
