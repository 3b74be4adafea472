import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveScanOptions } from '../options.js';
import { runScan } from '../run.js';
import { generate } from './generator.js';
import { FAMILIES, KNOB_NAMES, knobRange, type Family, type KnobName, type Knobs } from './knobs.js';
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
  { families = [...FAMILIES], draws, seed, fixed = {} }: { families?: Family[]; draws: number; seed: number; fixed?: Partial<Knobs> },
  onDraw: (m: DrawMetrics) => void = () => {},
): Promise<DrawMetrics[]> {
  const out: DrawMetrics[] = [];
  for (const family of families) {
    for (let i = 0; i < draws; i++) {
      const m = await evaluateDraw(family, drawSeed(seed, i), fixed);
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
}

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
    };
  });
}

export interface SensitivityRow {
  family: string;
  knob: KnobName;
  /** Thirds of the knob's range (for a coin: off, on): draws, mean and worst recall and precision. */
  bins: { label: string; draws: number; recallMean: number; recallMin: number; precisionMean: number; precisionMin: number }[];
}

/**
 * Recall and precision as each knob moves across its range: the draws of a family binned by where each knob fell
 * (lower, middle, upper third of its range). Only knobs that vary within the family are listed.
 */
export function sensitivity(results: DrawMetrics[]): SensitivityRow[] {
  const rows: SensitivityRow[] = [];
  for (const family of [...new Set(results.map((m) => m.family))] as Family[]) {
    const ms = results.filter((m) => m.family === family);
    for (const knob of KNOB_NAMES) {
      const range = knobRange(family, knob);
      if (!range || range[0] === range[1] && !['authorType', 'reactions'].includes(knob)) continue;
      const coin = knob === 'authorType' || knob === 'reactions';
      if (coin && (range[0] === 0 || range[0] === 1)) continue;
      const labels = coin ? ['off', 'on'] : knob === 'lunchHour' ? ['none', '12', '13', '14'] : ['low', 'mid', 'high'];
      const binOf = (v: number) => {
        if (coin) return v;
        if (knob === 'lunchHour') return v === 0 ? 0 : v - 11;
        const u = (v - range[0]) / (range[1] - range[0]);
        return Math.min(2, Math.floor(u * 3));
      };
      const bins = labels.map((label, b) => {
        const inBin = ms.filter((m) => binOf(m.knobs[knob]) === b);
        const mean = (f: (m: DrawMetrics) => number) => (inBin.length ? Math.round((inBin.reduce((s, m) => s + f(m), 0) / inBin.length) * 1000) / 1000 : NaN);
        const min = (f: (m: DrawMetrics) => number) => (inBin.length ? Math.min(...inBin.map(f)) : NaN);
        return {
          label: coin || knob === 'lunchHour' ? label : `${label} ${fmtRange(range, b)}`, draws: inBin.length,
          recallMean: mean((m) => m.classifier.recall), recallMin: min((m) => m.classifier.recall),
          precisionMean: mean((m) => m.classifier.precision), precisionMin: min((m) => m.classifier.precision),
        };
      });
      rows.push({ family, knob, bins });
    }
  }
  return rows;
}

const fmtRange = (range: readonly [number, number], bin: number) => {
  const step = (range[1] - range[0]) / 3;
  const f = (v: number) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2).replace(/\.?0+$/, ''));
  return `${f(range[0] + bin * step)}–${f(range[0] + (bin + 1) * step)}`;
};
