#!/usr/bin/env node
// Detection quality on the generated labelled scenarios: `npm run evaluate [-- scenario…] [--seeds N] [--json]`.
// Builds first (npm run build) so it measures the code as shipped.
import { evaluateAll } from '../dist/simulate/evaluate.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const seedsAt = args.indexOf('--seeds');
const seeds = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 1;
const names = args.filter((a, i) => !a.startsWith('--') && i !== seedsAt + 1);
const results = await evaluateAll(names.length ? names : undefined, seeds);
if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const f = (v) => v.toFixed(3);
  const rows = [['scenario', 'seed', 'precision', 'recall', 'FP rate', 'activists flagged', 'topN est', 'topN true', 'err pts', 'every-Page P/R/err', '≥90% office P/R/err']];
  for (const m of results) {
    const c = m.classifier, p = m.naive.everyPage, o = m.naive.officeHours90;
    rows.push([
      m.scenario, m.seed, f(c.precision), f(c.recall), f(c.falsePositiveRate), `${m.activistsFlagged} (+${m.activistsSuspicious} susp.)`,
      f(m.topNShare.estimated), f(m.topNShare.truth), m.topNShare.errorPoints.toFixed(1),
      `${f(p.precision)}/${f(p.recall)}/${p.topNErrorPoints.toFixed(1)}`, `${f(o.precision)}/${f(o.recall)}/${o.topNErrorPoints.toFixed(1)}`,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) process.stdout.write(`${r.map((c, i) => String(c).padEnd(widths[i])).join('  ')}\n`);
  for (const m of results) {
    const fp = Object.entries(m.falsePositivesByRole);
    if (fp.length) process.stdout.write(`${m.scenario} (seed ${m.seed}): false positives by role: ${fp.map(([r, n]) => `${r} ${n}`).join(', ')}\n`);
  }
}
