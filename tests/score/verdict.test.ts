import { describe, expect, it } from 'vitest';
import { judge, verdictOptions } from '../../src/score/verdict.js';
import { SIGNALS } from '../../src/signals/index.js';
import type { Evidence, SignalId } from '../../src/signals/types.js';

const opts = verdictOptions.parse({});
const e = (signal: SignalId, strength: number): Evidence => ({ account: 0, signal, code: 'x', strength, args: {} });

describe('the verdict rule', () => {
  it('never lets one weak signal make an account inauthentic, however strong within its range', () => {
    for (const signal of ['stock-name', 'shift-hours', 'intra-network'] as const) {
      expect(judge([e(signal, 0.75)], opts).verdict).toBe('suspicious');
    }
    // Two pieces of evidence from the same signal are still one signal.
    expect(judge([e('shift-hours', 0.6), e('shift-hours', 0.6)], opts).verdict).toBe('suspicious');
  });

  it('takes strong evidence alone, and independent signals together', () => {
    expect(judge([e('page-as-profile', 0.9)], opts)).toEqual({ score: 0.9, verdict: 'inauthentic', basis: 'strong' });
    expect(judge([e('shift-hours', 0.6), e('intra-network', 0.45)], opts)).toEqual({ score: 0.78, verdict: 'inauthentic', basis: 'combined' });
    expect(judge([e('shift-hours', 0.6), e('stock-name', 0.3)], opts).verdict).toBe('suspicious');
    expect(judge([e('shift-hours', 0.5), e('intra-network', 0.5)], opts)).toEqual({ score: 0.75, verdict: 'inauthentic', basis: 'combined' });
    expect(judge([e('shift-hours', 0.5), e('intra-network', 0.49)], opts).verdict).toBe('suspicious');
  });

  it('counts evidence read from the same copied texts once: copies of a Page network, copy-paste, membership by templates alone', () => {
    const member = (via: string, strength: number): Evidence => ({ account: 0, signal: 'network-member', code: 'network-member', strength, args: { via } });
    // Three readings of one fact: the strongest alone, 0.65, is suspicious.
    expect(judge([e('page-network-copies', 0.65), member('templates', 0.6), e('copy-paste', 0.3)], opts)).toEqual({ score: 0.65, verdict: 'suspicious', basis: 'none' });
    expect(judge([e('page-network-copies', 0.65), e('copy-paste', 0.3)], opts).verdict).toBe('suspicious');
    // Membership that rests on something else (its own hours, reactions exchanged both ways) is a second fact.
    expect(judge([e('page-network-copies', 0.65), member('clock', 0.65), e('copy-paste', 0.3)], opts)).toEqual({ score: 0.8775, verdict: 'inauthentic', basis: 'combined' });
    expect(judge([e('page-network-copies', 0.65), member('reactions', 0.65)], opts).verdict).toBe('inauthentic');
    // Texts beside an independent separating signal still count once, with it.
    expect(judge([e('shift-hours', 0.6), e('copy-paste', 0.3), e('page-network-copies', 0.65)], opts).verdict).toBe('inauthentic');
  });

  it('counts a membership resting on likes (pooled, or reactions exchanged both ways) and the signals reading the same likes once', () => {
    const member = (via: string, strength: number): Evidence => ({ account: 0, signal: 'network-member', code: 'network-member', strength, args: { via } });
    // A sincere supporter who likes the brigade's comments and is liked back: one fact, its strongest reading, 0.65.
    expect(judge([member('reactions', 0.65), e('intra-network', 0.4)], opts)).toEqual({ score: 0.65, verdict: 'suspicious', basis: 'none' });
    expect(judge([member('engagement', 0.65), e('intra-network', 0.4), e('closed-engagement', 0.5)], opts)).toEqual({ score: 0.65, verdict: 'suspicious', basis: 'none' });
    // Beside a piece of another kind (its own hours) the likes still count, once.
    expect(judge([member('reactions', 0.65), e('intra-network', 0.4), e('shift-hours', 0.6)], opts)).toEqual({ score: 0.86, verdict: 'inauthentic', basis: 'combined' });
    // The membership is the reading kept, though a coordination reading of the same likes is stronger (enclosed, 0.85):
    // dropping it left a brigade profile with an echoed line suspicious where a weaker reading kept it flagged.
    expect(judge([member('reactions', 0.65), e('intra-network', 0.85), e('copy-paste', 0.3)], opts)).toEqual({ score: 0.755, verdict: 'inauthentic', basis: 'combined' });
    expect(judge([member('reactions', 0.65), e('intra-network', 0.85)], opts)).toEqual({ score: 0.65, verdict: 'suspicious', basis: 'none' });
    // One reaction exchanged and a shared line: the likes and the texts each count once, with it.
    expect(judge([member('templates+reactions', 0.6), e('intra-network', 0.4)], opts)).toEqual({ score: 0.6, verdict: 'suspicious', basis: 'none' });
    expect(judge([member('templates+reactions', 0.6), e('copy-paste', 0.3), e('intra-network', 0.4)], opts)).toEqual({ score: 0.6, verdict: 'suspicious', basis: 'none' });
    // A membership resting on something else is a second fact beside the likes; without a membership the likes' signals stay apart.
    expect(judge([member('clock', 0.65), e('intra-network', 0.4)], opts)).toEqual({ score: 0.79, verdict: 'inauthentic', basis: 'combined' });
    expect(judge([e('intra-network', 0.4), e('closed-engagement', 0.5), e('page-as-profile', 0.6)], opts).score).toBe(0.88);
  });

  it('calls accounts with little evidence authentic', () => {
    expect(judge([], opts)).toEqual({ score: 0, verdict: 'authentic', basis: 'none' });
    expect(judge([e('stock-name', 0.3)], opts).verdict).toBe('authentic');
  });
});

describe('the verdict rule, enforced in judge() (issue #9 point 5)', () => {
  const family = new Map(SIGNALS.map((s) => [s.id, s.family]));
  const coordination = SIGNALS.filter((s) => s.family === 'coordination').map((s) => s.id);
  const separating = SIGNALS.filter((s) => s.family === 'separating').map((s) => s.id);
  // Every strength from 0 to 1 in steps of 0.01, for every signal.
  const range = Array.from({ length: 101 }, (_, i) => i / 100);

  it('coordination alone never decides: no coordination evidence, alone or all together, at any strength', () => {
    expect(coordination.length).toBeGreaterThan(0);
    for (const s of range) {
      for (const signal of coordination) expect(judge([e(signal, s)], opts).verdict, `${signal} ${s}`).not.toBe('inauthentic');
      expect(judge(coordination.map((signal) => e(signal, s)), opts).verdict, `all coordination at ${s}`).not.toBe('inauthentic');
    }
    // The case the issue found: one intra-network piece of 0.85 was `inauthentic, strong`.
    expect(judge([e('intra-network', 0.85)], opts).verdict).toBe('suspicious');
  });

  it('one separating signal decides alone only at or above --strong-evidence, and only separating evidence is ever `strong`', () => {
    for (const signal of separating) {
      for (const s of range) {
        const j = judge([e(signal, s)], opts);
        expect(j.verdict === 'inauthentic', `${signal} ${s}`).toBe(s >= opts.strongEvidence);
        if (j.verdict === 'inauthentic') expect(j.basis).toBe('strong');
      }
    }
    for (const s of range) for (const c of coordination) for (const x of separating) {
      const j = judge([e(c, 1), e(x, s)], opts);
      if (j.basis === 'strong') expect(family.get(x)).toBe('separating');
    }
  });

  it('no default signal strength is strong alone: a shop-category Page, a network member, office hours are never enough by themselves', () => {
    const defaults = SIGNALS.flatMap((s) => Object.entries(s.options.parse({}) as Record<string, unknown>)
      .filter(([key, v]) => /strength/i.test(key) && typeof v === 'number')
      .map(([key, v]) => ({ signal: s.id, key, value: v as number })));
    expect(defaults.length).toBeGreaterThan(5);
    for (const d of defaults) expect(judge([e(d.signal, d.value)], opts).verdict, `${d.signal}.${d.key} = ${d.value}`).not.toBe('inauthentic');
  });
});
