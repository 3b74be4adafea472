import { z } from 'zod';
import { jaroWinkler } from './_shared/jaro-winkler.js';
import { accountNames, foldLoose, nameSkeleton } from './_shared/names.js';
import { benjaminiHochberg, poissonUpperTail, round, significant } from '../util/stats.js';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /**
   * False discovery rate (Benjamini–Hochberg across every name shared by two accounts or more) at which a shared
   * name counts as concentrated. A page has hundreds of shared names; each tested alone at 1%, a few pass by chance
   * (on independent-b's draws a seller under a common name was flagged in two controls so). Measured against the
   * uncorrected 1% over 600 draws of three generators: accounts wrongly flagged 119 → 109, true flags −0.6%.
   */
  alpha: z.number().gt(0).lt(1).default(0.01),
  /** Spellings this similar (Jaro–Winkler on the folded Latin form) count as one name written differently. */
  minSimilarity: z.number().min(0).max(1).default(0.85),
  /** Weak by design: common surnames are common (Mamedov: 56,560 entries in one 2012 directory). */
  strength: z.number().min(0).max(1).default(0.3),
});
export type StockNameOptions = z.infer<typeof options>;

/**
 * Names drawn from a small pool. Accounts are grouped by a transliteration-blind skeleton of their
 * name tokens (Məmmədov = Mammadov = Мамедов), checked pairwise with Jaro–Winkler; a group is evidence
 * when it is larger than the independent-token model predicts: with token shares f_t among the
 * person-named accounts, the number of *other* accounts expected to carry the same combination is
 * λ = (N − 1) · Π f_t, and the group is flagged when P(Poisson(λ) ≥ size − 1), corrected for the number of
 * shared names tested (Benjamini–Hochberg), is below alpha.
 * Code: shared-name {accounts, expected, variants, p, q, tested}: q is p corrected for the `tested` shared names.
 */
export const stockName: Signal<StockNameOptions> = {
  id: 'stock-name',
  family: 'separating',
  rationale: 'The same person-like name, or its transliterations, behind more accounts than name frequencies explain.',
  options,
  flags: [
    { flag: 'name-alpha', key: 'alpha', description: 'false discovery rate (Benjamini–Hochberg across the shared names) at which a shared name is concentrated' },
    { flag: 'name-strength', key: 'strength', description: 'strength of a concentrated shared name (weak by design)' },
  ],
  usesSuspects: false,
  unavailable: () => null,
  evaluate(model, opts) {
    const groups = new Map<string, { account: number; loose: string; display: string }[]>();
    const tokenCount = new Map<string, number>();
    let people = 0;
    const names = accountNames(model);
    const keys = new Map<string, { skeletons: string[]; key: string; loose: string; display: string }>();
    model.accounts.forEach((account, index) => {
      const name = names[index]!;
      if (!name.isPerson) return;
      people++;
      let folded = keys.get(account.name);
      if (!folded) {
        const skeletons = [...new Set(name.tokens.map(nameSkeleton).filter((s) => s.length > 0))].sort();
        folded = { skeletons, key: skeletons.join(' '), loose: name.tokens.map(foldLoose).sort().join(' '), display: account.name.toLocaleLowerCase('az') };
        keys.set(account.name, folded);
      }
      const { skeletons, key, loose, display } = folded;
      for (const s of skeletons) tokenCount.set(s, (tokenCount.get(s) ?? 0) + 1);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ account: index, loose, display });
    });
    const evidence: Evidence[] = [];
    const tested: { members: { account: number; display: string }[]; expectedOthers: number; p: number }[] = [];
    for (const [key, group] of groups) {
      if (group.length < 2) continue;
      // Skeletons are loose; keep members whose spelling is close to the group's most common spelling
      // (ties: alphabetical), never to whichever came first, so row order cannot change the answer.
      const spellings = new Map<string, number>();
      for (const m of group) spellings.set(m.loose, (spellings.get(m.loose) ?? 0) + 1);
      const reference = [...spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
      const members = group.filter((m) => m.loose === reference || jaroWinkler(m.loose, reference) >= opts.minSimilarity);
      if (members.length < 2) continue;
      let share = 1;
      for (const s of key.split(' ')) share *= (tokenCount.get(s) ?? 0) / people;
      const expectedOthers = (people - 1) * share;
      tested.push({ members, expectedOthers, p: poissonUpperTail(members.length - 1, expectedOthers) });
    }
    const q = benjaminiHochberg(tested.map((t) => t.p));
    tested.forEach(({ members, expectedOthers, p }, i) => {
      if (q[i]! >= opts.alpha) return;
      const variants = new Set(members.map((m) => m.display)).size;
      for (const member of members) {
        evidence.push({
          account: member.account,
          signal: 'stock-name',
          code: 'shared-name',
          strength: opts.strength,
          args: { accounts: members.length, expected: round(expectedOthers + 1, 2), variants, p: significant(p), q: significant(q[i]!), tested: tested.length },
        });
      }
    });
    return evidence.sort((a, b) => a.account - b.account);
  },
};
