#!/usr/bin/env node
// `npm run bench`: generates a seeded 1,000,000-comment canonical CSV, then times, in the same run,
// csv-parse alone parsing it and `brigade scan` on it (process start to exit), with peak RSS of each,
// and each signal's pass alone. Then the peers' real 35,125-row dataset (CooRTweet), alone with
// `npm run bench -- --peers`.
// Targets: scan ≤ 1.5× parse-only and peak RSS ≤ 1 GB (issue #12); before it ≤ 2× parse-only (issue #2, before
// the coordination passes existed) and ≤ 2× parse plus the coordination passes' measured cost (issue #5).
// Parse and scan are alternated BENCH_REPEATS times (3) and compared by their medians. The peers (CooRTweet in
// R, the QUT toolkit in Python) cannot be installed on this machine: their figures are printed as
// reference figures, with where they were measured, never as if measured in this run.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const FILE = `bench-out/comments-${ROWS}.csv`;
const FACEPAGER = `bench-out/facepager-${ROWS}.csv`;
const GRAPH = `bench-out/graph-pages-${ROWS}`;

/** mulberry32, as in src/simulate/random.ts. */
function rng(seed) {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The benchmark's rows, seeded: the same comments for every format written below. Accounts and posts
 * grow with the row count (150 accounts and 1 post per 1,000 comments, as at 1M), so a bigger file is
 * more of the same study, not the same posts ever more crowded.
 */
function* rows(count = ROWS) {
  const r = rng(20211008);
  const given = ['Aysel', 'Elvin', 'Rəşad', 'Leyla', 'Günel', 'Tural', 'Nigar', 'Orxan', 'Sevinc', 'Kamran', 'Эльвин', 'Лейла'];
  const surnames = ['Məmmədov', 'Əliyev', 'Həsənov', 'Quliyev', 'Kərimov', 'Мамедов', 'Алиев', 'Hüseynov'];
  const categories = ['Cosmetics store', 'Web designer', 'Politician', 'Sports', 'Media', ''];
  const start = Date.parse('2021-01-04T00:00:00Z');
  const accounts = Math.max(1, Math.round(count * 0.15)), posts = Math.max(1, Math.round(count / 200));
  for (let i = 0; i < count; i++) {
    const a = Math.floor(r() ** 2 * accounts);
    const post = Math.floor(r() * posts);
    const isPage = a % 7 === 0;
    const parent = i > 10 && r() < 0.2 ? `c${i - 1 - Math.floor(r() * 10)}` : '';
    const time = new Date(start + post * 3_600_000 * 1.5 + Math.floor(r() * 36 * 3_600_000)).toISOString();
    const name = `${given[a % given.length]} ${surnames[(a >> 4) % surnames.length]}${a % 2 ? 'a' : ''}`;
    const text = r() < 0.1 ? `Bu xəbər, "çox" maraqlıdır\nikinci sətir ${i}` : `Şərh nömrə ${i} haqqında fikrim belədir`;
    yield { id: `c${i}`, post: `1728000000000_${7000000000 + post}`, parent, author: String(100000000000000000n + BigInt(a)), name, type: isPage ? 'page' : 'profile', category: isPage ? categories[a % categories.length] : '', time, text, likes: Math.floor(r() * 20) };
  }
}

const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

async function write(file, header, lineOf, count = ROWS) {
  if (existsSync(file)) return;
  // Written under a temporary name and renamed: an interrupted run leaves no truncated file to reuse.
  const out = createWriteStream(`${file}.part`);
  out.write(header);
  for (const row of rows(count)) {
    if (!out.write(lineOf(row))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(`${file}.part`, file);
}

async function generate(file = FILE, count = ROWS) {
  mkdirSync('bench-out', { recursive: true });
  await write(file, 'comment_id,post_id,parent_id,author_id,author_name,author_type,author_category,created_at,text,like_count,reply_count\n', (c) =>
    `${[c.id, c.post, c.parent, c.author, c.name, c.type, c.category, c.time, c.text, c.likes, 0].map(csvCell).join(',')}\n`, count);
}

/** The same rows as a Facepager "All nodes" export (;-separated, every field quoted, BOM, CRLF). */
async function generateFacepager() {
  const q = (v) => `"${String(v).replace(/"/g, '""').replace(/\n/g, ' ')}"`;
  const seen = new Set();
  await write(FACEPAGER, '\ufeff"level";"id";"parent_id";"object_id";"object_type";"object_key";"query_status";"query_time";"query_type";"message";"created_time";"like_count";"comment_count";"from.id";"from.name";"parent.id"\r\n', (c) => {
    // A post node the first time a post appears, as Facepager writes the post before its comments.
    const post = seen.has(c.post) ? '' : `${['1', `n${c.post}`, 'seed', c.post, 'data', 'data', 'fetched (200)', '2024-01-01 00:00:00', 'Facebook:/page/posts', '', '', '', '', '', '', ''].map(q).join(';')}\r\n`;
    seen.add(c.post);
    return `${post}${['2', c.id, `n${c.post}`, c.id, 'data', 'data', 'fetched (200)', '2024-01-01 00:00:00', `Facebook:/${c.post}/comments`, c.text, c.time.replace('.000Z', '+0000'), c.likes, 0, c.author, c.name, c.parent].map(q).join(';')}\r\n`;
  });
}

/** The same rows as Graph API comment pages: 100 comments a file, a directory of files (streamed one by one). */
async function generateGraphPages() {
  if (existsSync(GRAPH)) return;
  mkdirSync(GRAPH, { recursive: true });
  let page = [], n = 0;
  const flush = () => {
    writeFileSync(`${GRAPH}/page-${String(n++).padStart(6, '0')}.json`, JSON.stringify({ data: page }));
    page = [];
  };
  for (const c of rows()) {
    page.push({ id: c.id, created_time: c.time.replace('.000Z', '+0000'), from: { id: c.author, name: c.name, ...(c.category ? { category: c.category } : {}) }, message: c.text, like_count: c.likes, ...(c.parent ? { parent: { id: c.parent } } : {}) });
    if (page.length === 100) flush();
  }
  if (page.length) flush();
}

function timed(label, args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', './scripts/rss-report.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${label} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const rssKb = Number(/PEAK_RSS_KB (\d+)/.exec(run.stderr)?.[1] ?? 0);
  // CPU time of all threads: on a shared machine wall time moves with the neighbours' load, CPU time much less.
  const cpuSeconds = Number(/CPU_US (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1e6;
  return { label, seconds, cpuSeconds, rssMb: rssKb / 1024 };
}

// `node scripts/bench.mjs --big 2000000` (issue #13): the `month` scenario replicated with fresh ids
// (every comment, post and author id prefixed per copy, times moved by whole weeks so the weekday
// shifts stay) to the given number of comments, scanned once: it must exit 0 (it died at ~1M with
// "Maximum call stack size exceeded" from push(...array)). Only this check runs; it is heavy.
const bigAt = process.argv.indexOf('--big');
if (bigAt >= 0) {
  const target = Number(process.argv[bigAt + 1] ?? 2_000_000);
  if (!Number.isInteger(target) || target < 1) throw new Error('--big: expected a number of comments');
  const { parse } = await import('csv-parse/sync');
  mkdirSync('bench-out', { recursive: true });
  const month = 'bench-out/month';
  if (!existsSync(`${month}/comments.csv`)) {
    const sim = spawnSync(process.execPath, ['bin/brigade.js', 'simulate', '--scenario', 'month', '--out', month], { encoding: 'utf8' });
    if (sim.status !== 0) throw new Error(sim.stderr);
  }
  const [header, ...records] = parse(readFileSync(`${month}/comments.csv`), { relax_column_count: true });
  const column = (name) => header.indexOf(name);
  const ids = ['comment_id', 'post_id', 'parent_id', 'author_id'].map(column);
  const time = column('created_at');
  const bigFile = `bench-out/month-${target}.csv`;
  if (!existsSync(bigFile)) {
    const out = createWriteStream(bigFile);
    out.write(`${header.join(',')}\n`);
    const week = 7 * 24 * 3_600_000;
    for (let written = 0, copy = 0; written < target; copy++) {
      for (const record of records) {
        if (written === target) break;
        const row = record.slice();
        for (const i of ids) if (row[i]) row[i] = `${copy}${row[i]}`;
        row[time] = new Date(Date.parse(row[time]) + copy * 5 * week).toISOString();
        if (!out.write(`${row.map(csvCell).join(',')}\n`)) await once(out, 'drain');
        written++;
      }
    }
    out.end();
    await once(out, 'finish');
  }
  const bigScan = timed(`month ×${Math.ceil(target / records.length)} scan`, ['bin/brigade.js', 'scan', bigFile, '--format', 'json', '--out', `bench-out/month-${target}-result.json`, '--quiet']);
  process.stdout.write(`${bigFile}: ${target.toLocaleString('en-US')} comments (${(statSync(bigFile).size / 1048576).toFixed(0)} MB) scanned with exit 0 in ${bigScan.seconds.toFixed(1)} s, peak RSS ${bigScan.rssMb.toFixed(0)} MB\n`);
  process.exit(0);
}

// The peers' real data, read as comments with --map (object → post, account → author, share → comment).
function peers() {
  const RUNS = 5;
  const args = ['bin/brigade.js', 'scan', 'fixtures/peers/russian_coord_tweets.csv', '--map', 'post_id=object_id', 'author_id=account_id', 'comment_id=content_id', 'created_at=timestamp_share', '--format', 'json', '--out', 'bench-out/peer-result.json', '--quiet'];
  mkdirSync('bench-out', { recursive: true });
  const runs = Array.from({ length: RUNS }, () => timed('peer data scan', args));
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
  const median = seconds[Math.floor(RUNS / 2)];
  const rss = Math.max(...runs.map((r) => r.rssMb));
  const canonical = 'bench-out/russian_coord_tweets.canonical.csv';
  const peerRows = readFileSync('fixtures/peers/russian_coord_tweets.csv', 'utf8').split('\n');
  peerRows[0] = 'post_id,author_id,comment_id,created_at';
  writeFileSync(canonical, peerRows.join('\n'));
  const passes = JSON.parse(spawnSync(process.execPath, ['scripts/bench-passes.mjs', canonical], { encoding: 'utf8' }).stdout);
  process.stdout.write(
    `peer data (35,125 rows), measured in this run: brigade whole scan min ${seconds[0].toFixed(2)} s / median ${median.toFixed(2)} s of ${RUNS} (process start to exit), ` +
      `co-commenting pass ${passes['co-commenting']} ms, peak RSS ${rss.toFixed(0)} MB\n`,
  );
  // Not measured here: CooRTweet (CRAN) and the QUT toolkit (PyPI) cannot be installed on this machine.
  for (const line of PEER_REFERENCE) process.stdout.write(`${line}\n`);
}

/** The peers' figures, from fixtures/peers/README.md ("Reference timings"): quoted, not measured in this run. */
const PEER_REFERENCE = [
  'peer reference figures (not measured in this run: the peers cannot be installed here; measured side by side on a 2-core machine, Dec 2026, min / median wall time, see fixtures/peers/README.md):',
  '  QUT coordination-network-toolkit (Python), preprocess + co_retweet compute: 3.50 / 4.75 s; brigade scan in that session 1.25 / 2.32 s: brigade ≈ 0.42 × QUT (by median)',
  '  CooRTweet 2.1.3 (R), detect_groups + generate_coordinated_network: 13.2 / 19.9 s; brigade scan in that session 2.05 / 2.68 s: brigade ≈ 0.14 × CooRTweet (by median)',
  '  the detection step alone, as the peers report it: QUT co_retweet 0.48 s (+0.47 s preprocessing); CooRTweet 10.1 s at 60 s / min participation 2',
];

/**
 * `brigade --help` from process start to exit (issue #12's target: ≤ 150 ms, median of 10), alternated with `node -e 0`
 * (Node's own start on this machine at this moment: on a loaded host both move together, and the difference is ours).
 */
function startup() {
  const RUNS = 10;
  const wall = (args) => {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${run.status}): ${run.stderr.slice(-500)}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const help = [], bare = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(wall(['-e', '0']));
    help.push(wall(['bin/brigade.js', '--help']));
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
  process.stdout.write(
    `brigade --help  ${median(help).toFixed(1)} ms median of ${RUNS} (min ${Math.min(...help).toFixed(1)}; issue #12's target ≤ 150 ms); node -e 0 alternated with it ${median(bare).toFixed(1)} ms (min ${Math.min(...bare).toFixed(1)})\n`,
  );
}

/** The scan's up-front refusal of an input too big for the heap (exit 2 before reading), with the heap it asks for. */
async function refusal(file) {
  // The estimate the scan makes, made here: this process has the same default heap limit as the scan's.
  const { checkMemory, estimateMemory } = await import('../dist/memory.js');
  try {
    checkMemory(await estimateMemory([file]));
    return undefined;
  } catch (error) {
    return { message: error.message, mb: /--max-old-space-size=(\d+)/.exec(error.message)[1] };
  }
}

/** Least-squares slope of log(y) on log(x): the growth exponent (1 = linear). */
function slope(xs, ys) {
  const lx = xs.map(Math.log), ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length, my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0, den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

// `npm run bench -- --scale [--sizes 100000,1000000,…]` (issue #12): the seeded canonical file at
// each size, scanned once (whole default scan, JSON out), with time, peak RSS, bytes of peak RSS per
// comment, and the log-log growth exponents of time and memory over the sizes that finished. A size
// that dies (out of memory) is reported with its exit and message, and the sizes after it are not run.
async function scale() {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? process.argv[at + 1].split(',').map(Number) : [100_000, 1_000_000, 3_000_000, 10_000_000];
  const done = [];
  process.stdout.write('rows        MB CSV   scan wall s   scan CPU s   peak RSS MB   bytes/comment   parse-only wall s / CPU s\n');
  for (const n of sizes) {
    const file = `bench-out/comments-${n}.csv`;
    await generate(file, n);
    // --generate-only: write the files (slow at 10M) ahead of the timed runs.
    if (process.argv.includes('--generate-only')) continue;
    const mb = statSync(file).size / 1048576;
    const parse = n <= 1_000_000 ? timed('csv-parse alone', ['scripts/parse-only.mjs', file]) : undefined;
    const args = ['bin/brigade.js', 'scan', file, '--format', 'json', '--out', `bench-out/result-${n}.json`, '--quiet'];
    let scan;
    try {
      // As a user runs it: Node's default heap. Refused up front (exit 2) when the estimate passes the
      // heap limit; then run again as the refusal says, with the heap it names.
      const flag = await refusal(file);
      if (flag) process.stdout.write(`${String(n).padEnd(11)} refused before reading (exit 2): ${flag.message}\n`);
      // Up to 1M rows the scan runs BENCH_REPEATS times (3) and its median counts: the 10M/1M ratio moved with a
      // single 1M run's noise (10.4× and 12.4× for the same code). Larger sizes run once (BENCH_SCALE_REPEATS to
      // repeat them, a median again: one 10M run took 120–130 s on one quiet day).
      const runs = Array.from({ length: n <= 1_000_000 ? Number(process.env.BENCH_REPEATS ?? 3) : Number(process.env.BENCH_SCALE_REPEATS ?? 1) }, () => timed(`scan ${n}`, flag ? [`--max-old-space-size=${flag.mb}`, ...args] : args));
      scan = [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1];
      if (runs.length > 1) scan.runs = runs.map((r) => r.seconds);
    } catch (error) {
      process.stdout.write(`${String(n).padEnd(11)} ${mb.toFixed(0).padStart(6)}   did not finish: ${error.message.split('\n').filter(Boolean).slice(-1)[0]}\n`);
      break;
    }
    done.push({ n, ...scan });
    process.stdout.write(
      `${String(n).padEnd(11)} ${mb.toFixed(0).padStart(6)}   ${scan.seconds.toFixed(1).padStart(11)}   ${scan.cpuSeconds.toFixed(1).padStart(10)}   ${scan.rssMb.toFixed(0).padStart(11)}   ${((scan.rssMb * 1048576) / n).toFixed(0).padStart(13)}` +
        `   ${parse ? `${parse.seconds.toFixed(1)} / ${parse.cpuSeconds.toFixed(1)}` : ''}${scan.runs ? `   (scan runs: ${scan.runs.map((x) => x.toFixed(1)).join(', ')} s; median shown)` : ''}\n`,
    );
  }
  const million = done.find((d) => d.n === 1_000_000), largest = done[done.length - 1];
  if (million && largest && largest.n > million.n) {
    process.stdout.write(`${largest.n.toLocaleString('en-US')} rows took ${(largest.seconds / million.seconds).toFixed(1)}× the 1M scan's median time (issue #12's target at 10M: ≤ 12×)\n`);
  }
  if (done.length >= 2) {
    const ns = done.map((d) => d.n);
    process.stdout.write(
      `growth exponent (log-log slope over ${ns.join(', ')}): wall time ${slope(ns, done.map((d) => d.seconds)).toFixed(2)}, CPU time ${slope(ns, done.map((d) => d.cpuSeconds)).toFixed(2)}, ` +
        `peak RSS ${slope(ns, done.map((d) => d.rssMb)).toFixed(2)} (1.00 = linear)\n`,
    );
  }
}

if (process.argv.includes('--scale')) {
  await scale();
} else if (process.argv.includes('--peers')) {
  peers();
} else {
  await generate();
  const mb = statSync(FILE).size / 1024 / 1024;
  process.stdout.write(`input: ${FILE} (${ROWS.toLocaleString('en-US')} comments, ${mb.toFixed(0)} MB)\n`);
  // Alternated REPEATS times and compared by their medians: on a shared 2-core host one run of either moves by a
  // fifth (csv-parse alone took 5.1–7.3 s on one day), and a ratio of two single runs moved with it.
  const repeats = Number(process.env.BENCH_REPEATS ?? 3);
  const parses = [], scans = [];
  for (let i = 0; i < repeats; i++) {
    parses.push(timed('csv-parse alone', ['scripts/parse-only.mjs', FILE]));
    scans.push(timed('brigade scan', ['bin/brigade.js', 'scan', FILE, '--format', 'json', '--out', 'bench-out/result.json', '--quiet']));
  }
  const median = (runs) => [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1];
  const parse = median(parses), scan = median(scans);
  for (const runs of [parses, scans]) {
    const r = median(runs);
    const all = runs.length > 1 ? ` (runs: ${runs.map((x) => x.seconds.toFixed(2)).join(', ')} s)` : '';
    process.stdout.write(`${r.label.padEnd(16)} ${r.seconds.toFixed(2)} s median of ${runs.length} (CPU ${r.cpuSeconds.toFixed(2)} s)   peak RSS ${Math.max(...runs.map((x) => x.rssMb)).toFixed(0)} MB${all}\n`);
  }
  const passes = JSON.parse(spawnSync(process.execPath, ['scripts/bench-passes.mjs', FILE], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout);
  const coordination = ((passes['ties, after the passes'] ?? 0) + (passes['co-commenting'] ?? 0) + (passes['copy-paste'] ?? 0) + (passes['closed-engagement'] ?? 0)) / 1000;
  process.stdout.write(`passes (ms, alone): ${Object.entries(passes).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  process.stdout.write(`ratio scan / parse (medians): ${(scan.seconds / parse.seconds).toFixed(2)} (issue #12's target ≤ 1.50); without the coordination passes (${coordination.toFixed(2)} s): ${((scan.seconds - coordination) / parse.seconds).toFixed(2)} (issue #2's target ≤ 2.00); largest peak RSS of the scans ${Math.max(...scans.map((x) => x.rssMb)).toFixed(0)} MB (issue #12's target ≤ 1024 MB)\n`);

  // Other formats at the same size: the Facepager path (target ≤ 1.5× the canonical scan) and Graph
  // JSON page files (target ≤ 2.5×), the same comments.
  await generateFacepager();
  await generateGraphPages();
  const facepagerScan = timed('facepager scan', ['bin/brigade.js', 'scan', FACEPAGER, '--format', 'json', '--out', 'bench-out/result-facepager.json', '--quiet']);
  const graphScan = timed('graph pages scan', ['bin/brigade.js', 'scan', GRAPH, '--format', 'json', '--out', 'bench-out/result-graph.json', '--quiet']);
  for (const r of [facepagerScan, graphScan]) process.stdout.write(`${r.label.padEnd(16)} ${r.seconds.toFixed(2)} s   peak RSS ${r.rssMb.toFixed(0)} MB   ${(r.seconds / scan.seconds).toFixed(2)}× the canonical scan\n`);

  peers();
  startup();
}
