// The declared region (issue #9): the draws left out of the worst case, by the same rule in our harness and
// the independent generator's. A draw with the Page flag, or reactions, or a lunch break in the brigade's
// shift must never be left out, whatever else it lacks.
import { describe, expect, it } from 'vitest';
import type { DrawMetrics } from '../../src/simulate/metrics.js';
import { declaredRegion, outsideDeclaredRegion, worstByFamily } from '../../src/simulate/evaluate.js';
import { KNOB_NAMES, type Knobs } from '../../src/simulate/knobs.js';
// @ts-expect-error plain ESM script folder without type declarations
import { declaredRegion as independentRegion } from '../../independent/evaluate.mjs';

const knobs = (set: Partial<Knobs>): Knobs => ({ ...(Object.fromEntries(KNOB_NAMES.map((k) => [k, 1])) as Knobs), ...set });

describe('declared region', () => {
  it('is an export without Page flag and reactions whose brigade keeps no lunch break, or organic hours without the flag', () => {
    expect(declaredRegion('month-bare', knobs({ authorType: 0, reactions: 0, lunchHour: 0 }))).toBe('no-flag-no-reactions-no-lunch');
    expect(declaredRegion('fake-profiles', knobs({ authorType: 0, reactions: 0, lunchHour: 0 }))).toBe('no-flag-no-reactions-no-lunch');
    expect(declaredRegion('organic-hours', knobs({ authorType: 0, reactions: 1 }))).toBe('organic-hours-no-flag');
  });

  it('never holds a draw with the Page flag, with reactions, with a lunch break, or a control', () => {
    expect(declaredRegion('month-bare', knobs({ authorType: 0, reactions: 0, lunchHour: 12 }))).toBeNull();
    expect(declaredRegion('month', knobs({ authorType: 1, reactions: 0, lunchHour: 0 }))).toBeNull();
    expect(declaredRegion('fake-profiles', knobs({ authorType: 0, reactions: 1, lunchHour: 0 }))).toBeNull();
    expect(declaredRegion('organic-hours', knobs({ authorType: 1, reactions: 0, lunchHour: 0 }))).toBeNull();
    expect(declaredRegion('control', knobs({ authorType: 0, reactions: 0, lunchHour: 0 }))).toBeNull();
  });

  it('is the same rule on the independent generator’s knobs', () => {
    expect(independentRegion('bare', { pageFlag: false, reactions: false, lunchHour: 'none' })).toBe('no-flag-no-reactions-no-lunch');
    expect(independentRegion('bare', { pageFlag: false, reactions: false, lunchHour: 13 })).toBeNull();
    expect(independentRegion('organic-hours', { pageFlag: false, reactions: true, lunchHour: 12 })).toBe('organic-hours-no-flag');
    expect(independentRegion('flood', { pageFlag: true, reactions: false, lunchHour: 'none' })).toBeNull();
    expect(independentRegion('control', { pageFlag: false, reactions: false, lunchHour: 'none' })).toBeNull();
  });

  it('leaves its draws out of the worst case, and only those', () => {
    const draw = (seed: number, recall: number, set: Partial<Knobs>) =>
      ({ family: 'month-bare', seed, knobs: knobs(set), classifier: { precision: 1, recall }, topN: { worstPost: null }, protectedFlagged: 0, falsePositives: 0, flaggedByKind: {} }) as unknown as DrawMetrics;
    const results = [draw(1, 0, { authorType: 0, reactions: 0, lunchHour: 0 }), draw(2, 0.4, { authorType: 0, reactions: 0, lunchHour: 13 }), draw(3, 0.9, { authorType: 0, reactions: 1, lunchHour: 0 })];
    expect(outsideDeclaredRegion(results).map((m) => m.seed)).toEqual([2, 3]);
    expect(worstByFamily(results)[0]!.recall).toEqual({ value: 0, seed: 1 });
    expect(worstByFamily(outsideDeclaredRegion(results))[0]!.recall).toEqual({ value: 0.4, seed: 2 });
  });

  it('names the draws whose verdict rounds did not settle', () => {
    const draw = (seed: number, converged: boolean) =>
      ({ family: 'month', seed, knobs: knobs({}), classifier: { precision: 1, recall: 1 }, topN: { worstPost: null }, protectedFlagged: 0, falsePositives: 0, flaggedByKind: {}, rounds: converged ? 2 : 10, converged }) as unknown as DrawMetrics;
    expect(worstByFamily([draw(1, true), draw(2, false), draw(3, true), draw(4, false)])[0]!.unsettled).toEqual([2, 4]);
  });
});
