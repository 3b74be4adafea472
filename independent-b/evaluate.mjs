#!/usr/bin/env node
// Measure brigade on independent-b draws.
// Usage: node independent-b/evaluate.mjs --draws N --seed S [--family F[,F…]] [--json] [--brigade PATH] [--keep DIR]
// Draw i (1..N) of base seed S uses generator seed S*1000+i for each family.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FAMILIES, parseArgs, writeDraw } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const WATCHED = new Set(['activist', 'student', 'colleague']);

export function parseCsv(text) {
  const rows = []; let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; } else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const head = rows.shift();
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

function truthTopN(comments, truth) {
  const per = new Map();
  for (const c of comments) {
    if (c.parent_id) continue;
    let p = per.get(c.post_id); if (!p) per.set(c.post_id, (p = { considered: 0, inauthentic: 0 }));
    if (p.considered >= 300) continue;
    p.considered++;
    if (truth.get(c.author_id)?.label === 'inauthentic') p.inauthentic++;
  }
  return per;
}

export function evaluateDraw(family, seed, brigadePath, keepDir) {
  const dir = keepDir ? path.join(keepDir, `${family}-${seed}`) : fs.mkdtempSync(path.join(os.tmpdir(), 'indep-b-'));
  try {
    const knobs = writeDraw(family, seed, dir);
    const args = [brigadePath, 'scan', path.join(dir, 'comments.csv')];
    if (knobs.reactions) args.push('--reactions', path.join(dir, 'reactions.csv'));
    args.push('--format', 'json', '-q');
    const t0 = Date.now();
    const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (Date.now() - t0) / 1000;
    let out;
    try { out = JSON.parse(res.stdout); } catch {
      throw new Error(`scan failed for ${family} seed ${seed} (exit ${res.status}): ${(res.stderr || '').slice(0, 500)}`);
    }
    if (keepDir) fs.writeFileSync(path.join(dir, 'result.json'), res.stdout);
    const truth = new Map(parseCsv(fs.readFileSync(path.join(dir, 'truth.csv'), 'utf8')).map((r) => [r.account_id, r]));
    const comments = parseCsv(fs.readFileSync(path.join(dir, 'comments.csv'), 'utf8'));
    const verdict = new Map((out.accounts ?? []).map((a) => [String(a.id), a.verdict]));
    let tp = 0, fp = 0, fn = 0, unlabelled = 0, missingFromResult = 0;
    const fpByKind = {}, fnByKind = {}, fnVerdicts = {}, suspiciousByKind = {};
    for (const [id, t] of truth) {
      const v = verdict.get(id);
      if (v === undefined) missingFromResult++;
      const flagged = v === 'inauthentic';
      if (v === 'suspicious') suspiciousByKind[t.kind] = (suspiciousByKind[t.kind] ?? 0) + 1;
      if (t.label === 'inauthentic') {
        if (flagged) tp++; else { fn++; fnByKind[t.kind] = (fnByKind[t.kind] ?? 0) + 1; fnVerdicts[v ?? 'absent'] = (fnVerdicts[v ?? 'absent'] ?? 0) + 1; }
      } else if (flagged) { fp++; fpByKind[t.kind] = (fpByKind[t.kind] ?? 0) + 1; }
    }
    for (const id of verdict.keys()) if (!truth.has(id)) unlabelled++;
    const precision = tp + fp ? tp / (tp + fp) : null;
    const recall = tp + fn ? tp / (tp + fn) : null;
    const tt = truthTopN(comments, truth);
    const est = new Map((out.topN?.posts ?? []).map((p) => [String(p.postId), p]));
    let topNError = 0, topNPost = null, topNTruth = null, topNEst = null;
    for (const [postId, p] of tt) {
      const truthShare = p.considered ? p.inauthentic / p.considered : 0;
      const e = est.get(postId);
      const estShare = e ? e.share : 0;
      const err = Math.abs(truthShare - estShare) * 100;
      if (topNPost === null || err > topNError) { topNError = err; topNPost = postId; topNTruth = truthShare; topNEst = estShare; }
    }
    const watchedTotal = Object.entries(fpByKind).filter(([k]) => WATCHED.has(k)).reduce((s, [, n]) => s + n, 0);
    return {
      family, seed, seconds,
      knobs: { pageFlag: knobs.pageFlag, reactions: knobs.reactions, brigadeClock: knobs.brigadeClock, posts: knobs.posts, brigade: knobs.brigade ?? null },
      accounts: truth.size, positives: tp + fn, tp, fp, fn, precision, recall,
      topNError, topNWorstPost: topNPost, topNTruth, topNEstimate: topNEst,
      fpByKind, fnByKind, fnVerdicts, suspiciousByKind, watchedTotal, unlabelled, missingFromResult,
      // Whether the scan's verdict rounds settled (added by brigade's developers; the scoring above is the other hands').
      rounds: out.meta?.rounds, converged: out.meta?.converged,
    };
  } finally {
    if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const f3 = (x) => (x == null ? '  n/a' : x.toFixed(3));
const f1 = (x) => (x == null ? 'n/a' : x.toFixed(1));
const kinds = (o) => Object.entries(o).map(([k, n]) => `${k}:${n}`).join(' ') || '-';

function worstOf(draws) {
  const by = {};
  for (const d of draws) {
    const w = (by[d.family] ??= { draws: 0, minPrecision: null, minPrecisionSeed: null, minRecall: null, minRecallSeed: null, maxTopNError: -1, maxTopNErrorSeed: null,
      maxWatched: -1, maxWatchedSeed: null, maxFp: -1, maxFpSeed: null, watchedSum: 0 });
    w.draws++;
    if (d.precision != null && (w.minPrecision == null || d.precision < w.minPrecision)) { w.minPrecision = d.precision; w.minPrecisionSeed = d.seed; }
    if (d.recall != null && (w.minRecall == null || d.recall < w.minRecall)) { w.minRecall = d.recall; w.minRecallSeed = d.seed; }
    if (d.topNError > w.maxTopNError) { w.maxTopNError = d.topNError; w.maxTopNErrorSeed = d.seed; }
    if (d.watchedTotal > w.maxWatched) { w.maxWatched = d.watchedTotal; w.maxWatchedSeed = d.seed; }
    if (d.fp > w.maxFp) { w.maxFp = d.fp; w.maxFpSeed = d.seed; }
    w.watchedSum += d.watchedTotal;
  }
  return by;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const n = Number(o.draws ?? 1), base = Number(o.seed ?? 1);
  const fams = o.family ? String(o.family).split(',') : FAMILIES;
  for (const f of fams) if (!FAMILIES.includes(f)) { console.error(`unknown family ${f}`); process.exit(2); }
  const brigadePath = path.resolve(o.brigade ? String(o.brigade) : path.join(here, '..', 'bin', 'brigade.js'));
  const keep = o.keep ? path.resolve(String(o.keep)) : null;
  const draws = [];
  if (!o.json) console.log(`brigade: ${brigadePath}\n${'family'.padEnd(14)} ${'seed'.padStart(6)} flag react clock   posts  accts  pos    tp    fp    fn   prec  recall topNpp watched  fp by kind | missed by kind (verdicts)`);
  for (const f of fams) {
    for (let i = 1; i <= n; i++) {
      const seed = base * 1000 + i;
      const d = evaluateDraw(f, seed, brigadePath, keep);
      draws.push(d);
      if (!o.json) {
        console.log(`${f.padEnd(14)} ${String(seed).padStart(6)} ${String(d.knobs.pageFlag).padEnd(5)} ${String(d.knobs.reactions).padEnd(5)} ${String(d.knobs.brigadeClock ?? '-').padEnd(7)} ${String(d.knobs.posts).padStart(5)} ${String(d.accounts).padStart(6)} ${String(d.positives).padStart(4)} ${String(d.tp).padStart(5)} ${String(d.fp).padStart(5)} ${String(d.fn).padStart(5)}  ${f3(d.precision)}  ${f3(d.recall)} ${f1(d.topNError).padStart(6)} ${String(d.watchedTotal).padStart(7)}  ${kinds(d.fpByKind)} | ${kinds(d.fnByKind)} (${kinds(d.fnVerdicts)})`);
      }
    }
  }
  const worst = worstOf(draws);
  if (o.json) { console.log(JSON.stringify({ draws, worst }, null, 2)); return; }
  console.log(`\nworst per family (${n} draw${n > 1 ? 's' : ''} each, base seed ${base})`);
  console.log(`${'family'.padEnd(14)} ${'min prec'.padStart(9)} ${'(seed)'.padStart(7)} ${'min recall'.padStart(10)} ${'(seed)'.padStart(7)} ${'max topN pp'.padStart(11)} ${'(seed)'.padStart(7)} ${'max watched'.padStart(11)} ${'(seed)'.padStart(7)} ${'max fp'.padStart(7)} ${'(seed)'.padStart(7)}`);
  for (const [f, w] of Object.entries(worst)) {
    console.log(`${f.padEnd(14)} ${f3(w.minPrecision).padStart(9)} ${String(w.minPrecisionSeed ?? '-').padStart(7)} ${f3(w.minRecall).padStart(10)} ${String(w.minRecallSeed ?? '-').padStart(7)} ${f1(w.maxTopNError).padStart(11)} ${String(w.maxTopNErrorSeed).padStart(7)} ${String(w.maxWatched).padStart(11)} ${String(w.maxWatchedSeed).padStart(7)} ${String(w.maxFp).padStart(7)} ${String(w.maxFpSeed).padStart(7)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e.stack || e.message); process.exit(1); });
}
