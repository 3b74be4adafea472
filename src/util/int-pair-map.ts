/**
 * A map from a pair of int32s to an int32, in one flat open-addressing table (linear probing).
 * Built for keys a Map would box: a pair of account indexes, or 53 bits of a text hash, as one
 * JavaScript number is past the small-integer range, so every Map.get allocated a heap number
 * and hashed a double. Each slot is [high, low, value, used] side by side: one cache line a probe.
 */
export class IntPairMap {
  private slots = new Int32Array(4 << 10);
  private size = 0;

  /** expected: keys it will hold, if known; the table is made that big at once rather than doubled (and rehashed) up to it. */
  constructor(expected = 0) {
    const slots = slotsFor(expected);
    if (slots > this.slots.length >> 2) this.slots = new Int32Array(4 * slots);
  }

  /** The value stored for (high, low), or `absent`. */
  get(high: number, low: number, absent: number): number {
    const s = this.slot(high | 0, low | 0);
    return this.slots[s + 3] === 0 ? absent : this.slots[s + 2]!;
  }

  set(high: number, low: number, value: number): void {
    // Grows at three quarters full: linear probing stays short with the hash below, and at 10⁷ keys
    // a table grown at half full was 512 MB where this is 256 MB.
    if (this.size * 4 >= (this.slots.length >> 2) * 3) this.grow();
    const s = this.slot(high | 0, low | 0);
    if (this.slots[s + 3] === 0) {
      this.slots[s] = high;
      this.slots[s + 1] = low;
      this.slots[s + 3] = 1;
      this.size++;
    }
    this.slots[s + 2] = value;
  }

  /** Every (high, low, value), in table order (not insertion order). */
  forEach(visit: (high: number, low: number, value: number) => void): void {
    for (let s = 0; s < this.slots.length; s += 4) if (this.slots[s + 3] !== 0) visit(this.slots[s]!, this.slots[s + 1]!, this.slots[s + 2]!);
  }

  /** Index in `slots` of the key's slot, or of the empty slot where it would go. */
  private slot(high: number, low: number): number {
    const mask = (this.slots.length >> 2) - 1;
    // Fibonacci hashing keeps the product's high bits: its low bits mix only the key's low bits.
    let i = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> Math.clz32(mask);
    while (this.slots[4 * i + 3] !== 0 && (this.slots[4 * i] !== high || this.slots[4 * i + 1] !== low)) i = (i + 1) & mask;
    return 4 * i;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 4) {
      if (old[s + 3] === 0) continue;
      const t = this.slot(old[s]!, old[s + 1]!);
      this.slots[t] = old[s]!;
      this.slots[t + 1] = old[s + 1]!;
      this.slots[t + 2] = old[s + 2]!;
      this.slots[t + 3] = 1;
    }
  }
}

/** The power-of-two slot count that holds `keys` below three quarters full (the tables here grow past that). */
export function slotsFor(keys: number): number {
  let slots = 1;
  while (slots * 3 <= keys * 4) slots *= 2;
  return slots;
}

/**
 * How many keys to size a hash table for from an estimate of them (memory.ts, from the input's size):
 * half. Hashing touches every page of a table, so a table sized for an estimate that is high (a JSON
 * export, long texts) costs its full size; at half, an estimate that is right leaves one doubling.
 */
export function hashedPart(estimate: number): number {
  return Math.ceil(estimate / 2);
}
