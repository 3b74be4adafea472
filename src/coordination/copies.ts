import type { Model } from '../model/types.js';
import type { CopyPasteOptions } from '../signals/copy-paste.js';
import { familiesOf, nearDuplicateFamilies, type DistinctTexts, type TextFamilies } from './near-duplicates.js';
import { familiesOnThread } from './families-thread.js';

const cache = new WeakMap<object, Map<string, TextFamilies>>();

/**
 * The distinct authors of each family with at least `minAccounts` of them. Families with fewer
 * comments than that cannot qualify and get no Set: on a million distinct texts that is a million
 * Sets not made. Called once per scan, by the shared ties (coordination/ties.ts).
 */
export function familyAuthors(model: Model, families: Int32Array, minAccounts: number): Map<number, Set<number>> {
  let maxFamily = -1;
  for (const f of families) if (f > maxFamily) maxFamily = f;
  const comments = new Uint32Array(maxFamily + 1);
  for (const f of families) if (f >= 0) comments[f]!++;
  const authors = new Map<number, Set<number>>();
  families.forEach((f, i) => {
    if (f < 0 || comments[f]! < minAccounts) return;
    let set = authors.get(f);
    if (!set) authors.set(f, (set = new Set()));
    set.add(model.columns.author[i]!);
  });
  for (const [f, set] of authors) if (set.size < minAccounts) authors.delete(f);
  return authors;
}

/** First passes made while the model was read (run.ts, loadFiles), by model; used once. */
const firstPasses = new WeakMap<object, DistinctTexts>();

/** The first pass of copy-paste made while reading the model's texts, for copyPasteFamilies to finish. */
export function keepFirstPass(model: Model, pass: DistinctTexts): void {
  if (pass.length !== model.columns.length) throw new Error('keepFirstPass: the pass did not see every comment');
  firstPasses.set(model, pass);
}

/** Distinct texts below which the families are not worth a worker thread's start (tens of milliseconds). */
const THREAD_MIN_DISTINCT_TEXTS = 50_000;

/**
 * Makes copyPasteFamilies' answer on a worker thread, for it to find: the scan starts this and counts the
 * co-commenting pairs meanwhile (run.ts), where after reading the analysis used one of two cores. Does
 * nothing (copyPasteFamilies then works here, as before) without a first pass for these options, or for
 * a small one.
 */
export async function copyPasteFamiliesOnThread(model: Model, opts: CopyPasteOptions): Promise<void> {
  const pass = firstPasses.get(model);
  if (!pass || !passFits(pass, opts) || pass.n < THREAD_MIN_DISTINCT_TEXTS || cache.get(model)?.has(keyOf(opts))) return;
  firstPasses.delete(model);
  const families = await familiesOnThread(pass, opts.similarity);
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  byKey.set(keyOf(opts), families);
}

const keyOf = (opts: CopyPasteOptions) => `${opts.similarity}/${opts.minTokens}/${opts.sloganMinTokens}`;
const passFits = (pass: DistinctTexts, opts: CopyPasteOptions) => pass.minTokens === opts.minTokens && pass.sloganMinTokens === opts.sloganMinTokens;

/** Per comment, its near-duplicate family and its slogan (or -1); computed once per model and options. */
export function copyPasteFamilies(model: Model, opts: CopyPasteOptions): TextFamilies {
  const key = keyOf(opts);
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let families = byKey.get(key);
  if (!families) {
    const pass = firstPasses.get(model);
    if (pass && passFits(pass, opts)) {
      // Its words are let go once the families are made, as nearDuplicateFamilies lets its own go.
      firstPasses.delete(model);
      families = familiesOf(pass, opts.similarity);
    } else {
      families = nearDuplicateFamilies(model.columns.texts, opts.similarity, opts.minTokens, opts.sloganMinTokens);
    }
    byKey.set(key, families);
  }
  return families;
}
