import { describe, expect, it } from 'vitest';
import { judge, verdictOptions } from '../../src/score/verdict.js';
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

  it('calls accounts with little evidence authentic', () => {
    expect(judge([], opts)).toEqual({ score: 0, verdict: 'authentic', basis: 'none' });
    expect(judge([e('stock-name', 0.3)], opts).verdict).toBe('authentic');
  });
});
