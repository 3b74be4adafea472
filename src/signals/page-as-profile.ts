import { z } from 'zod';
import { categoryFit } from './_shared/categories.js';
import { accountNames } from './_shared/names.js';
import type { Evidence, Signal } from './types.js';

const options = z.object({
  /**
   * A person-named Page filed under a shop or service category (a cosmetics store, a web designer): how
   * the 2020 network looked, and how a seller's Page under the owner's own name looks. Below
   * `--strong-evidence`: alone it is `suspicious` at most; with its network's verdict or another
   * separating signal it decides.
   */
  offTopicStrength: z.number().min(0).max(1).default(0.6),
  /**
   * A person-named Page whose category is blank, unknown to the detector, or could fit a person's Page
   * (media, community): weighs like a shop category, so an unlisted category ("Makeup artist") is neither
   * worse nor better than a missing one.
   */
  unclearStrength: z.number().min(0).max(1).default(0.6),
  /**
   * A Page whose name is only half a person's (a known given name beside an unknown word: "Aysel
   * Nails") — a shop named after its owner as often as a fake. Below what office hours need to make
   * an account inauthentic together (0.35 with shift-hours' 0.6 gives 0.74 < 0.75).
   */
  halfNameStrength: z.number().min(0).max(1).default(0.35),
});
export type PageAsProfileOptions = z.infer<typeof options>;

/**
 * Meta (Oct 2020): Pages "designed to look like user profiles — using false names and stock images";
 * AIW: their categories (cosmetics, web design, sports, e-commerce) do not fit their names.
 * Codes: page-person-name-off-topic-category (a shop or service category); page-person-name-unknown-category,
 * page-person-name-ambiguous-category (moderate); page-maybe-person-name-{off-topic,unknown,ambiguous}-category (weak).
 * A person-named Page with a person's category (politician, journalist…) and a Page with a business
 * or media name give no evidence.
 */
export const pageAsProfile: Signal<PageAsProfileOptions> = {
  id: 'page-as-profile',
  family: 'separating',
  rationale: 'A Page named like a private person, filed under a category no person uses, is a Page posing as a profile.',
  options,
  flags: [
    { flag: 'page-off-topic-strength', key: 'offTopicStrength', description: 'strength of a person-named Page with an off-topic category' },
    { flag: 'page-unclear-strength', key: 'unclearStrength', description: 'strength of a person-named Page with an unknown or ambiguous category' },
  ],
  usesSuspects: false,
  unavailable: (model) => (model.hasAuthorType ? null : 'no-author-type'),
  evaluate(model, opts) {
    const evidence: Evidence[] = [];
    const names = accountNames(model);
    model.accounts.forEach((account, index) => {
      if (account.type !== 'page') return;
      const name = names[index]!;
      if (!name.isPerson) return;
      const fit = categoryFit(account.category);
      if (fit === 'person') return;
      const args = { category: account.category, nameBasis: name.basis, typeSource: account.typeSource };
      if (fit === 'off-topic' && name.confidence === 'high') {
        evidence.push({ account: index, signal: 'page-as-profile', code: 'page-person-name-off-topic-category', strength: opts.offTopicStrength, args });
      } else {
        const half = name.confidence === 'low';
        const code = half ? `page-maybe-person-name-${fit}-category` : `page-person-name-${fit}-category`;
        evidence.push({ account: index, signal: 'page-as-profile', code, strength: half ? opts.halfNameStrength : opts.unclearStrength, args });
      }
    });
    return evidence;
  },
};
