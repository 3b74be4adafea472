import { Worker } from 'node:worker_threads';
import type { Counter, FirstPass, TextFamilies } from './near-duplicates.js';

/** What the worker is sent: an ended first pass as typed arrays (moved, not copied), and the similarity. */
export type FamiliesRequest = Omit<FirstPass, 'frequency'> & { frequency: Counter['table']; threshold: number };

// Run from TypeScript sources (the tests), the worker is the built one: a worker thread cannot load .ts.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/coordination/families-worker.js', import.meta.url)
  : new URL('./families-worker.js', import.meta.url);

/**
 * familiesOf on a worker thread, so that this thread can do other work meanwhile. The pass's arrays are
 * moved to the worker (its buffers are detached here: the pass must not be read again), and the families
 * moved back.
 */
export async function familiesOnThread(pass: FirstPass, threshold: number): Promise<TextFamilies> {
  const frequency = pass.frequency.table;
  const request: FamiliesRequest = { words: pass.words, starts: pass.starts, n: pass.n, textOf: pass.textOf, slogans: pass.slogans, frequency, threshold };
  const moved = [pass.words.buffer, pass.starts.buffer, pass.textOf.buffer, frequency.slots.buffer];
  if (pass.slogans) moved.push(pass.slogans.buffer);
  const worker = new Worker(WORKER_URL);
  try {
    return await new Promise<TextFamilies>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`copy-paste families worker exited with code ${code}`)));
      worker.postMessage(request, moved as ArrayBuffer[]);
    });
  } finally {
    await worker.terminate();
  }
}
