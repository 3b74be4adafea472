// Small seeded PRNG (cyrb128 hash -> sfc32) and the distributions the generator needs.
// No dependency, deterministic across platforms (only 32-bit integer arithmetic and Math.log/exp/sqrt/cos).

function cyrb128(str) {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Rng {
  constructor(seedText) {
    let [a, b, c, d] = cyrb128(String(seedText));
    this._next = () => {
      a |= 0; b |= 0; c |= 0; d |= 0;
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    };
    for (let i = 0; i < 24; i++) this._next();
    this._spare = null;
  }
  r() { return this._next(); }
  u(a, b) { return a + (b - a) * this._next(); }
  int(a, b) { return a + Math.floor(this._next() * (b - a + 1)); }
  chance(p) { return this._next() < p; }
  pick(arr) { return arr[Math.floor(this._next() * arr.length)]; }
  logu(a, b) { return Math.exp(this.u(Math.log(a), Math.log(b))); }
  normal() {
    if (this._spare !== null) { const s = this._spare; this._spare = null; return s; }
    let u1 = this._next(); if (u1 < 1e-12) u1 = 1e-12;
    const u2 = this._next();
    const m = Math.sqrt(-2 * Math.log(u1));
    this._spare = m * Math.sin(2 * Math.PI * u2);
    return m * Math.cos(2 * Math.PI * u2);
  }
  exp(mean) { return -mean * Math.log(1 - this._next()); }
  // number of failures before a success, with the given mean
  geom(mean) {
    if (mean <= 0) return 0;
    const p = 1 / (1 + mean);
    return Math.floor(Math.log(1 - this._next()) / Math.log(1 - p));
  }
  poisson(lambda) {
    if (lambda <= 0) return 0;
    if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const L = Math.exp(-lambda); let k = 0, p = 1;
    do { k++; p *= this._next(); } while (p > L);
    return k - 1;
  }
  binomial(n, p) {
    if (n <= 0 || p <= 0) return 0;
    if (n > 60) return Math.min(n, this.poisson(n * p));
    let k = 0; for (let i = 0; i < n; i++) if (this._next() < p) k++;
    return k;
  }
  gamma(k) {
    if (k < 1) return this.gamma(1 + k) * Math.pow(this._next(), 1 / k);
    const d = k - 1 / 3, c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x, v;
      do { x = this.normal(); v = 1 + c * x; } while (v <= 0);
      v = v * v * v;
      const u = this._next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }
  beta(a, b) { const x = this.gamma(a), y = this.gamma(b); return x / (x + y); }
  // beta with the given mean and concentration
  betaMean(mean, conc) {
    const m = Math.min(0.995, Math.max(0.005, mean));
    return this.beta(m * conc, (1 - m) * conc);
  }
  shuffle(arr) {
    for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(this._next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
    return arr;
  }
  sample(arr, k) { return this.shuffle(arr.slice()).slice(0, Math.max(0, Math.min(k, arr.length))); }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(this._next() * 10); return s; }
}

// Repeated weighted draws: cumulative weights + binary search.
export class Picker {
  constructor(items, weights) {
    this.items = items;
    this.cum = new Float64Array(items.length);
    let s = 0;
    for (let i = 0; i < items.length; i++) { s += Math.max(0, weights[i]); this.cum[i] = s; }
    this.total = s;
  }
  pick(rng) {
    const x = rng.r() * this.total;
    let lo = 0, hi = this.cum.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.cum[mid] > x) hi = mid; else lo = mid + 1; }
    return this.items[lo];
  }
}
