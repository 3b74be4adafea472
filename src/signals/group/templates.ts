import { groupCount, oncePerGrouping } from './shared.js';
import type { GroupContext, GroupTell } from './types.js';

/** Per group, the copy-paste families with two or more of its members: one pass over the families for all groups. */
const sharedFamilies = oncePerGrouping(({ ties, groupOf }: GroupContext): Uint32Array => {
  const counts = new Uint32Array(groupCount(groupOf));
  const seen = new Map<number, number>();
  for (const authors of ties.families.values()) {
    seen.clear();
    for (const a of authors) {
      const g = groupOf[a]!;
      if (g < 0) continue;
      const n = (seen.get(g) ?? 0) + 1;
      seen.set(g, n);
      if (n === 2) counts[g]!++;
    }
  }
  return counts;
});

/**
 * Comment templates its members share (copy-paste families with two or more members inside). Acting
 * together: a campaign shares slogans by design. Reported, never decisive. Figures: families.
 */
export const templatesTell: GroupTell = {
  id: 'templates',
  family: 'coordination',
  evaluate(_members, group, context) {
    const families = sharedFamilies(context)[group] ?? 0;
    return { tell: 'templates', testable: context.ties.families.size > 0, p: 1, effect: families > 0, figures: { families } };
  },
};
