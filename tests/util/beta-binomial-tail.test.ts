import { describe, expect, it } from 'vitest';
import { betaBinomialUpperTail, logBetaBinomial } from '../../src/util/stats.js';

describe('betaBinomialUpperTail', () => {
  it('matches the closed form of Beta(1, 1), where every count of n is equally likely', () => {
    expect(betaBinomialUpperTail(3, 10, 1, 1)).toBeCloseTo(8 / 11, 12);
    expect(betaBinomialUpperTail(100, 100, 1, 1)).toBeCloseTo(1 / 101, 12);
    expect(betaBinomialUpperTail(90_000, 100_000, 1, 1)).toBeCloseTo(10_001 / 100_001, 8);
  });

  it('is 1 from zero, 0 past n', () => {
    expect([betaBinomialUpperTail(0, 0, 1, 1), betaBinomialUpperTail(0, 5, 2, 3), betaBinomialUpperTail(6, 5, 1, 1)]).toEqual([1, 1, 0]);
  });

  it('keeps a tail near 1 whose first term underflows (k far below the mean of a large n)', () => {
    expect(betaBinomialUpperTail(1, 50_000, 128, 0.01)).toBeCloseTo(1, 12);
    expect(betaBinomialUpperTail(10, 50_000, 128, 0.01)).toBeGreaterThan(0.999);
  });

  it('agrees with the terms summed one by one in a far tail', () => {
    const [k, n, a, b] = [30, 40, 0.05, 3];
    let direct = 0;
    for (let j = k; j <= n; j++) direct += Math.exp(logBetaBinomial(j, n, a, b));
    expect(betaBinomialUpperTail(k, n, a, b) / direct).toBeCloseTo(1, 10);
    expect(direct).toBeLessThan(1e-3);
  });
});
