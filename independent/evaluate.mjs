#!/usr/bin/env node
// Scores the brigade CLI, as a black box, on draws of the independent generator.
//   node independent/evaluate.mjs --draws 3 --seed 1 [--family month] [--json] [--scan-args "--min-attachment 3"]
// Draw i of base seed S has seed S*1000 + i: `generate.mjs --family F --seed <that>` rewrites it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, generate, writeDraw } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const TOP = 300; // the Guardian's "top 300": the first 300 top-level comments in file order
const WATCHED = ['activist', 'student', 'colleague'];

function parseArgs(argv) {
  const o = { draws: 5, seed: 1, families: [], json: false, brigade: resolve(HERE, '..', 'bin', 'brigade.js') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--draws') o.draws = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--family') o.families.push(...argv[++i].split(','));
    else if (a === '--brigade') o.brigade = resolve(argv[++i]);
    else if (a === '--scan-args') o.scanArgs = argv[++i].split(/\s+/).filter(Boolean);
    else if (a === '--from') o.from = argv[++i];
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!Number.isInteger(o.draws) || o.draws < 1) throw new Error('--draws must be a positive integer');
  if (!Number.isInteger(o.seed) || o.seed < 0) throw new Error('--seed must be a non-negative integer');
  if (!o.families.length) o.families = FAMILIES.slice();
  for (const f of o.families) if (!FAMILIES.includes(f)) throw new Error(`unknown family ${f} (one of ${FAMILIES.join(', ')})`);
  return o;
}

/** the truth's top-N share per post: top-level comments in file order, the first 300 */
export function trueTopShares(draw) {
  const per = new Map();
  for (const c of draw.comments) {
    if (c.parent) continue;
    if (!per.has(c.post.id)) per.set(c.post.id, { n: 0, bad: 0 });
    const p = per.get(c.post.id);
    if (p.n >= TOP) continue;
    p.n++;
    if (c.author.label === 'inauthentic') p.bad++;
  }
  return new Map([...per].map(([id, p]) => [id, p.bad / p.n]));
}

/** compare one scan result with the draw's truth */
export function score(draw, result) {
  const verdict = new Map(result.accounts.map((a) => [a.id, a.verdict]));
  let tp = 0, fp = 0, fn = 0, missing = 0, suspiciousBrigade = 0;
  const fpByKind = {};
  const watched = Object.fromEntries(WATCHED.map((k) => [k, 0]));
  for (const a of draw.accounts) {
    const v = verdict.get(a.id);
    if (v === undefined) missing++;
    const flagged = v === 'inauthentic';
    if (a.label === 'inauthentic') { if (flagged) tp++; else { fn++; if (v === 'suspicious') suspiciousBrigade++; } }
    else if (flagged) { fp++; fpByKind[a.kind] = (fpByKind[a.kind] ?? 0) + 1; if (a.kind in watched) watched[a.kind]++; }
  }
  const truth = trueTopShares(draw);
  const est = new Map((result.topN?.posts ?? []).map((p) => [p.postId, p.share]));
  let topNError = 0, worstPost = null, missingPosts = 0;
  for (const [id, share] of truth) {
    if (!est.has(id)) { missingPosts++; continue; }
    const err = Math.abs(est.get(id) - share) * 100;
    if (err > topNError) { topNError = err; worstPost = { id, truth: share, estimate: est.get(id) }; }
  }
  const r3 = (x) => (x === null ? null : Math.round(x * 1000) / 1000);
  return {
    brigade: tp + fn, flagged: tp + fp, tp, fp, fn, suspiciousBrigade, missing,
    precision: r3(tp + fp ? tp / (tp + fp) : null), recall: r3(tp + fn ? tp / (tp + fn) : null),
    topNError: Math.round(topNError * 10) / 10, worstPost, missingPosts, fpByKind, watched,
    watchedTotal: WATCHED.reduce((s, k) => s + watched[k], 0),
  };
}

/**
 * The detector's declared region (brigade's src/simulate/evaluate.ts `declaredRegion`, the same rule on this
 * generator's knobs): no Page flag, no reactions and no lunch break in the brigade's shift; or a brigade at
 * organic hours without the Page flag. The worst case is also reported without those draws.
 */
export function declaredRegion(family, k) {
  if (family === 'control') return null;
  if (family === 'organic-hours' && !k.pageFlag) return 'organic-hours-no-flag';
  if (!k.pageFlag && !k.reactions && k.lunchHour === 'none') return 'no-flag-no-reactions-no-lunch';
  return null;
}

/**
 * One draw generated, written to a temporary folder and scanned by `brigade` (a path to bin/brigade.js, with
 * `scanArgs`): the draw and the scan's JSON result. The folder is removed afterwards.
 */
export function scanDraw(brigade, family, seed, scanArgs = []) {
  const draw = generate(family, seed);
  const dir = mkdtempSync(join(tmpdir(), 'brigade-indep-'));
  try {
    writeDraw(draw, dir);
    const args = [brigade, 'scan', join(dir, 'comments.csv')];
    if (existsSync(join(dir, 'reactions.csv'))) args.push('--reactions', join(dir, 'reactions.csv'));
    args.push('--format', 'json', '-q', ...scanArgs);
    const out = execFileSync(process.execPath, args, { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    return { draw, result: JSON.parse(out.toString('utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runDraw(o, family, seed) {
  const { draw, result } = scanDraw(o.brigade, family, seed, o.scanArgs ?? []);
  const s = score(draw, result);
  const k = draw.knobs;
  return { family, seed, comments: draw.comments.length, declaredRegion: declaredRegion(family, k), knobs: { pageFlag: k.pageFlag, reactions: k.reactions, posts: k.posts,
    inShiftShare: k.inShiftShare, fakeProfileShare: k.fakeProfileShare, templateShare: k.templateShare,
    personCategoryShare: k.personCategoryShare, insideReactionShare: k.insideReactionShare,
    comments: `${k.commentsMin}-${k.commentsMax}`, shift: `${k.shiftStart}-${k.shiftEnd}/${k.lunchHour}/${k.workdays}` }, ...s,
    // Whether the scan's verdict rounds settled (added by brigade's developers; the scoring above is the other hands').
    rounds: result.meta?.rounds, converged: result.meta?.converged };
}

function worst(rows) {
  const out = {};
  for (const f of [...new Set(rows.map((r) => r.family))]) {
    const rs = rows.filter((r) => r.family === f);
    const pick = (key, dir) => {
      const vals = rs.filter((r) => r[key] !== null);
      if (!vals.length) return null;
      const best = vals.reduce((a, b) => (dir * (b[key] - a[key]) > 0 ? b : a));
      return { value: best[key], seed: best.seed };
    };
    // the worst draw: the lowest of precision and recall, then the largest top-N error
    const badness = (r) => [Math.min(r.precision ?? 1, r.recall ?? 1), -(r.topNError ?? 0)];
    const w = rs.slice().sort((a, b) => badness(a)[0] - badness(b)[0] || badness(a)[1] - badness(b)[1])[0];
    out[f] = { draws: rs.length, worstSeed: w.seed, minPrecision: pick('precision', -1), minRecall: pick('recall', -1),
      maxTopNError: pick('topNError', 1), maxFalsePositives: pick('fp', 1), maxWatchedFlagged: pick('watchedTotal', 1) };
  }
  return out;
}

const fmt = (x, d = 3) => (x === null || x === undefined ? '—' : typeof x === 'number' ? x.toFixed(d) : String(x));
const kinds = (o) => Object.entries(o).map(([k, v]) => `${k}:${v}`).join(' ') || '-';

function printTables(rows, w, outside) {
  const lines = ['family          seed     prec   recall  flagged  brigade  susp  topN-err  activists/students/colleagues  FP by kind   knobs'];
  for (const r of rows) {
    lines.push([r.family.padEnd(15), String(r.seed).padEnd(8), fmt(r.precision).padStart(6), fmt(r.recall).padStart(7),
      String(r.flagged).padStart(8), String(r.brigade).padStart(8), String(r.suspiciousBrigade).padStart(5), fmt(r.topNError, 1).padStart(9),
      `${r.watched.activist}/${r.watched.student}/${r.watched.colleague}`.padStart(30), ' ' + kinds(r.fpByKind).padEnd(12),
      ` flag=${r.knobs.pageFlag ? 1 : 0} rx=${r.knobs.reactions ? 1 : 0} posts=${r.knobs.posts} shift=${r.knobs.inShiftShare ?? 'citizen'}@${r.knobs.shift} fake=${r.knobs.fakeProfileShare} tmpl=${r.knobs.templateShare} personCat=${r.knobs.personCategoryShare} inside=${r.knobs.insideReactionShare} cpa=${r.knobs.comments}`].join(' '));
  }
  const cell = (c, d) => (c ? `${fmt(c.value, d)} [${c.seed}]` : '—');
  const worstTable = (title, table) => {
    lines.push('', title, 'family          worst-draw  min-prec        min-recall      max-topN-err    max-FP     max activists+students+colleagues');
    for (const [f, x] of Object.entries(table)) {
      lines.push([f.padEnd(15), String(x.worstSeed).padEnd(11), cell(x.minPrecision).padEnd(15), cell(x.minRecall).padEnd(15),
        cell(x.maxTopNError, 1).padEnd(15), cell(x.maxFalsePositives, 0).padEnd(10), cell(x.maxWatchedFlagged, 0)].join(' '));
    }
  };
  worstTable('worst per family [seed]:', w);
  const declared = rows.filter((r) => r.declaredRegion);
  worstTable(`worst per family outside the declared region (${declared.length} of ${rows.length} draws left out: no Page flag, no reactions and no lunch break; organic hours without the Page flag):`, outside);
  process.stdout.write(lines.join('\n') + '\n');
}

const USAGE = `usage: node independent/evaluate.mjs --draws N --seed S [--family F[,F…]] [--json] [--brigade path/to/bin/brigade.js]
       node independent/evaluate.mjs --from saved.json   (re-prints the tables of a --json run)
  runs \`brigade scan DIR/comments.csv [--reactions DIR/reactions.csv] --format json\` on each draw (seed S*1000+i)
  families: ${FAMILIES.join(', ')}`;

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) { process.stderr.write(`${e.message}\n${USAGE}\n`); process.exitCode = 2; }
  if (o?.help) process.stdout.write(USAGE + '\n');
  else if (o?.from) {
    const saved = JSON.parse(readFileSync(o.from, 'utf8'));
    // A file saved before the declared region was recorded: its lunch hour is the middle of the shift's text (start-end/lunch/days).
    const draws = saved.draws.map((r) => ('declaredRegion' in r ? r : { ...r, declaredRegion: declaredRegion(r.family, { ...r.knobs, lunchHour: r.knobs.shift.split('/')[1] }) }));
    printTables(draws, saved.worst, worst(draws.filter((r) => !r.declaredRegion)));
  } else if (o) {
    const rows = [];
    for (const f of o.families) {
      for (let i = 0; i < o.draws; i++) {
        const seed = o.seed * 1000 + i;
        process.stderr.write(`${f} ${seed}…\n`);
        rows.push(runDraw(o, f, seed));
      }
    }
    const w = worst(rows);
    const outside = worst(rows.filter((r) => !r.declaredRegion));
    if (o.json) process.stdout.write(JSON.stringify({ draws: rows, worst: w, worstOutsideDeclared: outside }, null, 2) + '\n');
    else printTables(rows, w, outside);
  }
}
