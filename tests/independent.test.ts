// The independent generator (independent/, written without reading the detector) checked as a
// generator only: same seed, same bytes; every author labelled; every knob inside its range.
// Detection quality is what independent/evaluate.mjs measures, not this file.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
// @ts-expect-error plain ESM script folder without type declarations
import { FAMILIES, RANGES, drawKnobs, generate, render } from '../independent/generate.mjs';
// @ts-expect-error plain ESM script folder without type declarations
import { Rng } from '../independent/rng.mjs';

type Row = Record<string, string>;
const rows = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true });

// control seed 3 draws neither reactions nor the Page flag; seed 2 draws both (small draws, fast)
let cached: Record<string, string> | undefined;
const control3 = (): Record<string, string> => (cached ??= render(generate('control', 3)));

describe('independent generator', () => {
  it('writes the same files for the same family and seed, and other knobs for another seed', () => {
    expect(render(generate('control', 3))).toEqual(control3());
    const k3 = drawKnobs('control', new Rng(3, 'control').fork('knobs'));
    const k4 = drawKnobs('control', new Rng(4, 'control').fork('knobs'));
    expect(k4).not.toEqual(k3);
  });

  it('labels every author and every reactor, and writes the Page columns only with the Page flag', () => {
    const withAll = render(generate('control', 2));
    expect(withAll['reactions.csv']).toBeDefined();
    const truth = new Map(rows(withAll['truth.csv']).map((r) => [r.account_id, r]));
    const comments = rows(withAll['comments.csv']);
    expect(comments.length).toBeGreaterThan(500);
    for (const c of comments) expect(truth.has(c.author_id)).toBe(true);
    for (const r of rows(withAll['reactions.csv'])) expect(truth.has(r.reactor_id)).toBe(true);
    for (const t of truth.values()) expect(['inauthentic', 'authentic']).toContain(t.label);
    expect(Object.keys(comments[0])).toContain('author_type');
    const kinds = new Set([...truth.values()].map((t) => t.kind));
    for (const k of ['student', 'colleague', 'seller', 'public-figure', 'media', 'citizen']) expect(kinds.has(k)).toBe(true);
    expect(kinds.has('brigade-page')).toBe(false); // a control has no brigade

    const bare = control3();
    expect(bare['reactions.csv']).toBeUndefined();
    expect(bare['comments.csv'].split('\n')[0]).not.toMatch(/author_type|author_category/);
  });

  it('draws every knob inside its range, and the ranges are at least the issue\'s', () => {
    // plain checks collected into one list: tens of thousands of expect() calls would cost seconds
    const outside: string[] = [];
    const seen: Record<string, Set<unknown>> = {};
    for (const family of FAMILIES as string[]) {
      for (let seed = 0; seed < 150; seed++) {
        const k = drawKnobs(family, new Rng(seed, family).fork('knobs'));
        for (const [name, range] of Object.entries(RANGES[family] as Record<string, unknown[] | null>)) {
          if (range === null) continue;
          const v = k[name];
          const ok = range.length === 2 && typeof range[0] === 'number'
            ? typeof v === 'number' && v >= (range[0] as number) && v <= (range[1] as number)
            : range.includes(v);
          if (!ok) outside.push(`${family} seed ${seed}: ${name}=${String(v)} outside ${JSON.stringify(range)}`);
          (seen[`${family}.${name}`] ??= new Set()).add(v);
        }
        if (!(k.commentsMin >= 2 && k.commentsMax <= 40 && k.commentsMax > k.commentsMin)) {
          outside.push(`${family} seed ${seed}: comments ${k.commentsMin}-${k.commentsMax}`);
        }
      }
    }
    expect(outside).toEqual([]);
    const atLeast = (family: string, name: string, lo: number, hi: number) => {
      const r = RANGES[family][name];
      expect(r[0]).toBeLessThanOrEqual(lo);
      expect(r[1]).toBeGreaterThanOrEqual(hi);
    };
    for (const f of ['flood', 'month', 'bare']) {
      atLeast(f, 'commentsMin', 2, 2);
      atLeast(f, 'commentsMax', 40, 40);
      atLeast(f, 'inShiftShare', 0.5, 0.97);
      atLeast(f, 'insideReactionShare', 0.5, 0.95);
      atLeast(f, 'personCategoryShare', 0, 0.4);
      atLeast(f, 'fakeProfileShare', 0, 0.7);
      atLeast(f, 'templateShare', 0.2, 1);
    }
    for (const f of ['flood', 'month']) {
      expect(seen[`${f}.reactions`]).toEqual(new Set([true, false]));
      expect(seen[`${f}.pageFlag`]).toEqual(new Set([true]));
    }
    expect(seen['bare.pageFlag']).toEqual(new Set([false]));
    expect(seen['bare.reactions']).toEqual(new Set([false]));
    expect(seen['flood.posts']).toEqual(new Set([1]));
    expect(seen['month.posts']).toEqual(new Set([40]));
    expect(RANGES['organic-hours'].inShiftShare).toBeNull();
    // the knobs a draw records are the ones drawKnobs gives for its seed
    expect(generate('control', 3).knobs).toEqual(drawKnobs('control', new Rng(3, 'control').fork('knobs')));
  });
});
