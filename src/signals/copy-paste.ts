import { z } from 'zod';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /** Jaccard similarity of word sets (after normalising) at which two texts are one (CooRTweet, QUT: 0.8). */
  similarity: z.number().gt(0).max(1).default(0.8),
  /** Texts with fewer words are ignored (QUT toolkit: 5): "Düz deyirsiniz" is no template. */
  minTokens: z.number().int().min(1).default(5),
  /** A family must be posted by at least this many distinct accounts. */
  minAccounts: z.number().int().min(2).default(3),
  /**
   * Shorter texts of at least this many words, repeated word for word by `minAccounts` accounts or more, are
   * slogans ("Prezidentimizə eşq olsun", "Yalan xəbərdir, biabırçılıq"): what a brigade posts most and what
   * citizens say too. A slogan is never copy-paste evidence of an account, and a single one ties nobody;
   * accounts that share `sloganMinShared` of them are tied into a group (coordination/ties.ts), which is
   * then judged on pooled evidence like any other. At `minTokens` or above: no slogans.
   * Swept on our draws (`npm run evaluate -- --draws 10 --seed 1 --option sloganMinTokens=V`), mean recall of month
   * at 2 / 3 / 4 / 5 (none): 0.696 / 0.696 / 0.660 / 0.619, flood 0.940 / 0.939 / 0.935 / 0.919, no false positive
   * added at any; 2 would add two-word phrases ("Düz deyirsiniz") for nothing.
   */
  sloganMinTokens: z.number().int().min(1).default(3),
  /**
   * Distinct slogans two accounts must share before they are tied. One in common is speech: on data built by
   * other hands, set phrases joined 745 citizens into one group when one slogan tied. At 3 our draws' mean
   * recall fell (month 0.696 → 0.639, flood 0.939 → 0.906).
   */
  sloganMinShared: z.number().int().min(2).max(4).default(2),
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
    { flag: 'slogan-min-tokens', key: 'sloganMinTokens', description: 'words a shorter text repeated word for word (a slogan) needs; at --copy-min-tokens or above, no slogans' },
    { flag: 'slogan-min-shared', key: 'sloganMinShared', description: 'distinct slogans two accounts must share before they are tied into a group (2–4)' },
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
