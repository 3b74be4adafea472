import { resized, sharedInRuns } from '../util/arrays.js';
import { hashedPart, IntPairMap } from '../util/int-pair-map.js';
import { DisjointSets } from '../util/disjoint-sets.js';

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
const NEW = -2;

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

/** Scratch space for wordHashes: reused, so the hot path allocates only what it keeps. */
let scratch = new Int32Array(256);

/**
 * The normalised words of a text as 32-bit FNV-1a hashes, without building strings (the hot path:
 * a million comments). Fills `scratch` and returns the word count; `sequenceHigh` and `sequenceLow`
 * are 53 bits of a hash of the whole sequence, for merging identical normalised texts.
 */
let sequenceHigh = 0, sequenceLow = 0;
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
      if (count === scratch.length) scratch = resized(scratch, scratch.length * 2);
      scratch[count++] = hash;
      k1 = Math.imul(k1 ^ hash, 0x01000193);
      k2 = Math.imul(k2 ^ hash, 0x5bd1e995) ^ (k2 >>> 15);
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  // 53 bits of the two sequence hashes.
  sequenceHigh = k1 | 0;
  sequenceLow = k2 & 0x1fffff;
  return count;
}

/** Sorts scratch[0, count) in place, keeps its distinct values at the front and returns how many. */
function uniqueInScratch(count: number): number {
  // Comments are short: an insertion sort in place beats a subarray and its sort call below 32 words.
  const run = count <= 32 ? insertionSort(scratch, count) : scratch.subarray(0, count).sort();
  let unique = 0;
  for (let i = 0; i < count; i++) if (i === 0 || run[i] !== run[unique - 1]) run[unique++] = run[i]!;
  return unique;
}

function insertionSort(values: Int32Array, count: number): Int32Array {
  for (let i = 1; i < count; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
  return values;
}

/** Jaccard similarity of two sorted runs of the flat word array. */
function jaccard(words: Int32Array, a0: number, a1: number, b0: number, b1: number): number {
  const shared = sharedInRuns(words, a0, a1, words, b0, b1);
  return shared / (a1 - a0 + (b1 - b0) - shared);
}

/**
 * Counts of 32-bit keys in an open-addressing table: a million words without a million Map entries.
 * Key and count sit side by side (one cache line per probe; a count of 0 is an empty slot), and the
 * table grows with the distinct keys rather than being sized for every word.
 */
export class Counter {
  /** slots and size: the table of a counter made elsewhere (sent to a worker thread as its bytes). */
  constructor(
    private slots: Int32Array = new Int32Array(2 << 12),
    private size = 0,
  ) {}
  /** The table and its key count, for a counter made again elsewhere (families-thread.ts). */
  get table(): { slots: Int32Array; size: number } {
    return { slots: this.slots, size: this.size };
  }
  private slot(key: number): number {
    const mask = (this.slots.length >> 1) - 1;
    // Fibonacci hashing takes the product's high bits: its low bits are the key's low bits scrambled
    // only among themselves, and word hashes of numbered texts crowd there (long probe runs).
    let i = Math.imul(key, 0x9e3779b1) >>> Math.clz32(mask);
    while (this.slots[2 * i + 1] !== 0 && this.slots[2 * i] !== key) i = (i + 1) & mask;
    return i;
  }
  add(key: number): void {
    // Grows at three quarters full (half the memory of growing at half full, at 10⁷ words).
    if (this.size * 8 >= this.slots.length * 3) this.grow();
    const i = this.slot(key);
    if (this.slots[2 * i + 1] === 0) {
      this.slots[2 * i] = key;
      this.size++;
    }
    this.slots[2 * i + 1]!++;
  }
  get(key: number): number {
    return this.slots[2 * this.slot(key) + 1]!;
  }
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      const j = this.slot(old[i]!);
      this.slots[2 * j] = old[i]!;
      this.slots[2 * j + 1] = old[i + 1]!;
    }
  }
}

/** Per text: its family of near-duplicates, and its slogan (see nearDuplicateFamilies). */
export interface TextFamilies {
  /** Per text, its family id (the smallest distinct-text index in the family), or -1 (too short). */
  copies: Int32Array;
  /** Per text shorter than `minTokens` words but of at least `sloganMinTokens`: the id of its exact normalised wording (ids from 0 up), else -1. Null when no text can be a slogan. */
  slogans: Int32Array | null;
}

/**
 * The first pass of nearDuplicateFamilies, one text at a time: each text's words as hashes, and the
 * distinct normalised texts. A scan feeds it while the file is still being parsed (model/builder.ts),
 * when the main thread would otherwise wait for the parser, and with the text still a string (it
 * is not decoded back from the text store afterwards).
 */
export class DistinctTexts {
  // Distinct normalised texts by their 53-bit sequence key: the distinct-text index, −3 − the slogan id
  // of a short text that can be a slogan, or −1 (too short for either).
  // Let go when the pass ends (at 10⁷ texts it is 256 MB beside the tables of the second).
  private distinct: IntPairMap | undefined = new IntPairMap();
  words = new Int32Array(1 << 16);
  used = 0;
  /** starts[d] … starts[d + 1]: distinct text d's words in `words`. */
  starts = new Int32Array(1 << 12);
  /** Distinct texts compared (of at least minTokens words). */
  n = 0;
  /** Per text, its distinct-text index, or −1. */
  textOf: Int32Array = new Int32Array(1024).fill(-1);
  /** Per text (slogans only), its slogan id or −1; see TextFamilies.slogans. */
  slogans: Int32Array | null;
  /** Texts given so far (the last index + 1). */
  length = 0;
  /** In how many distinct texts each word is: counted here, as the texts come, rather than in a pass over `words` afterwards. */
  readonly frequency = new Counter();
  private sloganCount = 0;

  /** expected: texts it will be given, if known: its arrays are made that big at once, its table of distinct texts for half (hashedPart). */
  constructor(
    readonly minTokens: number,
    readonly sloganMinTokens = minTokens,
    expected = 0,
  ) {
    const capacity = Math.max(1024, expected);
    if (expected > 0) {
      this.distinct = new IntPairMap(hashedPart(expected));
      this.textOf = new Int32Array(capacity).fill(-1);
      this.starts = new Int32Array(Math.max(this.starts.length, expected + 2));
    }
    this.slogans = sloganMinTokens < minTokens ? new Int32Array(capacity).fill(-1) : null;
  }

  /** Text i (indexes given in increasing order; an index skipped is a text of no words). */
  add(i: number, raw: string): void {
    if (this.distinct === undefined) throw new Error('DistinctTexts: add after the pass ended');
    if (i >= this.textOf.length) {
      const capacity = Math.max(this.textOf.length * 2, i + 1);
      this.textOf = resized(this.textOf, capacity, -1);
      if (this.slogans) this.slogans = resized(this.slogans, capacity, -1);
    }
    this.length = Math.max(this.length, i + 1);
    if (raw.length === 0) return;
    const count = wordHashes(raw);
    const high = sequenceHigh, low = sequenceLow;
    let d = this.distinct.get(high, low, NEW);
    if (d === NEW) {
      const unique = uniqueInScratch(count);
      if (unique < this.minTokens) {
        d = this.slogans && unique >= this.sloganMinTokens ? -3 - this.sloganCount++ : -1;
        this.distinct.set(high, low, d);
      } else {
        if (this.used + unique > this.words.length) this.words = resized(this.words, Math.max(this.words.length * 2, this.used + unique));
        for (let k = 0; k < unique; k++) {
          this.words[this.used + k] = scratch[k]!;
          this.frequency.add(scratch[k]!);
        }
        this.used += unique;
        d = this.n++;
        if (this.n + 1 > this.starts.length) this.starts = resized(this.starts, this.starts.length * 2);
        this.starts[this.n] = this.used;
        this.distinct.set(high, low, d);
      }
    }
    if (d >= 0) this.textOf[i] = d;
    else if (d <= -3) this.slogans![i] = -3 - d;
  }

  /** Ends the pass at `length` texts: the table of distinct texts goes, the per-text arrays are cut to size. */
  end(length: number): this {
    this.distinct = undefined;
    this.length = length;
    if (this.textOf.length !== length) this.textOf = resized(this.textOf, length, -1);
    if (this.slogans && this.slogans.length !== length) this.slogans = resized(this.slogans, length, -1);
    return this;
  }
}

/**
 * Groups texts into families of near-duplicates. Texts with fewer than `minTokens` distinct words are
 * not compared (two short texts at Jaccard 0.8 are the same words anyway); those with at least
 * `sloganMinTokens` are grouped by their exact normalised wording instead: slogans.
 * Memory: one flat array of word hashes for the distinct texts, and a counter of words.
 */
export function nearDuplicateFamilies(texts: { readonly length: number; at(i: number): string | undefined }, threshold: number, minTokens: number, sloganMinTokens = minTokens): TextFamilies {
  const pass = new DistinctTexts(minTokens, sloganMinTokens);
  for (let i = 0; i < texts.length; i++) pass.add(i, texts.at(i)!);
  return familiesOf(pass.end(texts.length), threshold);
}

/** What the second pass reads of an ended first pass (a worker thread gets these, not the pass). */
export type FirstPass = Pick<DistinctTexts, 'words' | 'starts' | 'n' | 'textOf' | 'slogans' | 'frequency'>;

/** The second pass: the families among the distinct texts of an ended first pass. */
export function familiesOf(pass: FirstPass, threshold: number): TextFamilies {
  const { words, starts, n, textOf, slogans, frequency } = pass;
  const family = new Int32Array(textOf.length).fill(-1);
  const sets = new DisjointSets(n);

  if (threshold < 1 && n > 1) {
    // Smallest sets first, so an indexed set is never larger than the one probing it.
    // (A counting sort by length: stable, so ties stay in index order.)
    let maxLength = 0;
    for (let d = 0; d < n; d++) maxLength = Math.max(maxLength, starts[d + 1]! - starts[d]!);
    const firstOfLength = new Int32Array(maxLength + 2);
    for (let d = 0; d < n; d++) firstOfLength[starts[d + 1]! - starts[d]! + 1]!++;
    for (let l = 1; l < firstOfLength.length; l++) firstOfLength[l]! += firstOfLength[l - 1]!;
    const order = new Int32Array(n);
    for (let d = 0; d < n; d++) order[firstOfLength[starts[d + 1]! - starts[d]!]!++] = d;
    const postings = new Map<number, number[]>();
    const seen = new Int32Array(n).fill(-1);
    const wordFrequency = new Int32Array(maxLength);
    for (const x of order) {
      const x0 = starts[x]!, x1 = starts[x + 1]!, size = x1 - x0;
      // Words no other text has cannot find a candidate: most texts stop here.
      let shared = 0;
      for (let k = x0; k < x1; k++) {
        wordFrequency[k - x0] = frequency.get(words[k]!);
        if (wordFrequency[k - x0]! > 1) shared++;
      }
      if (shared === 0) continue;
      // The prefix: the `prefixLength` rarest words (ties by hash), picked by selection — it is short.
      const prefixLength = size - Math.ceil(threshold * size) + 1;
      for (let p = 0; p < prefixLength; p++) {
        let best = -1;
        for (let k = 0; k < size; k++) {
          if (wordFrequency[k]! < 0) continue;
          if (best < 0 || wordFrequency[k]! < wordFrequency[best]! || (wordFrequency[k] === wordFrequency[best] && words[x0 + k]! < words[x0 + best]!)) best = k;
        }
        const word = words[x0 + best]!;
        const wordCount = wordFrequency[best]!;
        wordFrequency[best] = -1;
        if (wordCount === 1) continue;
        const posting = postings.get(word);
        if (posting) {
          if (posting.length >= MAX_POSTING) continue;
          for (const y of posting) {
            if (seen[y] === x) continue;
            seen[y] = x;
            const y0 = starts[y]!, y1 = starts[y + 1]!;
            if (y1 - y0 >= threshold * size && sets.find(x) !== sets.find(y) && jaccard(words, x0, x1, y0, y1) >= threshold) sets.union(x, y);
          }
          posting.push(x);
        } else {
          postings.set(word, [x]);
        }
      }
    }
  }
  for (let i = 0; i < textOf.length; i++) if (textOf[i]! >= 0) family[i] = sets.find(textOf[i]!);
  return { copies: family, slogans };
}
