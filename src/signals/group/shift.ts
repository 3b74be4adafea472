import { clusteredShareTest, round, significant } from '../../util/stats.js';
import { memberClusters, POST_PRIOR, workdays, yardstick } from './shared.js';
import type { GroupContext, GroupTell, GroupTellResult } from './types.js';

/**
 * The group's clock against everyone else's (Meta: "in regular shifts during working hours in Azerbaijan
 * on weekdays"; Zhang: "weekdays between 9am and 6pm"). The share of the group's comments in the profile's
 * shift against the page's other commenters' share on the same posts (so a post published on a
 * Tuesday morning does not make its commenters look like shift workers). Comments are clustered by post
 * and hour (clusteredShareTest): forty students answering one call within half an hour are one decision,
 * and power comes from the number of such occasions, not from the comments. Effect: the share's lower
 * 95% bound at least `minLift` above the yardstick — a significant lift of a few points is office workers,
 * not an office. Alone it never decides: students post in the daytime too.
 * Figures: comments, occasions, share, baseline.
 */
export const shiftTell: GroupTell = {
  id: 'shift',
  family: 'separating',
  evaluate(members, _group, context, options) {
    const { inShift } = context;
    return clockTest('shift', members, context, options.minOccasions, (c) => inShift[c] === 1, 'postIn', (t) => t.low >= t.expected + options.minLift);
  },
};

/**
 * The weekend share against the others' on the same posts: a working week leaves weekends quiet. Reported
 * beside the clock, never counted on its own: students rallying on weekdays have quiet weekends too.
 * Figures: comments, occasions, share, baseline.
 */
export const weekendTell: GroupTell = {
  id: 'weekend',
  family: 'context',
  evaluate(members, _group, context, options) {
    const workday = workdays(context.profile.workdays);
    return clockTest('weekend', members, context, options.minOccasions, (c) => !workday[Math.floor(context.model.columns.hourOfWeek[c]! / 24)]!, 'postWeekend', (t) => t.high <= t.expected / 2, true);
  },
};

function clockTest(
  tell: 'shift' | 'weekend',
  members: number[],
  context: GroupContext,
  minOccasions: number,
  hit: (c: number) => boolean,
  perPost: 'postIn' | 'postWeekend',
  effect: (t: ReturnType<typeof clusteredShareTest>) => boolean,
  below = false,
): GroupTellResult {
  const { model } = context;
  const y = yardstick(context);
  const global = y.total ? (perPost === 'postIn' ? y.inShift : y.weekend) / y.total : 0.5;
  const rate = (post: number) => Math.min(Math.max((y[perPost][post]! + POST_PRIOR * global) / (y.postTotal[post]! + POST_PRIOR), 1e-6), 1 - 1e-6);
  const clusters = memberClusters(context, members).map(({ first, size }) => ({ size, hit: hit(first), expected: rate(model.columns.post[first]!) }));
  const t = clusteredShareTest(clusters);
  const comments = clusters.reduce((n, c) => n + c.size, 0);
  const figures = { comments, occasions: clusters.length, share: round(t.share), baseline: round(t.expected) };
  if (clusters.length < minOccasions || model.dayPrecisionTimes) return { tell, testable: false, p: 1, effect: false, figures };
  return { tell, testable: true, p: significant(below ? t.pBelow : t.pAbove), effect: effect(t), figures };
}
