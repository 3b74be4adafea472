import type { Model } from '../model/types.js';
import type { CopyPasteOptions } from '../signals/copy-paste.js';
import { familiesOf, nearDuplicateFamilies, type DistinctTexts, type TextFamilies } from './near-duplicates.js';

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

/** Per comment, its near-duplicate family and its slogan (or -1); computed once per model and options. */
export function copyPasteFamilies(model: Model, opts: CopyPasteOptions): TextFamilies {
  const key = `${opts.similarity}/${opts.minTokens}/${opts.sloganMinTokens}`;
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  let families = byKey.get(key);
  if (!families) {
    const pass = firstPasses.get(model);
    if (pass && pass.minTokens === opts.minTokens && pass.sloganMinTokens === opts.sloganMinTokens) {
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
