import type { GroupContext } from './types.js';

/** Comments of the page's ungrouped commenters, per post: in shift, on a non-workday, and all. Once per context. */
export interface Yardstick {
  postIn: Float64Array;
  postWeekend: Float64Array;
  postTotal: Float64Array;
  inShift: number;
  weekend: number;
  total: number;
  /** Weekday comments per local hour (0–23). */
  weekdayHours: Float64Array;
}

const cache = new WeakMap<Int32Array, Yardstick>();

export function yardstick({ model, inShift, groupOf, profile }: GroupContext): Yardstick {
  let y = cache.get(groupOf);
  if (y) return y;
  const posts = model.posts.length;
  y = { postIn: new Float64Array(posts), postWeekend: new Float64Array(posts), postTotal: new Float64Array(posts), inShift: 0, weekend: 0, total: 0, weekdayHours: new Float64Array(24) };
  const workday = workdays(profile.workdays);
  model.comments.forEach((c, i) => {
    if (groupOf[c.author] !== -1) return;
    y!.postTotal[c.post]!++;
    y!.total++;
    if (inShift[i]) {
      y!.postIn[c.post]!++;
      y!.inShift++;
    }
    if (!workday[c.localDay]) {
      y!.postWeekend[c.post]!++;
      y!.weekend++;
    } else y!.weekdayHours[c.localHour]!++;
  });
  cache.set(groupOf, y);
  return y;
}

export const workdays = (days: number[]): boolean[] => {
  const out = new Array<boolean>(7).fill(false);
  for (const d of days) out[d] = true;
  return out;
};

/** Pseudo-comments pulling a thin post's yardstick toward the page-wide rate (as in shift-hours). */
export const POST_PRIOR = 5;

/** Expected rate of the group's comments under the yardstick of the same posts. */
export function expectedRate(comments: number[], post: (c: number) => number, perPost: Float64Array, total: Float64Array, global: number): number {
  let expected = 0;
  for (const c of comments) {
    const p = post(c);
    expected += (perPost[p]! + POST_PRIOR * global) / (total[p]! + POST_PRIOR);
  }
  return comments.length ? expected / comments.length : global;
}

export function memberComments({ model }: GroupContext, members: number[]): number[] {
  const out: number[] = [];
  for (const a of members) for (const c of model.accounts[a]!.commentIdx) out.push(c);
  return out;
}

const HOUR_MS = 3_600_000;

/**
 * The group's occasions: one comment (the earliest in row order) per distinct post and clock hour. Forty
 * students answering one call within half an hour are one decision, not forty: counting their comments
 * as independent draws gave a rally-driven community a "lunch break" wherever no rally fell. A shift
 * spreads its comments over many hours and keeps its power.
 */
export function memberOccasions(context: GroupContext, members: number[]): number[] {
  const { model } = context;
  const seen = new Set<number>();
  const out: number[] = [];
  for (const c of memberComments(context, members).sort((x, y) => x - y)) {
    const comment = model.comments[c]!;
    const key = comment.post * 1e7 + Math.floor(comment.createdMs / HOUR_MS);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
