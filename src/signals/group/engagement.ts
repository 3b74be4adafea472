import { binomialUpperTail, round, significant } from '../../util/stats.js';
import { groupCount, oncePerGrouping } from './shared.js';
import type { GroupContext, GroupTell } from './types.js';

interface Counts { received: Float64Array; inside: Float64Array; givenBy: Float64Array; given: number }

/** Supportive engagement received, received from inside, and given, per group: one pass for all groups. */
const counts = oncePerGrouping(({ model, groupOf }: GroupContext): Counts => {
  const groups = groupCount(groupOf);
  const c: Counts = { received: new Float64Array(groups), inside: new Float64Array(groups), givenBy: new Float64Array(groups), given: 0 };
  const { supportive } = model.engagements;
  for (let e = 0; e < model.engagements.length; e++) {
    if (!supportive[e]) continue;
    c.given++;
    const from = groupOf[model.engagements.from[e]!]!, to = groupOf[model.engagements.to[e]!]!;
    if (from >= 0) c.givenBy[from]!++;
    if (to < 0) continue;
    c.received[to]!++;
    if (from === to) c.inside[to]!++;
  }
  return c;
});

/**
 * Engagement that stays inside (Meta: "most of the engagement these comments received were from within
 * this network"), against what the group's size alone gives: if the supportive reactions and replies its
 * members received came from the page's engagers at random, the inside share would be the group's share
 * of all supportive engagement given. One-sided binomial test; effect: at least twice that share.
 * Coordination, not inauthenticity: a campaign likes its own slogans. Reported, never decisive.
 * Figures: received, inside, share, expected.
 */
export const engagementTell: GroupTell = {
  id: 'engagement',
  family: 'coordination',
  evaluate(_members, group, context) {
    const c = counts(context);
    const received = c.received[group] ?? 0, inside = c.inside[group] ?? 0;
    const expected = c.given ? (c.givenBy[group] ?? 0) / c.given : 0;
    const figures = { received, inside, share: round(received ? inside / received : 0), expected: round(expected) };
    if (received < 10 || expected <= 0) return { tell: 'engagement', testable: false, p: 1, effect: false, figures };
    const p = binomialUpperTail(inside, received, Math.min(expected, 1 - 1e-9));
    return { tell: 'engagement', testable: true, p: significant(p), effect: inside / received >= 2 * expected, figures };
  },
};
