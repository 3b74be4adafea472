import { describe, expect, it } from 'vitest';
import { scoreAccounts, type SignalRun } from '../../src/score/fixed-point.js';
import { verdictOptions } from '../../src/score/verdict.js';
import { intraNetwork } from '../../src/signals/intra-network.js';
import { networkMember } from '../../src/signals/network-member.js';
import type { Evidence, SignalContext } from '../../src/signals/types.js';
import type { Model } from '../../src/model/types.js';
import type { AnalysisProfile } from '../../src/profile.js';
import type { CoordinationTies } from '../../src/coordination/ties.js';

/**
 * Two members of a network judged inauthentic (network-member 0.65 each) whose support, graded, is 0.315: together
 * 1 − 0.35 · 0.685 = 0.760, inauthentic. Once each is operated, the per-account support test lifts the other's piece
 * to 0.4. The signals are stand-ins with the real ids, so the fixed point's own rule is what is tested.
 */
function mutualLift(): SignalRun[] {
  const member = (account: number): Evidence => ({ account, signal: 'network-member', code: 'network-member', strength: 0.65, args: {} });
  const support = (account: number, otherOperated: boolean): Evidence =>
    otherOperated
      ? { account, signal: 'intra-network', code: 'engagement-from-network', strength: 0.4, unlifted: 0.315, args: { q: 0.01 } }
      : { account, signal: 'intra-network', code: 'engagement-from-network', strength: 0.315, args: {} };
  return [
    { signal: { ...networkMember, usesSuspects: false, evaluate: () => [member(0), member(1)] }, options: {}, unavailable: null },
    {
      signal: { ...intraNetwork, usesSuspects: true, evaluate: (_m: Model, _o: unknown, context: SignalContext) => [support(0, context.flagged[1] === 1), support(1, context.flagged[0] === 1)] },
      options: {},
      unavailable: null,
    },
  ];
}

describe('scoreAccounts (the rounds)', () => {
  it('settles when two members lift each other: a lift is undone to its untested strength, not dropped', () => {
    // Dropping the lifted piece judged each on network-member alone, unflagged both, and the next round flagged them
    // again on their graded support: ten rounds, the verdicts hanging on the parity of maxRounds (our month draw 1005).
    const model = { accounts: [{}, {}] } as unknown as Model;
    const scored = scoreAccounts(model, {} as AnalysisProfile, new Uint8Array(0), mutualLift(), verdictOptions.parse({}), {} as CoordinationTies);
    expect([scored.converged, scored.rounds]).toEqual([true, 2]);
    expect(scored.judgements.map((j) => j.verdict)).toEqual(['inauthentic', 'inauthentic']);
    expect(scored.evidence.map((list) => list.map((e) => e.strength))).toEqual([
      [0.65, 0.4],
      [0.65, 0.4],
    ]);
  });

  it('does not count a lift toward its own account being operated: flagged, its likes would fail its own test', () => {
    // One member: network-member 0.65 and graded support 0.2 (1 − 0.35 · 0.8 = 0.72, not inauthentic), lifted to 0.4 while
    // it is not itself operated (its likes for the page's commenters would otherwise raise the yardstick it is tested
    // against). Counted as operated on the lift, it fails the next round, drops out, passes again: it must stay unflagged.
    const runs: SignalRun[] = [
      { signal: { ...networkMember, usesSuspects: false, evaluate: () => [{ account: 0, signal: 'network-member', code: 'network-member', strength: 0.65, args: {} }] }, options: {}, unavailable: null },
      {
        signal: {
          ...intraNetwork,
          usesSuspects: true,
          evaluate: (_m: Model, _o: unknown, context: SignalContext): Evidence[] => [
            context.flagged[0] === 1
              ? { account: 0, signal: 'intra-network', code: 'engagement-from-network', strength: 0.2, args: {} }
              : { account: 0, signal: 'intra-network', code: 'engagement-from-network', strength: 0.4, unlifted: 0.2, args: { q: 0.01 } },
          ],
        },
        options: {},
        unavailable: null,
      },
    ];
    const scored = scoreAccounts({ accounts: [{}] } as unknown as Model, {} as AnalysisProfile, new Uint8Array(0), runs, verdictOptions.parse({}), {} as CoordinationTies);
    expect([scored.converged, scored.rounds, scored.judgements[0]!.verdict]).toEqual([true, 2, 'inauthentic']);
  });
});
