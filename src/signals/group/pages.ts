import { binomialUpperTail, round, significant, wilson } from '../../util/stats.js';
import { posesAsPerson } from '../_shared/names.js';
import { oncePerGrouping } from './shared.js';
import type { GroupContext, GroupTell } from './types.js';

/**
 * Where Pages posing as people are common among the ungrouped (a brigade's loners with too few comments
 * to be tied: 17% on one generated flood), `minPagesRatio` times that share is out of reach even for a
 * group that is 88% such Pages; a lift of 25 points at the lower bound is then enough.
 */
export const PAGES_ABSOLUTE_LIFT = 0.25;

/**
 * Pages posing as people (Meta, Oct 2020: Pages "designed to look like user profiles — using false names
 * and stock images"). Counts members that are Pages with a person's name, whatever their category: a
 * "Blogger" category on a brigade Page must not shield it. One-sided binomial test of that count against
 * the share among the page's other commenters whose type is known (sellers and public figures under
 * their own names are there, so a campaign joined by a politician's Page is not a network of fakes; other
 * groups are left out, or one brigade group would be the yardstick of its sister groups); effect: at least `minPages` such Pages, at least
 * `minPagesShare` of the members of known type, and the Wilson lower bound of the group's share
 * at least `minPagesRatio` times the others' share (or PAGES_ABSOLUTE_LIFT above it, whichever is less). A community of 748 citizens liking each other held the
 * page's 16 sellers and public figures (2%, against 0.6% outside): significant, and nothing like a network
 * of fakes, where such Pages are a large part of the group.
 * Figures: pages, members, share, baseline.
 */
/** Person-named Pages among the other commenters (`others`) of known type: the same for every group, counted once. */
const otherPages = oncePerGrouping(({ model, names, others }: GroupContext) => {
  const b = { basePages: 0, baseKnown: 0 };
  for (let a = 0; a < model.accounts.length; a++) {
    if (!others[a] || model.accounts[a]!.type === 'unknown') continue;
    b.baseKnown++;
    if (posesAsPerson(model, names, a)) b.basePages++;
  }
  return b;
});

export const pagesTell: GroupTell = {
  id: 'pages',
  family: 'separating',
  evaluate(members, _group, context, options) {
    const { model, names } = context;
    let pages = 0, known = 0;
    for (const a of members) {
      if (model.accounts[a]!.type !== 'unknown') known++;
      if (posesAsPerson(model, names, a)) pages++;
    }
    const { basePages, baseKnown } = otherPages(context);
    const figures = { pages, members: members.length, share: round(known ? pages / known : 0), baseline: round(baseKnown ? basePages / baseKnown : 0) };
    if (!model.hasAuthorType || known < 3) return { tell: 'pages', testable: false, p: 1, effect: false, figures };
    // A page with no ungrouped person-named Page still has a rate above zero: one pseudo-account of each kind.
    const baseline = (basePages + 0.5) / (baseKnown + 1);
    const p = binomialUpperTail(pages, known, baseline);
    const needed = Math.min(options.minPagesRatio * baseline, baseline + PAGES_ABSOLUTE_LIFT);
    const effect = pages >= options.minPages && pages >= options.minPagesShare * known && wilson(pages, known)[0] >= needed;
    return { tell: 'pages', testable: true, p: significant(p), effect, figures };
  },
};
