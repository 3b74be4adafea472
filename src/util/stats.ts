import { gammaln } from 'simple-statistics';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Wilson score interval for k successes in n trials (Wilson 1927); [0, 0] when n = 0. */
export function wilson(k: number, n: number, z = Z95): [number, number] {
  if (n === 0) return [0, 0];
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function logChoose(n: number, k: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
}

/** P(X ≥ k) for X ~ Binomial(n, p): exact sum in log space, stable for n in the thousands. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // First term in log space, the rest by the ratio term(i+1)/term(i) = (n−i)/(i+1) · p/(1−p).
  let term = Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  const odds = p / (1 - p);
  let sum = term;
  for (let i = k; i < n; i++) {
    term *= ((n - i) / (i + 1)) * odds;
    sum += term;
    if (term < sum * 1e-17 && i > n * p) break;
  }
  return Math.min(1, sum);
}

/** P(X ≥ k) for X ~ Poisson(lambda). */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  // 1 − P(X ≤ k−1) = regularised lower incomplete gamma P(k, lambda).
  return regularizedGammaP(k, lambda);
}

/** Regularised lower incomplete gamma P(a, x) (Numerical Recipes 6.2: series, else continued fraction). */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) {
    let term = 1 / a, sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - gammaln(a)));
  }
  let b = x + 1 - a, c = 1 / 1e-300, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - Math.exp(-x + a * Math.log(x) - gammaln(a)) * h);
}

/** Upper tail of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareUpperTail(statistic: number, df: number): number {
  if (statistic <= 0) return 1;
  return 1 - regularizedGammaP(df / 2, statistic / 2);
}

/** Benjamini–Hochberg adjusted p-values (q-values), in the input order. */
export function benjaminiHochberg(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const [p, index] = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

/**
 * Pearson chi-square test of a 2 × k table (two groups over k bins), pooling sparse bins in order
 * until every expected count is ≥ 5 (Cochran's rule). Returns the statistic, df and p-value.
 */
export function chiSquareTwoGroups(a: number[], b: number[]): { statistic: number; df: number; p: number; bins: number } {
  const totalA = a.reduce((s, v) => s + v, 0), totalB = b.reduce((s, v) => s + v, 0);
  const total = totalA + totalB;
  if (totalA === 0 || totalB === 0) return { statistic: 0, df: 0, p: 1, bins: 0 };
  const minShare = Math.min(totalA, totalB) / total;
  const pooledA: number[] = [], pooledB: number[] = [];
  let accA = 0, accB = 0;
  for (let i = 0; i < a.length; i++) {
    accA += a[i]!;
    accB += b[i]!;
    if ((accA + accB) * minShare >= 5) {
      pooledA.push(accA);
      pooledB.push(accB);
      accA = accB = 0;
    }
  }
  if (accA + accB > 0) {
    if (pooledA.length === 0) {
      pooledA.push(accA);
      pooledB.push(accB);
    } else {
      pooledA[pooledA.length - 1]! += accA;
      pooledB[pooledB.length - 1]! += accB;
    }
  }
  let statistic = 0;
  for (let i = 0; i < pooledA.length; i++) {
    const column = pooledA[i]! + pooledB[i]!;
    const expectedA = (column * totalA) / total, expectedB = (column * totalB) / total;
    statistic += (pooledA[i]! - expectedA) ** 2 / expectedA + (pooledB[i]! - expectedB) ** 2 / expectedB;
  }
  const df = pooledA.length - 1;
  return { statistic, df, p: df > 0 ? chiSquareUpperTail(statistic, df) : 1, bins: pooledA.length };
}

/** Rounds to `digits` decimals: figures in the result are stable and readable. */
export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Three significant digits, for p-values. */
export function significant(value: number): number {
  return Number(value.toPrecision(3));
}

/** The q-quantile of values, linear between order statistics (R's default, type 7, as CooRTweet uses). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!));
}

/**
 * P(Z ≥ z) for a standard normal Z, with small relative error far into the tail (Numerical Recipes'
 * erfcc, Chebyshev fit, fractional error < 1.2e-7 everywhere).
 */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/**
 * A share of comments tested against per-comment expectations when comments come in clusters (a post and
 * an hour: forty activists answering one call are one decision, Kish's design effect). Each cluster i has
 * m_i comments, all with the same outcome s_i (in the shift or not) and expectation b_i. Under the null the
 * outcomes of clusters are independent: O = Σ m_i s_i, E = Σ m_i b_i, V = Σ m_i² b_i (1 − b_i), z = (O − E)/√V.
 * Returns the share, the expected share, z, the one-sided p for "more than expected" and the share's
 * lower and upper 95% bounds with the cluster variance.
 */
export function clusteredShareTest(clusters: { size: number; hit: boolean; expected: number }[]): {
  share: number; expected: number; z: number; pAbove: number; pBelow: number; low: number; high: number; clusters: number;
} {
  let m = 0, o = 0, e = 0, v = 0;
  for (const c of clusters) {
    m += c.size;
    if (c.hit) o += c.size;
    e += c.size * c.expected;
    v += c.size * c.size * c.expected * (1 - c.expected);
  }
  if (m === 0) return { share: 0, expected: 0, z: 0, pAbove: 1, pBelow: 1, low: 0, high: 1, clusters: 0 };
  const sd = Math.sqrt(v);
  const z = sd > 0 ? (o - e) / sd : 0;
  const half = (Z95 * sd) / m;
  return { share: o / m, expected: e / m, z, pAbove: normalUpperTail(z), pBelow: normalUpperTail(-z), low: Math.max(0, o / m - half), high: Math.min(1, o / m + half), clusters: clusters.length };
}

/** log B(a, b), the Beta function. */
export const logBeta = (a: number, b: number): number => gammaln(a) + gammaln(b) - gammaln(a + b);

/** log P(K = k) for K beta-binomial(n, α, β): k successes of n when the rate is Beta(α, β)-distributed. */
export function logBetaBinomial(k: number, n: number, alpha: number, beta: number): number {
  return logChoose(n, k) + logBeta(k + alpha, n - k + beta) - logBeta(alpha, beta);
}

/**
 * P(K ≥ k) for K beta-binomial(n, α, β), summed term by term from k (a far tail keeps its precision), each term from
 * the one before: P(j + 1) / P(j) = (n − j)(j + α) / ((j + 1)(n − j − 1 + β)), so n of 10⁵ costs 10⁵ products, not
 * 10⁵ log-gamma sums. The sum is kept relative to the first term (its log apart): a first term that underflows, k far
 * below the mean of a large n, does not make every term 0, and terms that grow past it are scaled back.
 */
export function betaBinomialUpperTail(k: number, n: number, alpha: number, beta: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let logScale = logBetaBinomial(k, n, alpha, beta), term = 1, tail = 0;
  for (let j = k; j <= n; j++) {
    tail += term;
    term *= ((n - j) * (j + alpha)) / ((j + 1) * (n - j - 1 + beta));
    if (tail > 1e250) {
      tail *= 1e-250;
      term *= 1e-250;
      logScale += 250 * Math.LN10;
    }
  }
  return Math.min(1, Math.exp(logScale + Math.log(tail)));
}

/** Concentrations (α + β) tried when fitting a beta-binomial: from very dispersed to nearly binomial. */
const CONCENTRATIONS = [0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256];

/**
 * A beta-binomial fitted to per-unit counts (k_i of n_i), by maximum likelihood: the mean is the pooled
 * share (smoothed by half a success and half a failure), the concentration the best of a grid from 0.5
 * (units differ wildly) to 256 (all alike). Partial pooling needs no more precision than that grid gives.
 */
export function fitBetaBinomial(counts: { k: number; n: number }[]): { alpha: number; beta: number } {
  let k = 0, n = 0;
  for (const c of counts) {
    k += c.k;
    n += c.n;
  }
  const mean = (k + 0.5) / (n + 1);
  let best = { alpha: mean * 2, beta: (1 - mean) * 2 }, bestLike = -Infinity;
  for (const s of CONCENTRATIONS) {
    const alpha = mean * s, beta = (1 - mean) * s;
    let like = 0;
    for (const c of counts) if (c.n > 0) like += logBeta(c.k + alpha, c.n - c.k + beta) - logBeta(alpha, beta);
    if (like > bestLike) [best, bestLike] = [{ alpha, beta }, like];
  }
  return best;
}

/** Work (clusters × comments) above which clusteredExactBelow gives way to the normal approximation. */
const EXACT_WORK_LIMIT = 2e7;

/**
 * P(O ≤ observed) for O = Σ m_i s_i, s_i independent Bernoulli(b_i): the exact lower tail of the clustered
 * share test (clusteredShareTest's null, without its normal approximation), by dynamic programming over the
 * comment total. A few dozen occasions far into a lower tail is where the normal approximation is poorest.
 * Falls back to the approximation when clusters × comments exceeds EXACT_WORK_LIMIT.
 */
export function clusteredExactBelow(clusters: { size: number; hit: boolean; expected: number }[]): number {
  let total = 0, observed = 0;
  for (const c of clusters) {
    total += c.size;
    if (c.hit) observed += c.size;
  }
  if (clusters.length * total > EXACT_WORK_LIMIT) return clusteredShareTest(clusters).pBelow;
  // dist[j] = P(sum = j) over the clusters so far; only sums up to `observed` matter for the lower tail.
  const dist = new Float64Array(observed + 1);
  dist[0] = 1;
  for (const { size, expected } of clusters) {
    for (let j = observed; j >= 0; j--) dist[j] = dist[j]! * (1 - expected) + (j >= size ? dist[j - size]! * expected : 0);
  }
  let p = 0;
  for (let j = 0; j <= observed; j++) p += dist[j]!;
  return Math.min(1, p);
}
