// A worker thread (families-thread.ts): copy-paste's second pass over a first pass sent as typed arrays.
import { parentPort } from 'node:worker_threads';
import { Counter, familiesOf } from './near-duplicates.js';
import type { FamiliesRequest } from './families-thread.js';

const port = parentPort!;
port.once('message', ({ frequency, threshold, ...pass }: FamiliesRequest) => {
  const families = familiesOf({ ...pass, frequency: new Counter(frequency.slots, frequency.size) }, threshold);
  const moved = [families.copies.buffer];
  if (families.slogans) moved.push(families.slogans.buffer);
  port.postMessage(families, moved as ArrayBuffer[]);
});
