/**
 * Near-duplicate texts by MinHash + LSH (Broder 1997) on word-token sets (the QUT toolkit's Jaccard
 * on token sets): identical normalised texts are merged first, the distinct ones get `BANDS` × `ROWS`
 * MinHash values, only texts sharing a band bucket are compared, and candidates are kept when their
 * exact Jaccard similarity reaches the threshold; families are the connected groups (union-find).
 * Never all pairs. With 10 bands of 3 rows a pair at Jaccard 0.8 is found with probability
 * 1 − (1 − 0.8³)¹⁰ ≈ 0.999, and one at 0.5 is a candidate with probability 0.74 (then checked exactly).
 */
const BANDS = 10;
const ROWS = 3;
const MAX_BUCKET = 2000; // a bucket this full is noise (a very short common text): not expanded

/** Lower-case (az rules), drop links, mentions, emoji and punctuation, collapse spaces. Hashtags keep their word. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('az')
    .replace(/https?:\/\/\S+|www\.\S+/g, ' ')
    .replace(/@[\p{L}\p{N}_.]+/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The set of a text's word hashes, sorted. */
function tokenSet(text: string): Uint32Array {
  return Uint32Array.from(new Set(text.split(' ').map(fnv1a))).sort();
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Fixed seeds: the same input always gives the same families. */
const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, k) => Math.imul(k + 1, 0x9e3779b1) >>> 0);

/** A 32-bit mix (murmur3's finaliser) of a token hash with one seed: one of the MinHash permutations. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const x of set) {
    for (let k = 0; k < sig.length; k++) {
      const h = mix(x, SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/**
 * Groups texts into families of near-duplicates. Returns, per input index, its family id (the
 * smallest distinct-text index in the family), or -1 for texts too short to judge.
 */
export function nearDuplicateFamilies(texts: string[], threshold: number, minTokens: number): Int32Array {
  const family = new Int32Array(texts.length).fill(-1);
  const distinct = new Map<string, number>();
  const distinctTexts: string[] = [];
  const textOf = new Int32Array(texts.length).fill(-1);
  texts.forEach((raw, i) => {
    const text = normaliseText(raw);
    if (text.split(' ').length < minTokens) return;
    let d = distinct.get(text);
    if (d === undefined) {
      d = distinctTexts.length;
      distinct.set(text, d);
      distinctTexts.push(text);
    }
    textOf[i] = d;
  });

  const parent = Int32Array.from({ length: distinctTexts.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const union = (x: number, y: number) => {
    const a = find(x), b = find(y);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };

  if (threshold < 1) {
    const sets = distinctTexts.map(tokenSet);
    const buckets = new Map<string, number[]>();
    sets.forEach((set, d) => {
      const sig = signature(set);
      for (let band = 0; band < BANDS; band++) {
        const key = `${band}:${Array.prototype.join.call(sig.subarray(band * ROWS, band * ROWS + ROWS), ',')}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(d);
        else buckets.set(key, [d]);
      }
    });
    const compared = new Set<number>();
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const x = bucket[i]!, y = bucket[j]!;
          const key = x * distinctTexts.length + y;
          if (compared.has(key)) continue;
          compared.add(key);
          if (find(x) !== find(y) && jaccard(sets[x]!, sets[y]!) >= threshold) union(x, y);
        }
      }
    }
  }
  textOf.forEach((d, i) => {
    if (d >= 0) family[i] = find(d);
  });
  return family;
}
