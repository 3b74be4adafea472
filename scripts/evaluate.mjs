#!/usr/bin/env node
// Detection quality over randomised scenario families (issue #9):
//   npm run evaluate -- [--draws N] [--seed S] [--family F]… [--json] [--sensitivity] [--sweep KNOB] [--from FILE] [--option KEY=VALUE]…
// Draws N scenarios per family (knobs drawn from the family's ranges, src/simulate/knobs.ts), scans each in-process
// and prints per draw the knobs drawn and the figures, then each family's worst draw. --sensitivity adds recall and
// precision binned by where each knob fell; --sweep KNOB moves one knob across its range (5 points) with the other
// knobs drawn as usual, per family. --from FILE prints the tables of an earlier --json run without scanning again.
// --option KEY=VALUE scans with a scan option changed (its key as in the result's meta.options, e.g.
// minClockFit=10): how a threshold's sweep is run.
// Builds first (npm run evaluate runs tsc) so it measures the code as shipped.
import { readFileSync } from 'node:fs';
import { declaredRegion, drawSeed, evaluateDraw, evaluateFamilies, outsideDeclaredRegion, sensitivity, worstByFamily } from '../dist/simulate/evaluate.js';
import { FAMILIES, KNOB_NAMES, knobRange, knobValue } from '../dist/simulate/knobs.js';
import { resolveScanOptions } from '../dist/options.js';

const args = process.argv.slice(2);
const usage = (message) => {
  process.stderr.write(`evaluate: ${message}\nusage: npm run evaluate -- [--draws N] [--seed S] [--family F]… [--json] [--sensitivity] [--sweep KNOB] [--from FILE] [--option KEY=VALUE]…\n`);
  process.exit(2);
};
const valueOf = (flag, fallback) => {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const v = args[at + 1];
  if (v === undefined || v.startsWith('--')) usage(`${flag} needs a value`);
  return v;
};
const known = new Set(['--draws', '--seed', '--family', '--json', '--sensitivity', '--sweep', '--from', '--option']);
for (const [i, a] of args.entries()) if (a.startsWith('--') && !known.has(a)) usage(`unknown option ${a}`);
else if (!a.startsWith('--') && !['--draws', '--seed', '--family', '--sweep', '--from', '--option'].includes(args[i - 1])) usage(`unexpected argument ${a}`);
const scanOptions = {};
for (const [i, a] of args.entries()) {
  if (args[i - 1] !== '--option') continue;
  const eq = a.indexOf('=');
  if (eq < 1) usage(`--option: expected KEY=VALUE, found ${a}`);
  scanOptions[a.slice(0, eq)] = a.slice(eq + 1);
}
// An option the scan does not know is ignored by it: refuse one that changes nothing (or is the default).
const resolved = (raw) => JSON.stringify(resolveScanOptions(raw));
for (const [key, value] of Object.entries(scanOptions)) {
  let changed;
  try {
    changed = resolved({ [key]: value }) !== resolved({});
  } catch (error) {
    usage(`--option ${key}=${value}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  if (!changed) usage(`--option ${key}=${value} changes nothing: not a scan option key (as in meta.options, e.g. minClockFit), or its default`);
}
const draws = Number(valueOf('--draws', '5'));
const seed = Number(valueOf('--seed', '1'));
if (!Number.isInteger(draws) || draws < 1) usage('--draws: expected a positive integer');
if (!Number.isInteger(seed) || seed < 0 || seed > 4_000_000) usage('--seed: expected an integer 0–4000000');
const families = args.flatMap((a, i) => (args[i - 1] === '--family' ? [a] : []));
for (const f of families) if (!FAMILIES.includes(f)) usage(`--family: unknown family ${f}; known: ${FAMILIES.join(', ')}`);
const json = args.includes('--json');
const sweep = valueOf('--sweep', null);
if (sweep !== null && !KNOB_NAMES.includes(sweep)) usage(`--sweep: unknown knob ${sweep}; known: ${KNOB_NAMES.join(', ')}`);
const chosen = families.length ? families : [...FAMILIES];

const f3 = (v) => (Number.isNaN(v) ? '—' : v.toFixed(3));
const worstRows = (worst) => [
  ['family', 'draws', 'min precision', 'min recall', 'max top-N err (pts)', 'max activists+students+colleagues flagged', 'max sellers+public figures flagged', 'max authentic flagged', 'rounds unsettled'],
  ...worst.map((x) => [x.family, x.draws, `${f3(x.precision.value)} [${x.precision.seed}]`, `${f3(x.recall.value)} [${x.recall.seed}]`, `${x.topNErrorPoints.value.toFixed(1)} [${x.topNErrorPoints.seed}]`,
    `${x.protectedFlagged.value} [${x.protectedFlagged.seed}]`, `${x.sellersAndPublicFigures.value} [${x.sellersAndPublicFigures.seed}]`, `${x.falsePositives.value} [${x.falsePositives.seed}]`,
    x.unsettled.length ? `${x.unsettled.length} [${x.unsettled.join(' ')}]` : '0']),
];
const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
};
const knobText = (m) => KNOB_NAMES.filter((k) => knobRange(m.family, k) && knobRange(m.family, k)[0] !== knobRange(m.family, k)[1] || ['authorType', 'reactions'].includes(k) && knobRange(m.family, k))
  .map((k) => `${k}=${m.knobs[k]}`).join(' ');
const kinds = (m) => ['activist', 'student', 'colleague', 'seller', 'public-figure'].map((k) => m.flaggedByKind[k] ?? 0).join('/');

if (sweep !== null) {
  // One knob across its range, five points, the other knobs drawn as usual (draw i of the base seed for each point).
  const out = [];
  for (const family of chosen) {
    const range = knobRange(family, sweep);
    if (!range) continue;
    const points = [...new Set([0, 0.25, 0.5, 0.75, 0.999].map((u) => knobValue(family, sweep, u)))];
    for (const value of points) {
      for (let i = 0; i < draws; i++) {
        const m = await evaluateDraw(family, drawSeed(seed, i), { [sweep]: value }, scanOptions);
        out.push({ family, knob: sweep, value, seed: m.seed, precision: m.classifier.precision, recall: m.classifier.recall, topNErrorPoints: m.topN.worstPost?.errorPoints ?? 0, protectedFlagged: m.protectedFlagged });
        process.stderr.write(`${family} ${sweep}=${value} seed ${m.seed}: P ${f3(m.classifier.precision)} R ${f3(m.classifier.recall)}\n`);
      }
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else {
    const rows = [['family', sweep, 'draws', 'recall mean', 'recall min', 'precision mean', 'precision min', 'max top-N err', 'protected flagged']];
    for (const family of chosen) {
      for (const value of [...new Set(out.filter((o) => o.family === family).map((o) => o.value))]) {
        const g = out.filter((o) => o.family === family && o.value === value);
        const mean = (k) => g.reduce((s, o) => s + o[k], 0) / g.length;
        rows.push([family, value, g.length, f3(mean('recall')), f3(Math.min(...g.map((o) => o.recall))), f3(mean('precision')), f3(Math.min(...g.map((o) => o.precision))), Math.max(...g.map((o) => o.topNErrorPoints)).toFixed(1), Math.max(...g.map((o) => o.protectedFlagged))]);
      }
    }
    process.stdout.write(table(rows));
  }
} else {
  const from = valueOf('--from', null);
  const results = from !== null
    ? JSON.parse(readFileSync(from, 'utf8')).results.filter((m) => chosen.includes(m.family))
    : await evaluateFamilies({ families: chosen, draws, seed, options: scanOptions }, (m) =>
      process.stderr.write(`${m.family} seed ${m.seed}: precision ${f3(m.classifier.precision)} recall ${f3(m.classifier.recall)}\n`));
  const worst = worstByFamily(results);
  const worstOutsideDeclared = worstByFamily(outsideDeclaredRegion(results));
  const sens = args.includes('--sensitivity') ? sensitivity(results) : undefined;
  if (json) {
    const marked = results.map((m) => ({ ...m, declaredRegion: declaredRegion(m.family, m.knobs) }));
    process.stdout.write(`${JSON.stringify({ command: `npm run evaluate -- ${args.join(' ')}`.trim(), draws, seed, results: marked, worst, worstOutsideDeclared, sensitivity: sens }, null, 2)}\n`);
  } else {
    const rows = [['family', 'seed', 'accounts', 'brigade', 'precision', 'recall', 'FP', 'top-N err (worst post)', 'top-N err (overall)', 'flagged act/stu/col/sel/pub']];
    for (const m of results) {
      rows.push([m.family, m.seed, m.accounts, m.brigadeAccounts, f3(m.classifier.precision), f3(m.classifier.recall), m.falsePositives,
        m.topN.worstPost ? `${m.topN.worstPost.errorPoints.toFixed(1)} (${(m.topN.worstPost.estimated * 100).toFixed(1)} vs ${(m.topN.worstPost.truth * 100).toFixed(1)})` : '—',
        m.topN.overall.errorPoints.toFixed(1), kinds(m)]);
    }
    process.stdout.write(table(rows));
    process.stdout.write('\nKnobs drawn:\n');
    for (const m of results) process.stdout.write(`${m.family} seed ${m.seed}: ${knobText(m)}\n`);
    process.stdout.write('\nWorst draw per family, all draws (seed of the draw in brackets):\n');
    process.stdout.write(table(worstRows(worst)));
    const declared = results.filter((m) => declaredRegion(m.family, m.knobs) !== null);
    process.stdout.write(`\nWorst draw per family outside the declared region (${declared.length} of ${results.length} draws left out: no Page flag, no reactions and no lunch break; organic hours without the Page flag${declared.length ? ` — ${declared.map((m) => `${m.family} ${m.seed}`).join(', ')}` : ''}):\n`);
    process.stdout.write(table(worstRows(worstOutsideDeclared)));
    if (sens) {
      process.stdout.write('\nSensitivity (draws binned by where each knob fell in its range): recall mean/min, precision mean/min\n');
      const s = [['family', 'knob', 'bin', 'draws', 'recall mean', 'recall min', 'precision mean', 'precision min']];
      for (const row of sens) for (const b of row.bins) s.push([row.family, row.knob, b.label, b.draws, f3(b.recallMean), f3(b.recallMin), f3(b.precisionMean), f3(b.precisionMin)]);
      process.stdout.write(table(s));
    }
  }
}
