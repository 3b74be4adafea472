import type { GroupTell } from './types.js';

/**
 * Comment templates its members share (copy-paste families with two or more members inside). Acting
 * together: a campaign shares slogans by design. Reported, never decisive. Figures: families.
 */
export const templatesTell: GroupTell = {
  id: 'templates',
  family: 'coordination',
  evaluate(members, _group, { ties }) {
    const inside = new Set(members);
    let families = 0;
    for (const authors of ties.families.values()) {
      let n = 0;
      for (const a of authors) if (inside.has(a) && ++n >= 2) break;
      if (n >= 2) families++;
    }
    return { tell: 'templates', testable: ties.families.size > 0, p: 1, effect: families > 0, figures: { families } };
  },
};
