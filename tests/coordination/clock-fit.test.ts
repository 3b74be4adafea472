import { describe, expect, it } from 'vitest';
import { shareFit } from '../../src/coordination/clock-fit.js';
import { fitBetaBinomial, logBetaBinomial } from '../../src/util/stats.js';

describe('beta-binomial', () => {
  it('is a distribution: P(K = k) over k = 0…n sums to 1', () => {
    for (const [n, a, b] of [[0, 1, 1], [7, 0.5, 3], [30, 12, 4]] as const) {
      let total = 0;
      for (let k = 0; k <= n; k++) total += Math.exp(logBetaBinomial(k, n, a, b));
      expect(total).toBeCloseTo(1, 10);
    }
  });

  it('with α = β = 1 gives every k of n the same chance, 1/(n + 1)', () => {
    for (let k = 0; k <= 5; k++) expect(Math.exp(logBetaBinomial(k, 5, 1, 1))).toBeCloseTo(1 / 6, 12);
  });

  it('fits a tight Beta to units that are alike and a loose one to units that differ', () => {
    const alike = Array.from({ length: 40 }, () => ({ k: 5, n: 10 }));
    const differ = Array.from({ length: 40 }, (_, i) => ({ k: i % 2 ? 10 : 0, n: 10 }));
    const tight = fitBetaBinomial(alike), loose = fitBetaBinomial(differ);
    expect(tight.alpha + tight.beta).toBeGreaterThanOrEqual(64);
    expect(loose.alpha + loose.beta).toBeLessThanOrEqual(1);
    // The mean is the pooled share either way.
    expect(tight.alpha / (tight.alpha + tight.beta)).toBeCloseTo(0.5, 2);
    expect(loose.alpha / (loose.alpha + loose.beta)).toBeCloseTo(0.5, 2);
  });
});

describe('shareFit', () => {
  // Accounts 0–19: a group on an office shift (9 of 10 occasions in it); 20: a member with 3 of 3 in the shift;
  // 21: a member swept in with 0 of 3. The page: accounts mostly in the evening (1 in 4 in the shift).
  const k = new Uint32Array(22), n = new Uint32Array(22);
  for (let a = 0; a < 20; a++) [k[a], n[a]] = [9, 10];
  [k[20], n[20]] = [3, 3];
  [k[21], n[21]] = [0, 3];
  const members = Array.from({ length: 22 }, (_, a) => a);
  const page = fitBetaBinomial(Array.from({ length: 200 }, (_, i) => ({ k: i % 4 === 0 ? 1 : 0, n: 1 })));

  it("says a member with three comments in the shift fits its group's clock, and one with none does not", () => {
    const fit = shareFit(members, { k, n }, [page]);
    expect(Math.exp(fit.get(20)!)).toBeGreaterThan(10);
    expect(Math.exp(fit.get(21)!)).toBeLessThan(1);
    expect(Math.exp(fit.get(0)!)).toBeGreaterThan(1000);
  });

  it('gives no factor above 1 when another population on the page has the same clock (students in the daytime)', () => {
    const students = fitBetaBinomial(Array.from({ length: 25 }, () => ({ k: 9, n: 10 })));
    const fit = shareFit(members, { k, n }, [page, students]);
    expect(Math.exp(fit.get(20)!)).toBeLessThan(1.5);
    expect(Math.exp(fit.get(0)!)).toBeLessThan(1.5);
  });

  it('measures nothing for a group of fewer than three or a member with no occasion', () => {
    expect(shareFit([0, 1], { k, n }, [page]).size).toBe(0);
    const none = new Uint32Array(22);
    expect(shareFit(members, { k: none, n: none }, [page]).size).toBe(0);
  });
});
