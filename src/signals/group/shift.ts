import { binomialUpperTail, round, significant, wilson } from '../../util/stats.js';
import { expectedRate, memberOccasions, yardstick, workdays } from './shared.js';
import type { GroupTell } from './types.js';

/**
 * The group's clock against everyone else's (Meta: "in regular shifts during working hours in Azerbaijan
 * on weekdays"; Zhang: "weekdays between 9am and 6pm"). The group's occasions (a post and a clock hour: see memberOccasions) in the profile's shift
 * against the page's ungrouped commenters on the same posts (so a post published on a Tuesday morning does
 * not make its commenters look like shift workers), one-sided binomial test, power from the group's
 * total. Effect: the group's share at the lower end of its 95% Wilson interval at least `minLift` above
 * the yardstick — a significant lift of a few points is office workers, not an office. Alone it never
 * decides: students post in the daytime too.
 * Figures: occasions, inShift, share, baseline.
 */
export const shiftTell: GroupTell = {
  id: 'shift',
  family: 'separating',
  evaluate(members, _group, context, options) {
    const { model, inShift } = context;
    const y = yardstick(context);
    const comments = memberOccasions(context, members);
    let k = 0;
    for (const c of comments) k += inShift[c]!;
    const n = comments.length;
    const global = y.total ? y.inShift / y.total : 0.5;
    const baseline = Math.min(Math.max(expectedRate(comments, (c) => model.comments[c]!.post, y.postIn, y.postTotal, global), 1e-6), 1 - 1e-6);
    const figures = { occasions: n, inShift: k, share: round(n ? k / n : 0), baseline: round(baseline) };
    if (n < options.minOccasions || model.dayPrecisionTimes) return { tell: 'shift', testable: false, p: 1, effect: false, figures };
    const p = k / n <= baseline ? 1 : binomialUpperTail(k, n, baseline);
    return { tell: 'shift', testable: true, p: significant(p), effect: wilson(k, n)[0] >= baseline + options.minLift, figures };
  },
};

/**
 * The weekend share against the others' on the same posts: a working week leaves weekends quiet. Reported
 * beside the clock, never counted on its own: students rallying on weekdays have quiet weekends too.
 * Figures: occasions, weekend, share, baseline.
 */
export const weekendTell: GroupTell = {
  id: 'weekend',
  family: 'context',
  evaluate(members, _group, context, options) {
    const { model, profile } = context;
    const y = yardstick(context);
    const workday = workdays(profile.workdays);
    const comments = memberOccasions(context, members);
    let k = 0;
    for (const c of comments) if (!workday[model.comments[c]!.localDay]) k++;
    const n = comments.length;
    const global = y.total ? y.weekend / y.total : 2 / 7;
    const baseline = Math.min(Math.max(expectedRate(comments, (c) => model.comments[c]!.post, y.postWeekend, y.postTotal, global), 1e-6), 1 - 1e-6);
    const figures = { occasions: n, weekend: k, share: round(n ? k / n : 0), baseline: round(baseline) };
    if (n < options.minOccasions || model.dayPrecisionTimes) return { tell: 'weekend', testable: false, p: 1, effect: false, figures };
    // Lower tail: P(X ≤ k) = P(n − X ≥ n − k) with n − X ~ Binomial(n, 1 − baseline).
    const p = k / n >= baseline ? 1 : binomialUpperTail(n - k, n, 1 - baseline);
    return { tell: 'weekend', testable: true, p: significant(p), effect: wilson(k, n)[1] <= baseline / 2, figures };
  },
};
