import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveScanOptions } from '../options.js';
import { runScan } from '../run.js';
import { generate } from './generator.js';
import { FAMILIES, KNOB_NAMES, KNOBS, knobRange, type Family, type KnobName, type KnobSpec, type Knobs } from './knobs.js';
import { measure, type DrawMetrics } from './metrics.js';
import { SCENARIOS } from './scenarios.js';
import { writeDataset } from './write.js';

/** Generates one draw of a family, scans it in-process with default options and compares with the truth. */
export async function evaluateDraw(family: Family, seed: number, fixed: Partial<Knobs> = {}, extraOptions: Record<string, unknown> = {}): Promise<DrawMetrics> {
  const directory = await mkdtemp(join(tmpdir(), `brigade-${family}-`));
  try {
    const data = generate({ ...SCENARIOS[family]!, seed, fixed });
    await writeDataset(data, directory);
    const options = resolveScanOptions({ ...extraOptions });
    const result = await runScan(
      { comments: [join(directory, 'comments.csv')], reactions: data.withReactions ? join(directory, 'reactions.csv') : undefined },
      options.analysis,
      false,
    );
    return measure(data, result);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The seed of draw `i` from base seed `seed`: draws of one base seed never collide with another's. */
export const drawSeed = (seed: number, i: number) => seed * 1000 + i;

/** `draws` draws of each family, seeds drawSeed(seed, 0…draws−1). */
export async function evaluateFamilies(
  { families = [...FAMILIES], draws, seed, fixed = {}, options = {} }: { families?: Family[]; draws: number; seed: number; fixed?: Partial<Knobs>; options?: Record<string, unknown> },
  onDraw: (m: DrawMetrics) => void = () => {},
): Promise<DrawMetrics[]> {
  const out: DrawMetrics[] = [];
  for (const family of families) {
    for (let i = 0; i < draws; i++) {
      const m = await evaluateDraw(family, drawSeed(seed, i), fixed, options);
      onDraw(m);
      out.push(m);
    }
  }
  return out;
}

export interface FamilyWorst {
  family: string;
  draws: number;
  /** Each figure is the worst over the draws, with the seed of the draw that gave it. */
  precision: { value: number; seed: number };
  recall: { value: number; seed: number };
  topNErrorPoints: { value: number; seed: number };
  protectedFlagged: { value: number; seed: number };
  falsePositives: { value: number; seed: number };
  sellersAndPublicFigures: { value: number; seed: number };
  /** Draws whose verdict rounds did not settle (target: none), with their seeds. */
  unsettled: number[];
}

/**
 * Where the ranges reach settings in which nothing in the export separates the brigade from citizens as brigade
 * tests them (issue #9 asks for that region to be declared and left out of the worst case; README "How detection
 * is evaluated"): an export without the Page flag and without reactions whose brigade keeps no lunch break — its
 * daytime clock is one the students' weekday rallies match, and its shared lines are what activists' slogans look
 * like — and a brigade at organic hours without the Page flag, where only templates and names are left. `null`
 * outside it. The independent generator's harness (independent/evaluate.mjs) applies the same rule to its knobs.
 */
export type DeclaredRegion = 'no-flag-no-reactions-no-lunch' | 'organic-hours-no-flag';

export function declaredRegion(family: string, knobs: Knobs): DeclaredRegion | null {
  if (family === 'control') return null;
  if (family === 'organic-hours' && !knobs.authorType) return 'organic-hours-no-flag';
  if (!knobs.authorType && !knobs.reactions && knobs.lunchHour === 0) return 'no-flag-no-reactions-no-lunch';
  return null;
}

/** The draws outside the declared region: what the worst case is taken over. */
export const outsideDeclaredRegion = (results: DrawMetrics[]) => results.filter((m) => declaredRegion(m.family, m.knobs) === null);

export function worstByFamily(results: DrawMetrics[]): FamilyWorst[] {
  const families = [...new Set(results.map((m) => m.family))];
  return families.map((family) => {
    const ms = results.filter((m) => m.family === family);
    const pick = (value: (m: DrawMetrics) => number, worse: 'min' | 'max') => {
      let best = ms[0]!;
      for (const m of ms) if (worse === 'min' ? value(m) < value(best) : value(m) > value(best)) best = m;
      return { value: value(best), seed: best.seed };
    };
    return {
      family, draws: ms.length,
      precision: pick((m) => m.classifier.precision, 'min'),
      recall: pick((m) => m.classifier.recall, 'min'),
      topNErrorPoints: pick((m) => m.topN.worstPost?.errorPoints ?? 0, 'max'),
      protectedFlagged: pick((m) => m.protectedFlagged, 'max'),
      falsePositives: pick((m) => m.falsePositives, 'max'),
      sellersAndPublicFigures: pick((m) => (m.flaggedByKind.seller ?? 0) + (m.flaggedByKind['public-figure'] ?? 0), 'max'),
      unsettled: ms.filter((m) => m.converged === false).map((m) => m.seed),
    };
  });
}

export interface SensitivityRow {
  /** A family, or 'all brigade families' (draws pooled by where each knob fell in its own family's range). */
  family: string;
  knob: KnobName;
  /** Thirds of the knob's range (a coin: off, on; a small integer range: each value): draws, mean and worst recall and precision. */
  bins: { label: string; draws: number; recallMean: number; recallMin: number; precisionMean: number; precisionMin: number }[];
}

const COINS: KnobName[] = ['authorType', 'reactions'];

/** The bins of a knob in a family: labels, and the bin of a value (−1: the knob does not vary there). */
function binsOf(family: Family, knob: KnobName): { labels: string[]; bin: (v: number) => number } | undefined {
  const range = knobRange(family, knob);
  if (!range) return undefined;
  if (COINS.includes(knob)) return range[0] > 0 && range[0] < 1 ? { labels: ['off', 'on'], bin: (v) => v } : undefined;
  if (range[0] === range[1]) return undefined;
  if (knob === 'lunchHour') return { labels: ['none', '12', '13', '14'], bin: (v) => (v === 0 ? 0 : v - 11) };
  if ((KNOBS[knob] as KnobSpec).scale === 'int' && range[1] - range[0] <= 2) {
    const values = Array.from({ length: range[1] - range[0] + 1 }, (_, i) => range[0] + i);
    return { labels: values.map(String), bin: (v) => values.indexOf(v) };
  }
  return {
    labels: [0, 1, 2].map((b) => `${['low', 'mid', 'high'][b]} ${fmtRange(range, b)}`),
    bin: (v) => Math.min(2, Math.floor(((v - range[0]) / (range[1] - range[0])) * 3)),
  };
}

function rowOf(family: string, knob: KnobName, labels: string[], draws: { m: DrawMetrics; bin: number }[]): SensitivityRow {
  const bins = labels.map((label, b) => {
    const inBin = draws.filter((d) => d.bin === b).map((d) => d.m);
    const mean = (f: (m: DrawMetrics) => number) => (inBin.length ? Math.round((inBin.reduce((s, m) => s + f(m), 0) / inBin.length) * 1000) / 1000 : NaN);
    const min = (f: (m: DrawMetrics) => number) => (inBin.length ? Math.min(...inBin.map(f)) : NaN);
    return {
      label, draws: inBin.length,
      recallMean: mean((m) => m.classifier.recall), recallMin: min((m) => m.classifier.recall),
      precisionMean: mean((m) => m.classifier.precision), precisionMin: min((m) => m.classifier.precision),
    };
  });
  return { family, knob, bins };
}

/**
 * Recall and precision as each knob moves across its range: the draws of a family binned by where each knob fell
 * (lower, middle, upper third of its range), then the brigade families pooled the same way. Only knobs that vary
 * are listed. Few draws per bin give a rough picture: run more draws (--draws 15) or sweep one knob (--sweep).
 */
export function sensitivity(results: DrawMetrics[]): SensitivityRow[] {
  const rows: SensitivityRow[] = [];
  const families = [...new Set(results.map((m) => m.family))] as Family[];
  for (const family of families) {
    for (const knob of KNOB_NAMES) {
      const b = binsOf(family, knob);
      if (!b) continue;
      rows.push(rowOf(family, knob, b.labels, results.filter((m) => m.family === family).map((m) => ({ m, bin: b.bin(m.knobs[knob]) }))));
    }
  }
  const brigade = results.filter((m) => m.family !== 'control');
  if (families.filter((f) => f !== 'control').length > 1) {
    for (const knob of KNOB_NAMES) {
      const draws: { m: DrawMetrics; bin: number }[] = [];
      let labels: string[] | undefined;
      for (const m of brigade) {
        const b = binsOf(m.family as Family, knob);
        if (!b) continue;
        // Pool only where the bins mean the same thing: thirds of a range, or the same values.
        const pooled = b.labels[0]!.startsWith('low') ? ['lower third', 'middle third', 'upper third'] : b.labels;
        if (labels && labels.join() !== pooled.join()) continue;
        labels = pooled;
        draws.push({ m, bin: b.bin(m.knobs[knob]) });
      }
      if (labels && draws.length) rows.push(rowOf('all brigade families', knob, labels, draws));
    }
  }
  return rows;
}

const fmtRange = (range: readonly [number, number], bin: number) => {
  const step = (range[1] - range[0]) / 3;
  const f = (v: number) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2).replace(/\.?0+$/, ''));
  return `${f(range[0] + bin * step)}–${f(range[0] + (bin + 1) * step)}`;
};
