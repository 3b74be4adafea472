import { randomInt } from 'node:crypto';
import { TextStore } from './text-store.js';
import { hashedPart, slotsFor } from '../util/int-pair-map.js';

/**
 * The comment ids, by comment index, and the index of each id: the ids as bytes outside the heap
 * (text-store.ts) and a flat open-addressing table of [hash, index + 1] pairs (linear probing). As
 * strings in a Map, a 10⁷-comment scan held 10⁷ id strings for the whole scan and a Map of 10⁷
 * entries while reading (in 16 shards: one Map holds at most 2²⁴); here an id costs its bytes and
 * 12 bytes of offsets, and 11 to 21 bytes of table while reading.
 * A hash is only where to look: every hit is checked against the stored id, so two ids with one
 * hash (a hostile file can make them) stay two comments. The seed is drawn per table, so ids made to
 * share a hash under one seed do not under the next (not a cryptographic promise: at worst lookups
 * slow down); the answers never depend on it.
 */
export class CommentIds {
  private readonly ids: TextStore = new TextStore(ID_CHUNK_BYTES);
  private slots = new Int32Array(2 * 1024);

  /** seed: tests give one, to make ids that share a hash; expected: ids it will hold, if known (the table made that big at once). */
  constructor(
    private readonly seed = randomInt(2 ** 31),
    expected = 0,
  ) {
    if (expected > 0) {
      this.ids = new TextStore(ID_CHUNK_BYTES, expected);
      const slots = slotsFor(hashedPart(expected));
      if (slots > this.slots.length >> 1) this.slots = new Int32Array(2 * slots);
    }
  }

  get length(): number {
    return this.ids.length;
  }

  /** Comment i's id. */
  at(i: number): string {
    return this.ids.at(i);
  }

  /** Comment i's id against comment j's, in code-unit order (as `<` orders strings): −1, 0 or 1. */
  compare(i: number, j: number): number {
    const x = this.ids.at(i), y = this.ids.at(j);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  /** The index of `id`, or −1 when no comment has it. */
  indexOf(id: string): number {
    if (this.slots === RELEASED) throw new Error('CommentIds: the index was released when reading ended');
    const hash = idHash(id, this.seed);
    const mask = (this.slots.length >> 1) - 1;
    for (let s = hash >>> Math.clz32(mask); ; s = (s + 1) & mask) {
      const entry = this.slots[2 * s + 1]!;
      if (entry === 0) return -1;
      if (this.slots[2 * s] === hash && this.ids.equals(entry - 1, id)) return entry - 1;
    }
  }

  /** Gives `id` the next index and returns it; −1, and nothing added, when a comment has it already. */
  add(id: string): number {
    if (this.slots === RELEASED) throw new Error('CommentIds: the index was released when reading ended');
    // Grows at three quarters full, as util/int-pair-map.ts.
    if (this.ids.length * 4 >= (this.slots.length >> 1) * 3) this.grow();
    const hash = idHash(id, this.seed);
    const mask = (this.slots.length >> 1) - 1;
    let s = hash >>> Math.clz32(mask);
    for (; this.slots[2 * s + 1] !== 0; s = (s + 1) & mask) {
      const entry = this.slots[2 * s + 1]!;
      if (this.slots[2 * s] === hash && this.ids.equals(entry - 1, id)) return -1;
    }
    const index = this.ids.length;
    this.ids.push(id);
    this.slots[2 * s] = hash;
    this.slots[2 * s + 1] = index + 1;
    return index;
  }

  /** Lets the table go once reading is done (128 MB at 10⁷ comments): ids stay readable by index; indexOf and add no longer work. */
  releaseIndex(): void {
    this.slots = RELEASED;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = (this.slots.length >> 1) - 1;
    for (let t = 0; t < old.length; t += 2) {
      if (old[t + 1] === 0) continue;
      let s = old[t]! >>> Math.clz32(mask);
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      this.slots[2 * s] = old[t]!;
      this.slots[2 * s + 1] = old[t + 1]!;
    }
  }
}

const RELEASED = new Int32Array(0);

/** FNV-1a over the UTF-16 units, then murmur3's finaliser: the slot is taken from the high bits, which FNV mixes poorly. */
export function idHash(id: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Ids are short: chunks of 16 MB rather than the texts' 64 MB. */
const ID_CHUNK_BYTES = 16 * 1024 * 1024;
