import { clusteredShareTest, round, significant } from '../../util/stats.js';
import { shiftOfFigures, shiftWindows, type AnalysisProfile, type ShiftWindow } from '../../profile.js';
import { memberClusters, POST_PRIOR, windowCounts, workdays, yardstick } from './shared.js';
import type { GroupContext, GroupTell } from './types.js';

/**
 * The group's clock against everyone else's (Meta: "in regular shifts during working hours in Azerbaijan
 * on weekdays"; Zhang: "weekdays between 9am and 6pm"). The share of the group's comments in the profile's
 * shift against the page's other commenters' share on the same posts (so a post published on a
 * Tuesday morning does not make its commenters look like shift workers). Comments are clustered by post
 * and hour (clusteredShareTest): forty students answering one call within half an hour are one decision,
 * and power comes from the number of such occasions, not from the comments. Effect: the share's lower
 * 95% bound at least `minLift` above the yardstick — a significant lift of a few points is office workers,
 * not an office. Alone it never decides: students post in the daytime too.
 * Tried in the profile's shift and in those whose start, end and lunch lie up to `shiftSearch` hours either side
 * of it, or keep no lunch (profile.ts shiftWindows); the window where the excess is least likely by chance is
 * reported, its p multiplied by the number of windows tried (Bonferroni). A network whose office opens at 10 and
 * lunches at 12 is not measured against 09–18 less 13:00, where a fifth of its hours fall outside.
 * Figures: comments, occasions, share, baseline; the window (shiftStart, shiftEnd, lunchFrom, lunchTo; −1: no
 * lunch) and how many were tried (windows).
 */
export const shiftTell: GroupTell = {
  id: 'shift',
  family: 'separating',
  evaluate(members, _group, context, options) {
    const { model } = context;
    const { window, t, clusters, windows } = groupShift(members, context, options.shiftSearch);
    const comments = clusters.reduce((n, c) => n + c.size, 0);
    const figures = {
      comments, occasions: clusters.length, share: round(t.share), baseline: round(t.expected),
      shiftStart: window.workHours[0], shiftEnd: window.workHours[1], lunchFrom: window.lunch ? window.lunch[0] : -1, lunchTo: window.lunch ? window.lunch[1] : -1, windows,
    };
    if (clusters.length < options.minOccasions || model.dayPrecisionTimes) return { tell: 'shift', testable: false, p: 1, effect: false, figures };
    return { tell: 'shift', testable: true, p: significant(Math.min(1, t.pAbove * windows)), effect: t.low >= t.expected + options.minLift, figures };
  },
};

type Tried = { window: ShiftWindow; t: ReturnType<typeof clusteredShareTest> };
interface GroupShift extends Tried {
  clusters: { first: number; size: number }[];
  windows: number;
  /** Whether the group showed an excess in some shift (else `window` is the profile's). */
  chosen: boolean;
}
const shiftCache = new WeakMap<number[], { others: Uint8Array; search: number; shift: GroupShift }>();

/**
 * The shift in which a group's comments exceed the others' the most (the least p; ties to the larger lift), among the
 * profile's and those `search` hours either side; the profile's when none shows an excess (the least deficit is no
 * finding). Read by the shift tell and by the lunch tell (which tests the dip at that shift's lunch). Once per group
 * and yardstick.
 */
export function groupShift(members: number[], context: GroupContext, search: number): GroupShift {
  const cached = shiftCache.get(members);
  if (cached && cached.others === context.others && cached.search === search) return cached.shift;
  const y = yardstick(context);
  const { hourOfWeek, post } = context.model.columns;
  const clusters = memberClusters(context, members);
  const windows = windowsOf(context.profile, search);
  let best: Tried | null = null;
  let own: Tried | null = null;
  for (const window of windows) {
    const counts = windowCounts(y, window);
    const global = y.total ? counts.inShift / y.total : 0.5;
    const rate = (p: number) => Math.min(Math.max((counts.postIn[p]! + POST_PRIOR * global) / (y.postTotal[p]! + POST_PRIOR), 1e-6), 1 - 1e-6);
    const t = clusteredShareTest(clusters.map(({ first, size }) => ({ size, hit: window.mask[hourOfWeek[first]!] === 1, expected: rate(post[first]!) })));
    if (!own) own = { window, t };
    // Ties (p-values that underflow to 0 against a page nobody else comments in the daytime) go to the larger lift.
    if (!best || t.pAbove < best.t.pAbove || (t.pAbove === best.t.pAbove && t.low - t.expected > best.t.low - best.t.expected)) best = { window, t };
  }
  const excess = best!.t.share > best!.t.expected;
  const shift = { ...(excess ? best! : own!), clusters, windows: windows.length, chosen: excess };
  shiftCache.set(members, { others: context.others, search, shift });
  return shift;
}

/** The shift windows tried for a profile (shiftWindows), made once per profile and search. */
const windowCache = new WeakMap<AnalysisProfile, Map<number, ShiftWindow[]>>();
function windowsOf(profile: AnalysisProfile, search: number): ShiftWindow[] {
  let bySearch = windowCache.get(profile);
  if (!bySearch) windowCache.set(profile, (bySearch = new Map()));
  let windows = bySearch.get(search);
  if (!windows) bySearch.set(search, (windows = shiftWindows(profile, search)));
  return windows;
}

/** The shift a group was tested in (its shift tell's figures), as a window; the profile's when the figures lack it. */
export function testedWindow(profile: AnalysisProfile, figures: Record<string, number>): ShiftWindow {
  return shiftWindows(shiftOfFigures(profile, figures), 0)[0]!;
}

/**
 * The weekend share against the others' on the same posts: a working week leaves weekends quiet. Reported
 * beside the clock, never counted on its own: students rallying on weekdays have quiet weekends too.
 * Figures: comments, occasions, share, baseline.
 */
export const weekendTell: GroupTell = {
  id: 'weekend',
  family: 'context',
  evaluate(members, _group, context, options) {
    const { model } = context;
    const workday = workdays(context.profile.workdays);
    const y = yardstick(context);
    const global = y.total ? y.weekend / y.total : 0.5;
    const rate = (post: number) => Math.min(Math.max((y.postWeekend[post]! + POST_PRIOR * global) / (y.postTotal[post]! + POST_PRIOR), 1e-6), 1 - 1e-6);
    // The group's occasions, as its shift tell read them.
    const { hourOfWeek, post } = model.columns;
    const clusters = groupShift(members, context, options.shiftSearch).clusters.map(({ first, size }) => ({ size, hit: !workday[Math.floor(hourOfWeek[first]! / 24)]!, expected: rate(post[first]!) }));
    const t = clusteredShareTest(clusters);
    const comments = clusters.reduce((n, c) => n + c.size, 0);
    const figures = { comments, occasions: clusters.length, share: round(t.share), baseline: round(t.expected) };
    if (clusters.length < options.minOccasions || model.dayPrecisionTimes) return { tell: 'weekend', testable: false, p: 1, effect: false, figures };
    return { tell: 'weekend', testable: true, p: significant(t.pBelow), effect: t.high <= t.expected / 2, figures };
  },
};
