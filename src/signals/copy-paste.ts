import { z } from 'zod';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** Jaccard similarity of word sets (after normalising) at which two texts are one (CooRTweet, QUT: 0.8). */
  similarity: z.number().gt(0).max(1).default(0.8),
  /** Texts with fewer words are ignored (QUT toolkit: 5): "Düz deyirsiniz" is no template. */
  minTokens: z.number().int().min(1).default(5),
  /** A family must be posted by at least this many distinct accounts. */
  minAccounts: z.number().int().min(2).default(3),
  /** Coordination, not inauthenticity: a hashtag campaign posts the same slogan by design. */
  strength: z.number().min(0).max(1).default(0.3),
});
export type CopyPasteOptions = z.infer<typeof options>;

/**
 * Near-duplicate comments from different accounts (exact Jaccard on word sets with prefix filtering,
 * see coordination/near-duplicates.ts; emoji, punctuation and links stripped, so template families with
 * emoji tails fall together).
 * Code: copy-paste {texts, families, largestFamily}.
 */
export const copyPaste: Signal<CopyPasteOptions> = {
  id: 'copy-paste',
  family: 'coordination',
  rationale: 'The same or nearly the same comment, posted by several different accounts.',
  options,
  flags: [
    { flag: 'copy-similarity', key: 'similarity', description: 'Jaccard similarity at which two comments are copies (0–1)' },
    { flag: 'copy-min-tokens', key: 'minTokens', description: 'words a comment needs before it is compared' },
    { flag: 'copy-min-accounts', key: 'minAccounts', description: 'distinct accounts a family of copies needs' },
  ],
  usesSuspects: false,
  unavailable: (model) => (model.columns.texts.some() ? null : 'no-text'),
  evaluate(model, opts, context) {
    // The scan's shared ties were built from these same options: families of >= minAccounts authors.
    const { families, familiesOf, familyOfComment } = context.ties;
    const evidence: Evidence[] = [];
    for (const [account, own] of [...familiesOf].sort((x, y) => x[0] - y[0])) {
      let texts = 0, largest = 0;
      for (const c of model.accounts[account]!.commentIdx) if (familyOfComment[c]! >= 0) texts++;
      for (const f of own) largest = Math.max(largest, families.get(f)!.length);
      evidence.push({
        account, signal: 'copy-paste', code: 'copy-paste', strength: opts.strength,
        args: { texts, families: own.length, largestFamily: largest },
      });
    }
    return evidence;
  },
};
