import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, binomialUpperTail, chiSquareUpperTail, poissonUpperTail, wilson } from '../../src/util/stats.js';

function bruteBinomialTail(k: number, n: number, p: number): number {
  let sum = 0;
  for (let i = k; i <= n; i++) {
    let c = 1;
    for (let j = 0; j < i; j++) c = (c * (n - j)) / (j + 1);
    sum += c * p ** i * (1 - p) ** (n - i);
  }
  return sum;
}

describe('statistics', () => {
  it('reproduces the Guardian case: 294/301 → Wilson 95.3–98.9%, 294/300 → 95.7–99.1%', () => {
    const [lo, hi] = wilson(294, 301);
    expect([lo * 100, hi * 100].map((v) => v.toFixed(1))).toEqual(['95.3', '98.9']);
    const [lo2, hi2] = wilson(294, 300);
    expect([lo2 * 100, hi2 * 100].map((v) => v.toFixed(1))).toEqual(['95.7', '99.1']);
    expect(wilson(0, 0)).toEqual([0, 0]);
  });

  it('computes the binomial upper tail as the brute-force sum does', () => {
    for (const [k, n, p] of [[0, 5, 0.3], [3, 5, 0.3], [20, 24, 0.4], [24, 24, 0.5], [7, 60, 0.05], [1, 1, 0.99]] as const) {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(bruteBinomialTail(k, n, p), 12);
    }
  });

  it('computes chi-square and Poisson tails at known values', () => {
    expect(chiSquareUpperTail(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
    expect(chiSquareUpperTail(18.307038053275146, 10)).toBeCloseTo(0.05, 10);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(3, 0.5)).toBeCloseTo(1 - Math.exp(-0.5) * (1 + 0.5 + 0.125), 12);
  });

  it('adjusts p-values by Benjamini–Hochberg, keeping the input order', () => {
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005])).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
});
