import { z } from 'zod';
import { round } from '../util/stats.js';
import { SIGNALS } from '../signals/index.js';
import { VIA_ON_LIKES, VIA_ON_TEXTS } from '../signals/network-member.js';
import type { Evidence, SignalFamily, SignalId } from '../signals/types.js';

export const verdictOptions = z.object({
  /** Separating evidence this strong is enough on its own (no signal reaches it by default; coordination never does). */
  strongEvidence: z.number().min(0).max(1).default(0.8),
  /** Combined score for `inauthentic` when no single piece is strong… */
  inauthenticScore: z.number().min(0).max(1).default(0.75),
  /** …and the number of distinct signals, each at least `supportingStrength`, it must rest on. */
  minSignals: z.number().int().min(2).default(2),
  supportingStrength: z.number().min(0).max(1).default(0.3),
  /** Combined score for `suspicious`. */
  suspiciousScore: z.number().min(0).max(1).default(0.4),
  /** Rounds of the suspects fixed point before giving up (recorded in the result). */
  maxRounds: z.number().int().min(1).max(100).default(10),
});
export type VerdictOptions = z.infer<typeof verdictOptions>;

export type Verdict = 'inauthentic' | 'suspicious' | 'authentic';
/** What an `inauthentic` verdict stands on: one strong piece of evidence, or independent signals together. */
export type VerdictBasis = 'strong' | 'combined' | 'none';

export interface Judgement {
  score: number;
  verdict: Verdict;
  basis: VerdictBasis;
}

const FAMILY = new Map<SignalId, SignalFamily>(SIGNALS.map((signal) => [signal.id, signal.family]));
/** Signals that read the same copied texts (network-member only when its attachment rests on them: VIA_ON_TEXTS). */
const TEXT_SIGNALS: SignalId[] = ['page-network-copies', 'copy-paste', 'network-member'];
/** Signals that read the likes traded with a network (network-member only when its attachment rests on them: VIA_ON_LIKES). */
const LIKE_SIGNALS: SignalId[] = ['intra-network', 'closed-engagement', 'network-member'];

/**
 * The verdict rule. Per signal the strongest evidence counts. The coordination signals (network
 * engagement, co-commenting, copy-paste) all say "acts together" — which activists do too — so they
 * count as one, by their strongest piece. The pieces combine as independent (noisy-OR):
 * score = 1 − Π (1 − s). `inauthentic` needs either one strong piece of evidence, or `minSignals`
 * pieces of at least `supportingStrength`, one of them separating (Page posing as a person, shift
 * hours, stock names, membership of a network judged inauthentic), with score ≥ `inauthenticScore`.
 * So no single weak signal — a name, office hours, engagement — and no amount of coordination alone
 * can make an account inauthentic: that is enforced here, whatever strength a coordination signal reports.
 * Evidence read from the same copied texts (page-network-copies, copy-paste, a network membership resting on
 * shared templates), or from the same likes (intra-network, closed-engagement, a membership resting on likes), counts
 * once, by its strongest separating piece.
 */
export function judge(evidence: Evidence[], opts: VerdictOptions): Judgement {
  const strongest = new Map<SignalId, number>();
  for (const e of evidence) strongest.set(e.signal, Math.max(strongest.get(e.signal) ?? 0, e.strength));
  // Copies of a network's texts are one fact, however many signals read them: page-network-copies, the
  // copy-paste families and a network membership that rests on shared templates count once. On data built by other
  // hands, citizens who echo the brigade's phrases were flagged on those three together (16 in one draw); counting
  // them once cost no recall on our own draws.
  countOnce(strongest, evidence, TEXT_SIGNALS, VIA_ON_TEXTS, false);
  // Likes likewise: a membership that rests on the likes it traded with the network (pooled, or reactions exchanged
  // both ways with its members) and the signals that read the same likes (intra-network, closed-engagement) count
  // once. Counted twice, sincere supporters of the government who like the brigade's comments and are liked back
  // were flagged on their likes alone (our supporters family, draw 1005: 18 of them, each with a membership via
  // reactions and engagement-from-network).
  countOnce(strongest, evidence, LIKE_SIGNALS, VIA_ON_LIKES, true);
  let remaining = 1, max = 0, supporting = 0, separating = 0, coordination = 0;
  for (const [signal, s] of strongest) {
    if (FAMILY.get(signal) === 'coordination') {
      coordination = Math.max(coordination, s);
      continue;
    }
    remaining *= 1 - s;
    // Only separating evidence can be strong alone: acting together, however closely, is what a campaign does.
    max = Math.max(max, s);
    if (s >= opts.supportingStrength) {
      supporting++;
      separating++;
    }
  }
  remaining *= 1 - coordination;
  if (coordination >= opts.supportingStrength) supporting++;
  const score = round(1 - remaining);
  if (max >= opts.strongEvidence) return { score, verdict: 'inauthentic', basis: 'strong' };
  if (supporting >= opts.minSignals && separating >= 1 && score >= opts.inauthenticScore) return { score, verdict: 'inauthentic', basis: 'combined' };
  if (score >= opts.suspiciousScore) return { score, verdict: 'suspicious', basis: 'none' };
  return { score, verdict: 'authentic', basis: 'none' };
}

/**
 * Signals that read one fact (`ids`) count once, by the strongest separating reading (else the strongest):
 * network-member is among them only when its attachment rests on that fact (its `via` among `vias`).
 * `onlyWithMembership`: merge nothing unless it is (the likes' signals stay apart otherwise, as they were before
 * memberships rested on likes).
 */
function countOnce(strongest: Map<SignalId, number>, evidence: Evidence[], ids: SignalId[], vias: readonly string[], onlyWithMembership: boolean): void {
  const reading = ids.filter((id) => strongest.has(id) && (id !== 'network-member' || evidence.some((e) => e.signal === id && vias.includes(String(e.args.via)))));
  if (reading.length < 2 || (onlyWithMembership && !reading.includes('network-member'))) return;
  // The strongest separating reading is the one kept, else the strongest: keeping a stronger coordination reading
  // (enclosed in a Page network, 0.85) over a membership (separating: its network was judged inauthentic) threw the
  // separating piece away and left the account suspicious where a weaker reading kept it flagged.
  const separating = reading.filter((id) => FAMILY.get(id) !== 'coordination');
  const keep = (separating.length > 0 ? separating : reading).reduce((a, b) => (strongest.get(b)! > strongest.get(a)! ? b : a));
  for (const id of reading) if (id !== keep) strongest.delete(id);
}
