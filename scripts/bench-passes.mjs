// Part of `npm run bench`: loads one file into the model and times each signal's pass once, in-process.
import { loadModel } from '../dist/run.js';
import { resolveScanOptions } from '../dist/options.js';
import { SIGNALS } from '../dist/signals/index.js';
import { makeShiftTest } from '../dist/profile.js';
import { coordinationTies } from '../dist/coordination/ties.js';

const options = resolveScanOptions({}).analysis;
const { model } = await loadModel({ comments: [process.argv[2]] }, options, false);
const isShift = makeShiftTest(options.profile);
const inShift = Uint8Array.from(model.comments, (c) => (isShift(c.localDay, c.localHour) ? 1 : 0));
const timings = {};
const suspected = new Uint8Array(model.accounts.length), anchored = new Uint8Array(model.accounts.length), flagged = new Uint8Array(model.accounts.length);
// Each pass from scratch: co-commenting and copy-paste first (they fill the caches the scan's shared
// ties then reuse), then what building the ties adds on top, then closed-engagement on those ties.
// No networks judged and no pooled clocks: each signal's own pass, as in the scan's first round.
let context = { profile: options.profile, inShift, suspected, anchored, flagged, ties: coordinationTies(model, null, null), networks: [], pooledClock: new Uint8Array(model.accounts.length), pooledEngagement: new Uint8Array(model.accounts.length) };
const time = (label, run) => {
  const started = performance.now();
  const value = run();
  timings[label] = Math.round(performance.now() - started);
  return value;
};
for (const signal of SIGNALS) {
  if (signal.unavailable(model) || signal.id === 'closed-engagement') continue;
  const opts = options.signals[signal.id];
  // Co-commenting and copy-paste read their edges and families from the ties: each pass is building
  // its part of them, then the evidence.
  if (signal.id === 'co-commenting') time(signal.id, () => signal.evaluate(model, opts, { ...context, ties: coordinationTies(model, opts, null) }));
  else if (signal.id === 'copy-paste') time(signal.id, () => signal.evaluate(model, opts, { ...context, ties: coordinationTies(model, null, opts) }));
  else time(signal.id, () => signal.evaluate(model, opts, context));
}
const ties = time('ties, after the passes', () => coordinationTies(model, options.signals['co-commenting'], options.signals['copy-paste']));
context = { ...context, ties };
const closed = SIGNALS.find((s) => s.id === 'closed-engagement');
if (!closed.unavailable(model)) time(closed.id, () => closed.evaluate(model, options.signals[closed.id], context));
process.stdout.write(`${JSON.stringify(timings)}\n`);
