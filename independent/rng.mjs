// A small seeded generator of our own (splitmix32 to seed, sfc32 to draw), so that a draw is the
// same on every machine and owes nothing to the detector's or the first simulator's code.

function splitmix32(a) {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

/** FNV-1a of a string: mixes the family name into the seed so families draw independent streams. */
export function hashString(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  constructor(seed, salt = '') {
    const mix = splitmix32((Number(seed) >>> 0) ^ hashString(String(salt)) ^ Math.floor(Number(seed) / 2 ** 32));
    this.a = mix(); this.b = mix(); this.c = mix(); this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }
  /** uniform in [0, 1) */
  next() {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  /** a child stream, so adding draws in one part of the generator does not shift another part */
  fork(label) { return new Rng(Math.floor(this.next() * 2 ** 32), label); }
  uniform(lo, hi) { return lo + (hi - lo) * this.next(); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  /** arr of [item, weight] */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let x = this.next() * total;
    for (const [item, w] of pairs) { x -= w; if (x < 0) return item; }
    return pairs[pairs.length - 1][0];
  }
  normal(mean = 0, sd = 1) {
    const u = 1 - this.next(), v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  exp(mean) { return -Math.log(1 - this.next()) * mean; }
  /** Poisson by inversion for small means, normal approximation for large ones */
  poisson(mean) {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const l = Math.exp(-mean);
    let k = 0, p = 1;
    do { k++; p *= this.next(); } while (p > l);
    return k - 1;
  }
  binomial(n, p) { let k = 0; for (let i = 0; i < n; i++) if (this.next() < p) k++; return k; }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
    return arr;
  }
  sample(arr, k) { return this.shuffle(arr.slice()).slice(0, Math.min(k, arr.length)); }
  /** a Facebook-like numeric id as a string (ids exceed 2^53; never a number) */
  digits(n) { let s = String(1 + Math.floor(this.next() * 9)); while (s.length < n) s += Math.floor(this.next() * 10); return s; }
}
