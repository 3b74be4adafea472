import type { GroupContext, GroupTell } from './types.js';

const cache = new WeakMap<Int32Array, Uint32Array>();

/** Per group, the copy-paste families with two or more of its members: one pass over the families for all groups. */
function sharedFamilies({ ties, groupOf }: GroupContext): Uint32Array {
  let counts = cache.get(groupOf);
  if (counts) return counts;
  let groups = 0;
  for (const g of groupOf) groups = Math.max(groups, g + 1);
  counts = new Uint32Array(groups);
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
  cache.set(groupOf, counts);
  return counts;
}

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
