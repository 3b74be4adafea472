// Part of `npm run bench`: loads one file into the model and times each signal's pass once, in-process.
import { loadModel } from '../dist/run.js';
import { resolveScanOptions } from '../dist/options.js';
import { SIGNALS } from '../dist/signals/index.js';
import { makeShiftTest } from '../dist/profile.js';

const options = resolveScanOptions({}).analysis;
const { model } = await loadModel({ comments: [process.argv[2]] }, options, false);
const isShift = makeShiftTest(options.profile);
const inShift = Uint8Array.from(model.comments, (c) => (isShift(c.localDay, c.localHour) ? 1 : 0));
const context = { profile: options.profile, inShift, suspected: new Uint8Array(model.accounts.length), anchored: new Uint8Array(model.accounts.length) };
const timings = {};
for (const signal of SIGNALS) {
  if (signal.unavailable(model)) continue;
  const started = performance.now();
  signal.evaluate(model, options.signals[signal.id], context);
  timings[signal.id] = Math.round(performance.now() - started);
}
process.stdout.write(`${JSON.stringify(timings)}\n`);
