import { clusteredExactBelow, round, significant } from '../../util/stats.js';
import { workdays, yardstick } from './shared.js';
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
 * group's occasions in the lunch hour fewer than in its median hour of the shift (a break, not a peak's shoulder).
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
    // Where the group's shift was chosen among others (shift.ts: it showed an excess there) and leaves a lunch out, the
    // break is looked for at that lunch alone; the shift was chosen among lunches up to `shiftSearch` hours either side of
    // the profile's, so the factor is the number of them (3 at the default). Tested apart, a lunch-hour peak at 13:00 in the
    // shift a group chose with its lunch at 12 read as a break at 14:00 (an organic group of citizens and colleagues judged
    // inauthentic on data built by other hands, independent-b month 1010).
    const chosen = groupShift(members, context, options.shiftSearch);
    const inChosen = chosen.chosen && chosen.windows > 1 && chosen.window.lunch !== null;
    const hours = inChosen ? [chosen.window.lunch![0]] : SHIFTS.map((shift) => profile.lunch![0] + shift);
    const [workStart, workEnd] = inChosen ? chosen.window.workHours : profile.workHours;
    const lunchLength = inChosen ? chosen.window.lunch![1] - chosen.window.lunch![0] : profile.lunch[1] - profile.lunch[0];
    const factor = Math.max(SHIFTS.length, 2 * options.shiftSearch + 1);
    const { hourOfWeek } = model.columns;
    // The group's weekday occasions (as its shift tell read them: a cluster's comments share their hour), and per hour,
    // for what a break is quieter than.
    const weekday = chosen.clusters.filter(({ first }) => workday[Math.floor(hourOfWeek[first]! / 24)]!);
    const hourly = new Float64Array(24);
    for (const { first } of weekday) hourly[hourOfWeek[first]! % 24]!++;
    for (const h of hours) {
      if (h - 1 < workStart || h + 1 >= workEnd) continue;
      const others = y.weekdayHours[h - 1]! + y.weekdayHours[h]! + y.weekdayHours[h + 1]!;
      const baseline = (y.weekdayHours[h]! + 1) / (others + 3);
      const clusters = weekday.filter(({ first }) => Math.abs((hourOfWeek[first]! % 24) - h) <= 1).map(({ first, size }) => ({ size, hit: hourOfWeek[first]! % 24 === h, expected: baseline }));
      if (clusters.length < MIN_LUNCH_OCCASIONS) continue;
      // A break is quieter than the group's ordinary working hour (the median of its shift's other hours). A lunch-hour
      // peak's shoulder is not: colleagues who comment together at 13:00 and hardly otherwise are as quiet at 12:00 as at
      // 9, 11 or 16. (Quieter than both neighbours was too strict: a break of two hours, or a quiet hour beside it.)
      const ordinary: number[] = [];
      for (let x = workStart; x < workEnd; x++) if (x < h || x >= h + lunchLength) ordinary.push(hourly[x]!);
      ordinary.sort((a, b) => a - b);
      const median = ordinary.length ? (ordinary[(ordinary.length - 1) >> 1]! + ordinary[ordinary.length >> 1]!) / 2 : 0;
      const quieter = hourly[h]! < median;
      testable = true;
      // Exact: the normal approximation is poorest a few dozen occasions deep in a lower tail.
      const below = clusteredExactBelow(clusters);
      const p = Math.min(1, below * factor);
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
