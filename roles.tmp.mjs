import { generate } from './dist/simulate/generator.js';
import { SCENARIOS } from './dist/simulate/scenarios.js';
import { writeDataset } from './dist/simulate/write.js';
import { runScan } from './dist/run.js';
import { resolveScanOptions } from './dist/options.js';
const [name, seed] = process.argv.slice(2);
const sc = { ...SCENARIOS[name], ...(seed ? { seed: Number(seed) } : {}) };
const data = generate(sc); const dir = `/tmp/sim/${name}-x`; await writeDataset(data, dir);
const r = await runScan({ comments: [`${dir}/comments.csv`], reactions: sc.reactions ? `${dir}/reactions.csv` : undefined }, resolveScanOptions({}).analysis, false);
const role = new Map(data.accounts.map((a) => [a.id, a.role]));
const stats = {};
for (const a of r.accounts) {
  const k = role.get(a.id); stats[k] ??= { n: 0, inauth: 0, susp: 0, codes: {} }; const s = stats[k]; s.n++;
  if (a.verdict === 'inauthentic') s.inauth++; if (a.verdict === 'suspicious') s.susp++;
  for (const e of a.evidence) s.codes[e.code] = (s.codes[e.code] ?? 0) + 1;
}
console.log(JSON.stringify(stats, null, 1).replace(/\n\s*/g, ' ').replace(/\} "/g, '}\n"'));
