import type { Model } from '../model/types.js';
import { fitBetaBinomial, logBetaBinomial } from '../util/stats.js';

/**
 * Per account, its occasions (distinct post and clock hour): the local hour of the week of each (`how`, the account's
 * from start[a] to start[a + 1]). Read once; occasionsIn counts them in any shift.
 */
export function occasionHours(model: Model): { start: Int32Array; how: Uint8Array } {
  const start = new Int32Array(model.accounts.length + 1);
  const how: number[] = [];
  const { hourOfWeek } = model.columns;
  model.accounts.forEach((account, a) => {
    const seen = new Set<number>();
    for (const c of account.commentIdx) {
      const key = model.columns.occasion(c);
      if (seen.has(key)) continue;
      seen.add(key);
      how.push(hourOfWeek[c]!);
    }
    start[a + 1] = how.length;
  });
  return { start, how: Uint8Array.from(how) };
}

/** Per account: its occasions, and how many fall in a shift (`mask`: 1 per hour of the week in it). */
export function occasionsIn(hours: { start: Int32Array; how: Uint8Array }, mask: Uint8Array): { k: Uint32Array; n: Uint32Array } {
  const accounts = hours.start.length - 1;
  const k = new Uint32Array(accounts), n = new Uint32Array(accounts);
  for (let a = 0; a < accounts; a++) {
    n[a] = hours.start[a + 1]! - hours.start[a]!;
    let inside = 0;
    for (let j = hours.start[a]!; j < hours.start[a + 1]!; j++) inside += mask[hours.how[j]!]!;
    k[a] = inside;
  }
  return { k, n };
}

/**
 * Whose share (of occasions in the shift, or of likes kept inside the network) is its group's rather than the page's:
 * partial pooling for accounts with few comments. Read for the clock (below) and for likes (score/network-verdict.ts
 * likeFits).
 * An account with three comments cannot carry a shift test; it can say whether its three look more like
 * its group's clock or like another population's. Beta-binomials (the in-shift share of occasions, each
 * account's rate drawn from a Beta, fitBetaBinomial): one fitted to the group's other members (the member
 * left out of the mean), and the `alternatives` (score/network-verdict.ts passes the page's ungrouped
 * accounts, less the per-account hours test's own candidates). The account's log Bayes factor is
 * log P(its k of n | group) − max over the alternatives of log P(k of n | alternative), so the factor is never
 * larger than against any one of them. Meant for a group whose pooled clock already differs from the page's (its
 * shift tell passed). The page's accounts may still include ungrouped brigade members with few comments, which
 * makes the page look more like the group and the factor smaller (conservative). Returns, per member with at least
 * one occasion, the natural log of the Bayes factor.
 */
export function shareFit(members: number[], occasions: { k: Uint32Array; n: Uint32Array }, alternatives: { alpha: number; beta: number }[]): Map<number, number> {
  const counts = members.map((a) => ({ k: occasions.k[a]!, n: occasions.n[a]! }));
  const out = new Map<number, number>();
  if (members.length < 3) return out;
  const group = fitBetaBinomial(counts);
  const concentration = group.alpha + group.beta;
  let kAll = 0, nAll = 0;
  for (const c of counts) {
    kAll += c.k;
    nAll += c.n;
  }
  members.forEach((a, i) => {
    const { k, n } = counts[i]!;
    if (n === 0) return;
    // Leave the member out of its own group's mean: a member must not vouch for itself.
    const mean = (kAll - k + 0.5) / (nAll - n + 1);
    let alternative = -Infinity;
    for (const alt of alternatives) alternative = Math.max(alternative, logBetaBinomial(k, n, alt.alpha, alt.beta));
    out.set(a, logBetaBinomial(k, n, mean * concentration, (1 - mean) * concentration) - alternative);
  });
  return out;
}

/**
 * Whether a member's own clock speaks against its network: its Bayes factor (the network's clock against the page's,
 * `shareFit`) at most 1 / `against`, the page's clock fitting it `against` times better. 0 (never computed: the
 * network was not judged on its shift) never does; `against` 0 turns the check off.
 */
export function clockSpeaksAgainst(clockFit: number, against: number): boolean {
  return against > 0 && clockFit > 0 && clockFit * against <= 1;
}
