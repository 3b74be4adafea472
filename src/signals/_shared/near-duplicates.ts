/**
 * Near-duplicate texts: Jaccard similarity of word sets (the QUT toolkit's criterion; CooRTweet's
 * threshold 0.8), found with prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007, "All-Pairs")
 * instead of MinHash + LSH: with words ordered rarest first, two sets at Jaccard ≥ t must share a
 * word among the first |x| − ⌈t·|x|⌉ + 1 of each. Only texts sharing such a word are compared, each
 * candidate is checked exactly, and — unlike LSH — no pair at the threshold is missed.
 * Identical normalised texts are merged first; families are the connected groups (union-find).
 * Words are compared by 32-bit hashes: a collision (about one in four billion word pairs) can only
 * add a shared word to one pair's count.
 */

/**
 * A word that starts more distinct texts' prefixes than this is a stop word: it no longer finds
 * candidates (texts sharing only such words are found through their rarer words, or not at all).
 * This bounds the work at O(texts × MAX_POSTING) even for a million variants of one template.
 */
const MAX_POSTING = 256;

/** Lower-case, drop links, mentions, emoji and punctuation, collapse spaces. Hashtags keep their word. */
export function normaliseText(text: string): string {
  return words(text, (word) => word).join(' ');
}

// Per UTF-16 code unit: 0 = separator, else the lower-cased code unit (ı folded into i). Filled lazily.
const FOLD = new Uint16Array(65536);
const KNOWN = new Uint8Array(65536);
function fold(c: number): number {
  if (!KNOWN[c]) {
    KNOWN[c] = 1;
    const ch = String.fromCharCode(c);
    // Lone surrogates (emoji halves) and combining marks are not word characters; İ lower-cases to i.
    const isWord = /[\p{L}\p{N}]/u.test(ch);
    const lower = ch.toLowerCase();
    FOLD[c] = !isWord ? 0 : lower === 'ı' ? 0x69 : lower.charCodeAt(0);
  }
  return FOLD[c]!;
}

/** Links and @mentions are not words of the comment. */
function stripLinks(text: string): string {
  if (!text.includes('http') && !text.includes('www.') && !text.includes('@')) return text;
  return text.replace(/https?:\/\/\S+|www\.\S+/gi, ' ').replace(/@[\p{L}\p{N}_.]+/gu, ' ');
}

/** Calls `emit` with each normalised word (as a string, for tests and display). */
function words<T>(text: string, emit: (word: string) => T): T[] {
  const clean = stripLinks(text);
  const out: T[] = [];
  let word = '';
  for (let i = 0; i < clean.length; i++) {
    const f = fold(clean.charCodeAt(i));
    if (f === 0) {
      if (word) out.push(emit(word));
      word = '';
    } else word += String.fromCharCode(f);
  }
  if (word) out.push(emit(word));
  return out;
}

/** Scratch space for wordHashes: reused, so the hot path allocates only what it keeps. */
let scratch = new Int32Array(256);

/**
 * The normalised words of a text as 32-bit FNV-1a hashes, without building strings (the hot path:
 * a million comments). Fills `scratch` and returns the word count; `sequenceKey` is a hash of the
 * whole sequence, for merging identical normalised texts.
 */
let sequenceKey = 0;
function wordHashes(text: string): number {
  const clean = stripLinks(text);
  let count = 0;
  let hash = 0x811c9dc5, inWord = false;
  let k1 = 0x811c9dc5, k2 = 0x01000193;
  for (let i = 0; i <= clean.length; i++) {
    const f = i < clean.length ? fold(clean.charCodeAt(i)) : 0;
    if (f !== 0) {
      hash = Math.imul(hash ^ f, 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (count === scratch.length) {
        const bigger = new Int32Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[count++] = hash;
      k1 = Math.imul(k1 ^ hash, 0x01000193);
      k2 = Math.imul(k2 ^ hash, 0x5bd1e995) ^ (k2 >>> 15);
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  // 53 bits of the two sequence hashes.
  sequenceKey = (k1 >>> 0) * 2097152 + ((k2 >>> 0) & 0x1fffff);
  return count;
}

/** The distinct values of scratch[0, count), sorted. */
function wordSet(count: number): Int32Array {
  const sorted = scratch.slice(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i]!;
  return sorted.slice(0, unique);
}

function jaccard(a: Int32Array, b: Int32Array): number {
  // Both sorted by word id.
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

/**
 * Groups texts into families of near-duplicates. Returns, per input index, its family id (the
 * smallest distinct-text index in the family), or -1 for texts with fewer than `minTokens` words.
 */
export function nearDuplicateFamilies(texts: string[], threshold: number, minTokens: number): Int32Array {
  const family = new Int32Array(texts.length).fill(-1);
  const distinct = new Map<number, number>();
  const sets: Int32Array[] = [];
  const textOf = new Int32Array(texts.length).fill(-1);
  texts.forEach((raw, i) => {
    if (raw.length === 0) return;
    const count = wordHashes(raw);
    const key = sequenceKey;
    let d = distinct.get(key);
    if (d === undefined) {
      const set = wordSet(count);
      if (set.length < minTokens) {
        distinct.set(key, -1);
        return;
      }
      d = sets.length;
      distinct.set(key, d);
      sets.push(set);
    }
    if (d >= 0) textOf[i] = d;
  });

  const parent = Int32Array.from({ length: sets.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const union = (x: number, y: number) => {
    const a = find(x), b = find(y);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };

  if (threshold < 1 && sets.length > 1) {
    const frequency = new Map<number, number>();
    for (const set of sets) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    // Smallest sets first, so an indexed set is never larger than the one probing it.
    const order = sets.map((_, d) => d).sort((x, y) => sets[x]!.length - sets[y]!.length || x - y);
    const postings = new Map<number, number[]>();
    const seen = new Int32Array(sets.length).fill(-1);
    for (const x of order) {
      const set = sets[x]!;
      const prefixLength = set.length - Math.ceil(threshold * set.length) + 1;
      const rarest = Array.from(set).sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b).slice(0, prefixLength);
      for (const word of rarest) {
        if (frequency.get(word) === 1) continue; // no other text has it
        const posting = postings.get(word);
        if (posting) {
          if (posting.length >= MAX_POSTING) continue;
          for (const y of posting) {
            if (seen[y] === x) continue;
            seen[y] = x;
            if (sets[y]!.length >= threshold * set.length && find(x) !== find(y) && jaccard(set, sets[y]!) >= threshold) union(x, y);
          }
          posting.push(x);
        } else {
          postings.set(word, [x]);
        }
      }
    }
  }
  textOf.forEach((d, i) => {
    if (d >= 0) family[i] = find(d);
  });
  return family;
}
