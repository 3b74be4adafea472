import { loadModel, analyse } from './dist/run.js';
import { resolveScanOptions } from './dist/options.js';
import { SIGNALS } from './dist/signals/index.js';
const o = resolveScanOptions({});
const { model } = await loadModel({ comments: [process.argv[2] ?? 'bench-out/comments-1000000.csv'] }, o.analysis, false);
const times = {};
for (const s of SIGNALS) { const f = s.evaluate; s.evaluate = function (...a) { const t = performance.now(); const r = f.apply(this, a); times[s.id] = (times[s.id] ?? 0) + performance.now() - t; return r; }; }
const t = performance.now(); const r = analyse(model, o.analysis); console.log('analyse', performance.now() - t, r.scored.rounds, times, process.memoryUsage().rss / 1e6);
