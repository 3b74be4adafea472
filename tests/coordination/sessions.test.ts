import { describe, expect, it } from 'vitest';
import { poissonBinomialUpperTail } from '../../src/coordination/sessions.js';
import { binomialUpperTail } from '../../src/util/stats.js';

describe('poissonBinomialUpperTail', () => {
  it('is the binomial tail when every trial has the same chance', () => {
    for (const [k, n, q] of [[3, 10, 0.2], [7, 12, 0.5], [1, 5, 0.01], [25, 40, 0.3]] as const) {
      expect(poissonBinomialUpperTail(k, new Float64Array(n).fill(q))).toBeCloseTo(binomialUpperTail(k, n, q), 12);
    }
  });

  it('sums every outcome with at least k successes, as enumerating them does', () => {
    const chances = Float64Array.from([0.1, 0.5, 0.05, 0.9, 0.3]);
    for (let k = 0; k <= 6; k++) {
      let brute = 0;
      for (let mask = 0; mask < 32; mask++) {
        let p = 1, hits = 0;
        chances.forEach((q, i) => {
          const hit = (mask >> i) & 1;
          hits += hit;
          p *= hit ? q : 1 - q;
        });
        if (hits >= k) brute += p;
      }
      expect(poissonBinomialUpperTail(k, chances)).toBeCloseTo(brute, 12);
    }
  });

  it('keeps a far tail: six hits where each had a chance of one in a thousand', () => {
    expect(poissonBinomialUpperTail(6, new Float64Array(6).fill(0.001))).toBeCloseTo(1e-18, 30);
  });

  it('keeps a far tail of a long record exact, and its normal approximation (taken past exactSteps) within a tenth two standard deviations out', () => {
    const chances = Float64Array.from({ length: 1000 }, (_, i) => 0.1 + (0.2 * ((i * 37) % 10)) / 10);
    const exact = new Float64Array(chances.length + 1);
    exact[0] = 1;
    chances.forEach((q, i) => {
      for (let j = i + 1; j >= 1; j--) exact[j] = exact[j]! * (1 - q) + exact[j - 1]! * q;
      exact[0] = exact[0]! * (1 - q);
    });
    const tail = (k: number) => exact.slice(k).reduce((a, b) => a + b, 0);
    // 190 expected, standard deviation about 12: 250 is five out, where the tail is about 1e-6.
    for (const k of [200, 230, 250]) expect(poissonBinomialUpperTail(k, chances) / tail(k)).toBeCloseTo(1, 9);
    expect(Math.abs(poissonBinomialUpperTail(215, chances, 0) / tail(215) - 1)).toBeLessThan(0.1);
  });
});
