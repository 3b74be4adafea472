import { z } from 'zod';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** Benjamini–Hochberg false discovery rate of each group tell, across the groups tested. */
  alpha: z.number().gt(0).lt(1).default(0.01),
  /** Occasions (a post and a clock hour) with comments from the group before its clock is tested. */
  minOccasions: z.number().int().min(1).default(20),
  /** Pages posing as people a group needs before their excess counts. */
  minPages: z.number().int().min(1).default(3),
  /** Smallest lift of the group's in-shift share (Wilson lower bound) over the other commenters'. */
  minLift: z.number().min(0).max(1).default(0.1),
  /** Pairs of members sharing a name before a name pool counts. */
  minNamePairs: z.number().int().min(1).default(3),
  /** Distinct members an account must be tied to by more than timing (a shared template, a reaction received) to carry its group's verdict. */
  minAttachment: z.number().int().min(1).default(2),
  /** Strength of membership in a group judged inauthentic: separating, below `--strong-evidence`, so it decides only with the account's own ties. */
  strength: z.number().min(0).max(1).default(0.65),
});
export type NetworkMemberOptions = z.infer<typeof options>;

/**
 * Operations are judged as networks (Meta's coordinated inauthentic behaviour): each coordinated group is
 * tested as a unit on pooled evidence (score/network-verdict.ts, signals/group/), and an account firmly
 * attached to a group judged inauthentic gets this evidence, citing the group and what it was judged on.
 * Membership of an undetermined or coordinated-authentic group gives nothing.
 * Code: network-member {network, ties, size, basis}: `ties` counts the accounts of the networks judged
 * inauthentic (their core, see score/network-verdict.ts) tied to it by more than timing.
 */
export const networkMember: Signal<NetworkMemberOptions> = {
  id: 'network-member',
  family: 'separating',
  rationale: 'Firmly tied into a coordinated group that, tested as a whole, shows what operators show (Pages posing as people, an office shift with a lunch break, a pool of names).',
  options,
  flags: [
    { flag: 'group-alpha', key: 'alpha', description: 'false discovery rate (Benjamini–Hochberg across groups) of each group test' },
    { flag: 'group-min-occasions', key: 'minOccasions', description: 'occasions (a post and a clock hour) a group needs before its clock is tested' },
    { flag: 'group-min-pages', key: 'minPages', description: 'Pages posing as people a group needs before their excess counts' },
    { flag: 'group-min-lift', key: 'minLift', description: "smallest lift of a group's in-shift share over the other commenters'" },
    { flag: 'group-min-name-pairs', key: 'minNamePairs', description: 'pairs of members sharing a name before a name pool counts' },
    { flag: 'min-attachment', key: 'minAttachment', description: 'distinct members an account must be tied to before its group decides with it' },
  ],
  usesSuspects: false,
  unavailable: () => null,
  evaluate(_model, opts, context) {
    const evidence: Evidence[] = [];
    const seen = new Set<number>();
    for (const network of context.networks) {
      if (network.verdict !== 'inauthentic') continue;
      for (const [account, ties] of network.attached) {
        if (seen.has(account)) continue;
        seen.add(account);
        evidence.push({ account, signal: 'network-member', code: 'network-member', strength: opts.strength, args: { network: network.id, ties, size: network.size, basis: network.basis.join('+') } });
      }
    }
    return evidence.sort((a, b) => a.account - b.account);
  },
};
