import { binomialUpperTail, round, significant } from '../../util/stats.js';
import { memberOccasions, workdays, yardstick } from './shared.js';
import type { GroupTell } from './types.js';

/** Lunch hours tried: the profile's, and an hour either side (offices differ); Bonferroni over them. */
const SHIFTS = [0, -1, 1];
/** Weekday comments in the three hours around a lunch before the dip can be tested. */
export const MIN_LUNCH_COMMENTS = 15;

/**
 * "With an hour break at lunch" (Zhang). Among the group's weekday occasions in the lunch hour and the
 * hours either side, the lunch hour's share against the same share among the page's ungrouped
 * commenters (who comment more at lunch, not less), one-sided binomial lower tail; tried at the profile's
 * lunch hour and an hour either side, Bonferroni-corrected. Effect: the lunch hour holds at most half its
 * expected share. Colleagues commenting together at lunch show the opposite; students rallying through
 * the day show none. Figures: occasions (in the three hours), lunchHour, share, baseline.
 */
export const lunchTell: GroupTell = {
  id: 'lunch',
  family: 'separating',
  evaluate(members, _group, context) {
    const { model, profile } = context;
    const y = yardstick(context);
    const workday = workdays(profile.workdays);
    const hours = new Float64Array(24);
    for (const c of memberOccasions(context, members)) {
      const comment = model.comments[c]!;
      if (workday[comment.localDay]) hours[comment.localHour]!++;
    }
    let best = { p: 1, effect: false, figures: { occasions: 0, lunchHour: profile.lunch?.[0] ?? -1, share: 0, baseline: 0 } };
    if (!profile.lunch || model.dayPrecisionTimes) return { tell: 'lunch', testable: false, ...best };
    let testable = false;
    for (const shift of SHIFTS) {
      const h = profile.lunch[0] + shift;
      if (h - 1 < profile.workHours[0] || h + 1 >= profile.workHours[1]) continue;
      const n = hours[h - 1]! + hours[h]! + hours[h + 1]!;
      const k = hours[h]!;
      const others = y.weekdayHours[h - 1]! + y.weekdayHours[h]! + y.weekdayHours[h + 1]!;
      const baseline = (y.weekdayHours[h]! + 1) / (others + 3);
      if (n < MIN_LUNCH_COMMENTS) continue;
      testable = true;
      const tail = k / n >= baseline ? 1 : binomialUpperTail(n - k, n, 1 - baseline);
      const p = Math.min(1, tail * SHIFTS.length);
      if (p < best.p || (best.figures.occasions === 0)) {
        best = { p, effect: k / n <= baseline / 2, figures: { occasions: n, lunchHour: h, share: round(k / n), baseline: round(baseline) } };
      }
    }
    return { tell: 'lunch', testable, p: significant(best.p), effect: testable && best.effect, figures: best.figures };
  },
};
