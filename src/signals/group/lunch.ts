import { clusteredExactBelow, round, significant } from '../../util/stats.js';
import { memberClusters, workdays, yardstick } from './shared.js';
import type { GroupTell } from './types.js';

/** Lunch hours tried: the profile's, and an hour either side (offices differ); Bonferroni over them. */
const SHIFTS = [0, -1, 1];
/** Occasions (a post and an hour) on weekdays in the three hours around a lunch before the dip can be tested. */
export const MIN_LUNCH_OCCASIONS = 15;

/**
 * "With an hour break at lunch" (Zhang). Among the group's weekday comments in the lunch hour and the
 * hours either side, the lunch hour's share against the same share among the page's other
 * commenters (who comment more at lunch, not less); comments clustered by post and hour as in the shift
 * test (an occasion is one decision), lower tail, exact (clusteredExactBelow); tried at the profile's lunch
 * hour and an hour either side, Bonferroni-corrected.
 * Effect: the share's upper 95% bound at most the others' share, from the exact tail (not the normal bound).
 * Colleagues commenting together at lunch
 * show the opposite; students rallying through the day show none.
 * Figures: comments and occasions (in the three hours), lunchHour, share, baseline.
 */
export const lunchTell: GroupTell = {
  id: 'lunch',
  family: 'separating',
  evaluate(members, _group, context) {
    const { model, profile } = context;
    const y = yardstick(context);
    const workday = workdays(profile.workdays);
    let best = { p: 1, effect: false, figures: { comments: 0, occasions: 0, lunchHour: profile.lunch?.[0] ?? -1, share: 0, baseline: 0 } };
    if (!profile.lunch || model.dayPrecisionTimes) return { tell: 'lunch', testable: false, ...best };
    let testable = false;
    for (const shift of SHIFTS) {
      const h = profile.lunch[0] + shift;
      if (h - 1 < profile.workHours[0] || h + 1 >= profile.workHours[1]) continue;
      const { hourOfWeek } = model.columns;
      const around = (c: number) => {
        const how = hourOfWeek[c]!, hour = how % 24;
        return workday[Math.floor(how / 24)]! && hour >= h - 1 && hour <= h + 1;
      };
      const others = y.weekdayHours[h - 1]! + y.weekdayHours[h]! + y.weekdayHours[h + 1]!;
      const baseline = (y.weekdayHours[h]! + 1) / (others + 3);
      const clusters = memberClusters(context, members, around).map(({ first, size }) => ({ size, hit: hourOfWeek[first]! % 24 === h, expected: baseline }));
      if (clusters.length < MIN_LUNCH_OCCASIONS) continue;
      testable = true;
      // Exact: the normal approximation is poorest a few dozen occasions deep in a lower tail.
      const below = clusteredExactBelow(clusters);
      const p = Math.min(1, below * SHIFTS.length);
      if (p < best.p || best.figures.occasions === 0) {
        const comments = clusters.reduce((n, c) => n + c.size, 0);
        const atLunch = clusters.reduce((n, c) => n + (c.hit ? c.size : 0), 0);
        // The effect: the share's upper 95% bound at most the others' share — read from the same exact tail
        // (the bound is below the baseline exactly when the baseline leaves the observed share in its lower
        // 2.5%). The normal bound of a brigade whose lunch dip came in waves of 50 comments an hour (143
        // occasions, share 0.129 against 0.379, exact p 0.0003) reached 0.417.
        best = { p, effect: below <= 0.025, figures: { comments, occasions: clusters.length, lunchHour: h, share: round(atLunch / comments), baseline: round(baseline) } };
      }
    }
    return { tell: 'lunch', testable, p: significant(best.p), effect: testable && best.effect, figures: best.figures };
  },
};
