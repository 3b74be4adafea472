#!/usr/bin/env node
// Recall and precision as each knob of the other hands' generators moves across its range (issue #9's sensitivity
// table, for the data brigade was not written beside):
//   node independent/evaluate.mjs --draws 10 --seed 1 --json > a.json      (and independent-b/evaluate.mjs)
//   node scripts/sensitivity.mjs a.json b.json …  [--markdown]
// Reads the harnesses' --json output (`draws[]`, each with its family, knobs, precision and recall), pools the files
// given, and prints per family and knob: the draws in each bin, their mean recall, the least recall and the least
// precision. A numeric knob is cut into thirds of the range its draws span; a range written "12-21" (comments per
// account) is read as its middle; a knob with a few values (a flag, a clock kind) is binned by value; a knob that is
// the same in every draw of a family, or has more distinct text values than MAX_LEVELS, is left out. A family with no
// brigade to find (the control: recall undefined in every draw) is left out.
// Our own generator's table is `npm run evaluate -- --sensitivity` (src/simulate/evaluate.ts).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Text knobs with more distinct values than this are not binned (a shift written out in full has dozens). */
export const MAX_LEVELS = 6;

/** A draw's knobs as flat name → value pairs: nested objects become dotted names (independent-b's `brigade.*`). */
export function flatKnobs(knobs, prefix = '') {
  const out = {};
  for (const [key, value] of Object.entries(knobs ?? {})) {
    const name = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flatKnobs(value, `${name}.`));
    else if (typeof value === 'string' && /^\d+(\.\d+)?-\d+(\.\d+)?$/.test(value)) {
      const [low, high] = value.split('-').map(Number);
      out[name] = (low + high) / 2;
    } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') out[name] = value;
  }
  return out;
}

const fmt = (v) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2).replace(/\.?0+$/, '') || '0');
/** Names and values come from files: control characters out, and no `|` to break a Markdown table. */
const clean = (text) => String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\|/g, '/').slice(0, 80);
const least = (values) => values.reduce((m, v) => (v < m ? v : m), Infinity);
const most = (values) => values.reduce((m, v) => (v > m ? v : m), -Infinity);

/** Per family and knob, the bins: { family, knob, bins: [{ label, draws, meanRecall, minRecall, minPrecision }] }. */
export function sensitivityRows(draws) {
  const rows = [];
  const families = [...new Set(draws.map((d) => d.family))];
  const hasRecall = (d) => typeof d.recall === 'number' && Number.isFinite(d.recall);
  for (const family of families) {
    if (!draws.some((d) => d.family === family && hasRecall(d))) continue;
    const ds = draws.filter((d) => d.family === family).map((d) => ({ d, knobs: flatKnobs(d.knobs) }));
    const names = [...new Set(ds.flatMap(({ knobs }) => Object.keys(knobs)))].sort();
    for (const knob of names) {
      const values = ds.map(({ knobs }) => knobs[knob]).filter((v) => v !== undefined);
      const distinct = [...new Set(values)];
      if (distinct.length < 2) continue;
      let binOf, labels;
      // Numbers are cut into thirds when they are many, or fractions of which there are more than three (a knob drawn
      // from a range takes a new value in every draw); a few whole numbers (networks, posts) are binned by value.
      const numeric = values.every((v) => typeof v === 'number');
      if (numeric && (distinct.length > MAX_LEVELS || (distinct.length > 3 && !values.every(Number.isInteger)))) {
        const low = least(values), high = most(values), step = (high - low) / 3;
        if (!Number.isFinite(step) || step <= 0) continue;
        binOf = (v) => Math.min(2, Math.floor((v - low) / step));
        labels = [0, 1, 2].map((b) => `${fmt(low + b * step)}–${fmt(low + (b + 1) * step)}`);
      } else if (distinct.length <= MAX_LEVELS) {
        const sorted = distinct.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        binOf = (v) => sorted.indexOf(v);
        labels = sorted.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? fmt(v) : String(v)));
      } else continue;
      const bins = labels.map((label) => ({ label: clean(label), draws: 0, recalls: [], minPrecision: null }));
      for (const { d, knobs } of ds) {
        if (knobs[knob] === undefined) continue;
        const bin = bins[binOf(knobs[knob])];
        bin.draws++;
        if (hasRecall(d)) bin.recalls.push(d.recall);
        if (typeof d.precision === 'number' && Number.isFinite(d.precision)) bin.minPrecision = bin.minPrecision === null ? d.precision : Math.min(bin.minPrecision, d.precision);
      }
      rows.push({
        family: clean(family), knob: clean(knob),
        bins: bins.filter((b) => b.draws > 0).map((b) => ({
          label: b.label, draws: b.draws,
          meanRecall: b.recalls.length ? b.recalls.reduce((x, y) => x + y, 0) / b.recalls.length : null,
          minRecall: b.recalls.length ? least(b.recalls) : null,
          minPrecision: b.minPrecision,
        })),
      });
    }
  }
  return rows;
}

export function formatRows(rows, markdown) {
  const r3 = (v) => (v === null ? '—' : v.toFixed(3));
  const cell = (b) => `${b.label}: ${r3(b.meanRecall)} (min ${r3(b.minRecall)}, n ${b.draws}; precision ${b.minPrecision === null ? '—' : `≥ ${r3(b.minPrecision)}`})`;
  const lines = [];
  let family = '';
  for (const row of rows) {
    if (row.family !== family) {
      family = row.family;
      lines.push('', markdown ? `**${family}**` : `${family}:`, '');
      if (markdown) lines.push('| knob | bins: mean recall (least recall, draws; least precision) |', '|---|---|');
    }
    lines.push(markdown ? `| ${row.knob} | ${row.bins.map(cell).join('; ')} |` : `  ${row.knob.padEnd(28)} ${row.bins.map(cell).join(' | ')}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}

function main(argv) {
  const markdown = argv.includes('--markdown');
  const files = argv.filter((a) => a !== '--markdown');
  if (files.length === 0) {
    process.stderr.write('usage: node scripts/sensitivity.mjs RESULT.json… [--markdown]   (the --json output of independent/evaluate.mjs or independent-b/evaluate.mjs)\n');
    return 2;
  }
  const draws = [];
  for (const file of files) {
    let parsed;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      process.stderr.write(`sensitivity: ${file}: ${error instanceof SyntaxError ? 'not JSON' : error.message}\n`);
      return 2;
    }
    if (!Array.isArray(parsed?.draws)) {
      process.stderr.write(`sensitivity: ${file}: no "draws" list (expected the --json output of independent/evaluate.mjs or independent-b/evaluate.mjs)\n`);
      return 2;
    }
    for (const draw of parsed.draws) {
      if (draw === null || typeof draw !== 'object' || typeof draw.family !== 'string') {
        process.stderr.write(`sensitivity: ${file}: a draw without a family (expected the --json output of independent/evaluate.mjs or independent-b/evaluate.mjs)\n`);
        return 2;
      }
      draws.push(draw);
    }
  }
  const rows = sensitivityRows(draws);
  if (rows.length === 0) {
    process.stderr.write(`sensitivity: no knob varies across the draws of any family with a brigade (${draws.length} draws read): run the harness with more draws (--draws 3 or more)\n`);
    return 0;
  }
  process.stdout.write(formatRows(rows, markdown));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
