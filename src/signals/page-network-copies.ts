import { z } from 'zod';
import { round } from '../util/stats.js';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** Copy-paste families the account shares with Pages posing as people. */
  minFamilies: z.number().int().min(1).default(2),
  /** Pages posing as people in at least one of those families. */
  minAnchors: z.number().int().min(1).default(5),
  /** Share of its co-authors (pooled over its families) that are such Pages. */
  minAnchorShare: z.number().min(0).max(1).default(0.5),
  /** Share of its own comments that are copies in those families: a sincere supporter writes mostly their own words. */
  minCopiedShare: z.number().min(0).max(1).default(0.5),
  /**
   * Never strong, never enough alone; with its copy-paste evidence it still counts once (the same texts,
   * score/verdict.ts), so `inauthentic` needs a fact of another kind beside it (its hours, reactions).
   */
  strength: z.number().min(0).max(1).default(0.65),
});
export type PageNetworkCopiesOptions = z.infer<typeof options>;

/**
 * Copies shared with a network of Pages posing as people. A fake personal profile run beside such
 * Pages has no Page evidence of its own, and without a reactions export no closed-engagement either;
 * what it does share is their templates. The anchors are accounts whose own evidence is strong (a
 * person-named Page with an off-topic category), fixed before the rounds, so this cannot feed on
 * itself, and a campaign — which has no Page posing as a person — can never reach it.
 * Code: page-network-copies {families, anchors (most in one family), anchorShare (of co-authors, pooled), copied, comments}.
 */
export const pageNetworkCopies: Signal<PageNetworkCopiesOptions> = {
  id: 'page-network-copies',
  family: 'separating',
  rationale: 'Most of what it writes are templates it shares with Pages posing as people.',
  options,
  flags: [
    { flag: 'page-copies-min-families', key: 'minFamilies', description: 'copy-paste families shared with Pages posing as people' },
    { flag: 'page-copies-min-anchor-share', key: 'minAnchorShare', description: 'share of its co-authors that are Pages posing as people (0–1)' },
  ],
  // Reads context.anchored, which is only filled once the static signals have run.
  usesSuspects: true,
  unavailable: (model) => (!model.hasAuthorType ? 'no-author-type' : model.columns.texts.some() ? null : 'no-text'),
  evaluate(model, opts, context) {
    const { ties, anchored } = context;
    // Per family, once: how many of its authors are anchors (linear in memberships, whatever the sizes).
    const anchorsIn = new Map<number, number>();
    for (const [f, members] of ties.families) {
      let k = 0;
      for (const b of members) if (anchored[b]) k++;
      anchorsIn.set(f, k);
    }
    const evidence: Evidence[] = [];
    for (const [a, families] of ties.familiesOf) {
      if (anchored[a] || families.length < opts.minFamilies) continue;
      // Pooled over its families (an account met in two families counts twice: families are few).
      let coAuthors = 0, anchoredCoAuthors = 0, anchoredFamilies = 0, mostAnchors = 0;
      for (const f of families) {
        const k = anchorsIn.get(f)!;
        coAuthors += ties.families.get(f)!.length - 1;
        anchoredCoAuthors += k;
        if (k > 0) anchoredFamilies++;
        mostAnchors = Math.max(mostAnchors, k);
      }
      if (anchoredFamilies < opts.minFamilies || mostAnchors < opts.minAnchors || anchoredCoAuthors < opts.minAnchorShare * coAuthors) continue;
      const own = model.accounts[a]!.commentIdx;
      let copied = 0;
      for (const c of own) if (anchorsIn.get(ties.familyOfComment[c]!)) copied++;
      if (copied < opts.minCopiedShare * own.length) continue;
      evidence.push({
        account: a,
        signal: 'page-network-copies',
        code: 'page-network-copies',
        strength: opts.strength,
        args: { families: anchoredFamilies, anchors: mostAnchors, anchorShare: round(anchoredCoAuthors / coAuthors), copied, comments: own.length },
      });
    }
    return evidence.sort((x, y) => x.account - y.account);
  },
};
