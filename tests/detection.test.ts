import { beforeAll, describe, expect, it } from 'vitest';
import { drawSeed, evaluateDraw } from '../src/simulate/evaluate.js';
import { FAMILIES, type Family } from '../src/simulate/knobs.js';
import type { DrawMetrics } from '../src/simulate/metrics.js';

/**
 * Detection on randomised labelled data: one draw per family (src/simulate/knobs.ts draws every knob of the
 * generator from the family's range), scanned in-process with default options. `npm run evaluate -- --draws 5
 * --seed 1` prints these draws (seed 1000 is draw 0 of base seed 1) and four more per family, with the worst case.
 *
 * Issue #9's targets (worst of ≥ 5 draws per family; `inauthentic` counts as flagged, `suspicious` does not; top-N
 * error per post, the largest over posts):
 * - Page flag present (flood; month): precision ≥ 0.99, recall ≥ 0.98, top-N share within 1 point of the truth;
 * - no Page flag, category or reactions (month-bare): precision ≥ 0.98, recall ≥ 0.95;
 * - brigade at organic hours: precision ≥ 0.98, recall ≥ 0.97;
 * - mostly fake personal profiles beside some Pages, looser shifts, mostly free text: precision ≥ 0.95, recall ≥ 0.90;
 * - organic control of ~1,000 accounts: ≤ 2 accounts inauthentic; no activist, student or colleague flagged anywhere.
 *
 * What this file asserts: (1) FLOORS, what the detector reached on these draws when this test was written (main at
 * e2a57cb), rounded down: a regression guard, not the target; (2) each target as `it.fails` where the detector does
 * not reach it yet, so the test turns red the day it is reached and the floor must be raised to the target. The
 * issue's targets are about the worst of ≥ 5 draws; one draw here is a smoke test of them, `npm run evaluate` the
 * measurement.
 */
const SEED = drawSeed(1, 0);

/**
 * Measured with the network verdicts at seed 1000, rounded down: precision, recall, and activists + students +
 * colleagues flagged (measured: flood 1/1/0, month 1/0.851/0 — 1/0.864/0 with members' pooled clocks —, month-bare 1/0/0, organic-hours 1/0.655/0 — 1/0.648/0 once a Page under a person's category needs a repertoire to count as one of its network's Pages, 1/0.621/0 once that repertoire is 3 templates (Dec 7: 24 fewer accounts wrongly flagged over 420 draws of two generators, 0.12% fewer true flags) —,
 * fake-profiles 1/0.304/0; before them, on main e2a57cb: flood 0.921/0.829/0, month 0.917/0.753/0, month-bare
 * 1/0/0, organic-hours 0.805/0.228/0, fake-profiles 0.750/0.295/1).
 */
const FLOORS: Record<Exclude<Family, 'control'>, { precision: number; recall: number; protectedFlagged: number }> = {
  flood: { precision: 0.99, recall: 0.98, protectedFlagged: 0 },
  month: { precision: 0.99, recall: 0.86, protectedFlagged: 0 },
  'month-bare': { precision: 1, recall: 0, protectedFlagged: 0 },
  'organic-hours': { precision: 0.99, recall: 0.62, protectedFlagged: 0 },
  'fake-profiles': { precision: 0.99, recall: 0.3, protectedFlagged: 0 },
  // Added Dec 7 (ninth session) with the family, measured 0.989 / 0.943 / 0 (a seller wrongly flagged, and one supporter).
  supporters: { precision: 0.98, recall: 0.94, protectedFlagged: 0 },
};
/** Families whose target this draw reaches (the others stay `it.fails` until it does). */
const REACHED: Exclude<Family, 'control'>[] = ['flood'];
const TARGETS: Record<Exclude<Family, 'control'>, { precision: number; recall: number; topNPoints?: number }> = {
  flood: { precision: 0.99, recall: 0.98, topNPoints: 1 },
  month: { precision: 0.99, recall: 0.98, topNPoints: 1 },
  'month-bare': { precision: 0.98, recall: 0.95 },
  'organic-hours': { precision: 0.98, recall: 0.97 },
  'fake-profiles': { precision: 0.95, recall: 0.9 },
  // A month with the Page flag and reactions: the month's target.
  supporters: { precision: 0.99, recall: 0.98, topNPoints: 1 },
};

const results = new Map<Family, DrawMetrics>();
beforeAll(async () => {
  for (const family of FAMILIES) results.set(family, await evaluateDraw(family, SEED));
}, 180_000);

const brigadeFamilies = FAMILIES.filter((f): f is Exclude<Family, 'control'> => f !== 'control');

describe(`detection on randomised families (one draw each, seed ${SEED})`, () => {
  it.each(brigadeFamilies)('%s: precision, recall and activists/students/colleagues flagged no worse than the floors measured when this test was written', (family) => {
    const m = results.get(family)!;
    expect(m.brigadeAccounts).toBeGreaterThan(0);
    expect(m.classifier.precision).toBeGreaterThanOrEqual(FLOORS[family].precision);
    expect(m.classifier.recall).toBeGreaterThanOrEqual(FLOORS[family].recall);
    expect(m.protectedFlagged).toBeLessThanOrEqual(FLOORS[family].protectedFlagged);
    // The supporters family exists for its supporters: at most the one this draw flagged when the family was added.
    if (family === 'supporters') expect(m.flaggedByKind.supporter ?? 0).toBeLessThanOrEqual(1);
  });

  it("spares the government's supporters whose own hours speak against the network (--member-clock-against): supporters draw 1001", async () => {
    // Measured Dec 8 (tenth session): 7 supporters flagged without the rule, 1 with it, recall 1.000 either way.
    const seed = drawSeed(1, 1);
    const withRule = await evaluateDraw('supporters', seed);
    const without = await evaluateDraw('supporters', seed, {}, { memberClockAgainst: '0' });
    expect(without.flaggedByKind.supporter ?? 0).toBeGreaterThanOrEqual(5);
    expect(withRule.flaggedByKind.supporter ?? 0).toBeLessThanOrEqual(1);
    expect(withRule.classifier.recall).toBeGreaterThanOrEqual(0.99);
    expect(withRule.protectedFlagged).toBe(0);
  }, 180_000);

  const target = (family: Exclude<Family, 'control'>) => {
    const m = results.get(family)!;
    const t = TARGETS[family];
    expect(m.classifier.precision).toBeGreaterThanOrEqual(t.precision);
    expect(m.classifier.recall).toBeGreaterThanOrEqual(t.recall);
    if (t.topNPoints !== undefined) expect(m.topN.worstPost!.errorPoints).toBeLessThanOrEqual(t.topNPoints);
  };
  it.each(REACHED)('target %s: precision, recall (and top-N error where the flag is present) as issue #9 states', target);
  // Targets this draw does not reach yet. When one starts to pass, `it.fails` turns red: move it to REACHED and raise FLOORS.
  it.fails.each(brigadeFamilies.filter((f) => !REACHED.includes(f)))('target %s (not reached on this draw yet)', target);

  it('target: no activist, student or colleague flagged in any family (6 before the network verdicts)', () => {
    for (const family of FAMILIES) expect(results.get(family)!.protectedFlagged, family).toBe(0);
  });

  it('target: control ≤ 2 accounts inauthentic, with no brigade in the draw (6 before the network verdicts: 5 sellers, 1 student)', () => {
    const m = results.get('control')!;
    expect(m.brigadeAccounts).toBe(0);
    expect(m.falsePositives).toBeLessThanOrEqual(2);
  });
});
