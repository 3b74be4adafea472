import { clusteredExactBelow, round, significant } from '../../util/stats.js';
import { memberClusters, workdays, yardstick } from './shared.js';
import { groupShift } from './shift.js';
import type { GroupTell } from './types.js';

/** Lunch hours tried: the profile's, and an hour either side (offices differ); Bonferroni over them. */
const SHIFTS = [0, -1, 1];
/** Occasions (a post and an hour) on weekdays in the three hours around a lunch before the dip can be tested. */
export const MIN_LUNCH_OCCASIONS = 15;

/**
 * "With an hour break at lunch" (Zhang). Among the group's weekday comments in the lunch hour and the
 * hours either side, the lunch hour's share against the same share among the page's other
 * commenters (who comment more at lunch, not less); comments clustered by post and hour as in the shift
 * test (an occasion is one decision), lower tail, exact (clusteredExactBelow); tried at the lunch hour of the shift
 * the group's shift tell chose when it chose one with a lunch, else at the profile's lunch hour and an hour either side;
 * Bonferroni-corrected over the three.
 * Effect: the share's upper 95% bound at most the others' share, from the exact tail (not the normal bound), and the
 * group's occasions in the lunch hour fewer than in the hour before and the hour after (a break, not a peak's shoulder).
 * Colleagues commenting together at lunch
 * show the opposite; students rallying through the day show none.
 * Figures: comments and occasions (in the three hours), lunchHour, share, baseline.
 */
export const lunchTell: GroupTell = {
  id: 'lunch',
  family: 'separating',
  evaluate(members, _group, context, options) {
    const { model, profile } = context;
    const y = yardstick(context);
    const workday = workdays(profile.workdays);
    let best = { p: 1, effect: false, figures: { comments: 0, occasions: 0, lunchHour: profile.lunch?.[0] ?? -1, share: 0, baseline: 0 } };
    if (!profile.lunch || model.dayPrecisionTimes) return { tell: 'lunch', testable: false, ...best };
    let testable = false;
    // Where the group's shift was chosen among others (shift.ts) and leaves a lunch hour out, the dip is looked for there
    // alone: the shift was chosen among the profile's lunch and an hour either side, so the factor stays 3. Tested
    // apart, a lunch-hour peak at 13:00 in the shift a group chose with its lunch at 12 read as a break at 14:00 (an
    // organic group of citizens and colleagues judged inauthentic on data built by other hands, independent-b month 1010).
    const shiftChosen = groupShift(members, context, options.shiftSearch);
    const hours = shiftChosen.windows > 1 && shiftChosen.window.lunch ? [shiftChosen.window.lunch[0]] : SHIFTS.map((shift) => profile.lunch![0] + shift);
    for (const h of hours) {
      if (h - 1 < profile.workHours[0] || h + 1 >= profile.workHours[1]) continue;
      const { hourOfWeek } = model.columns;
      const around = (c: number) => {
        const how = hourOfWeek[c]!, hour = how % 24;
        return workday[Math.floor(how / 24)]! && hour >= h - 1 && hour <= h + 1;
      };
      const others = y.weekdayHours[h - 1]! + y.weekdayHours[h]! + y.weekdayHours[h + 1]!;
      const baseline = (y.weekdayHours[h]! + 1) / (others + 3);
      const clusters = memberClusters(context, members, around).map(({ first, size }) => ({ size, hit: hourOfWeek[first]! % 24 === h, expected: baseline, hour: hourOfWeek[first]! % 24 }));
      if (clusters.length < MIN_LUNCH_OCCASIONS) continue;
      // A break is quieter than the hour before it and the hour after it. The shoulder of a lunch-hour peak is not: the
      // group's occasions at h are few beside h − 1 when its members comment together at h − 1 (colleagues at lunch,
      // whose 13:00 peak made 14:00 look like a break, once shifts other than the profile's were tried).
      const at = (hour: number) => clusters.reduce((n, c) => n + (c.hour === hour ? 1 : 0), 0);
      const quieter = at(h) < at(h - 1) && at(h) < at(h + 1);
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
        best = { p, effect: below <= 0.025 && quieter, figures: { comments, occasions: clusters.length, lunchHour: h, share: round(atLunch / comments), baseline: round(baseline) } };
      }
    }
    return { tell: 'lunch', testable, p: significant(best.p), effect: testable && best.effect, figures: best.figures };
  },
};
