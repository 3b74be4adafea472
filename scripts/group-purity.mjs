#!/usr/bin/env node
// How pure are the groups the brigade is found in, on data built by other hands (independent/)?
//   npm run build && node scripts/group-purity.mjs --draws 10 --seed 1 [--family month,flood]
// Per draw: the brigade's members in groups at least 80% brigade ("pure"), in groups with more citizens than that
// ("mixed"), and in no group, with each group holding 5 or more of them (brigade/size:verdict); then the totals.
// The README's "72% of the brigade's members sit in groups where citizens are more than a fifth" is this total.
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanDraw } from '../independent/evaluate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const value = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const draws = Number(value('--draws', '10')), seed = Number(value('--seed', '1'));
const families = value('--family', 'flood,month,bare,organic-hours,fake-profiles').split(',');
if (!Number.isInteger(draws) || draws < 1 || !Number.isInteger(seed) || seed < 0) {
  process.stderr.write('usage: node scripts/group-purity.mjs --draws N --seed S [--family F,F…]\n');
  process.exit(2);
}
const brigade = resolve(HERE, '..', 'bin', 'brigade.js');
const total = { brigade: 0, pure: 0, mixed: 0, ungrouped: 0 };
for (const family of families) {
  for (let i = 0; i < draws; i++) {
    const s = seed * 1000 + i;
    const { draw, result } = scanDraw(brigade, family, s);
    const inauthentic = new Set(draw.accounts.filter((a) => a.label === 'inauthentic').map((a) => a.id));
    let pure = 0, mixed = 0;
    const groups = [];
    for (const n of result.networks) {
      const b = n.members.filter((m) => inauthentic.has(m)).length;
      if (b === 0) continue;
      if (b >= 0.8 * n.members.length) pure += b;
      else mixed += b;
      if (b >= 5) groups.push(`${b}/${n.members.length}:${n.assessment.verdict}`);
    }
    const ungrouped = inauthentic.size - pure - mixed;
    Object.assign(total, { brigade: total.brigade + inauthentic.size, pure: total.pure + pure, mixed: total.mixed + mixed, ungrouped: total.ungrouped + ungrouped });
    process.stdout.write(`${family} ${s}: brigade ${inauthentic.size}, in pure groups ${pure}, in mixed groups ${mixed}, in none ${ungrouped} | ${groups.join(' ')}\n`);
  }
}
const share = (x) => (total.brigade ? `${Math.round((100 * x) / total.brigade)}%` : '—');
process.stdout.write(`total: ${total.brigade} brigade accounts; in pure groups ${total.pure} (${share(total.pure)}), in mixed groups ${total.mixed} (${share(total.mixed)}), in none ${total.ungrouped} (${share(total.ungrouped)})\n`);
