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
  // The columns, not a view per comment: this reads every comment of the scan.
  const { post, author, hourOfWeek, length } = model.columns;
  for (let i = 0; i < length; i++) {
    if (groupOf[author[i]!] !== -1) continue;
    const p = post[i]!, how = hourOfWeek[i]!;
    y.postTotal[p]!++;
    y.total++;
    if (inShift[i]) {
      y.postIn[p]!++;
      y.inShift++;
    }
    if (!workday[Math.floor(how / 24)]) {
      y.postWeekend[p]!++;
      y.weekend++;
    } else y.weekdayHours[how % 24]!++;
  }
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

export function memberComments({ model }: GroupContext, members: number[]): number[] {
  const out: number[] = [];
  for (const a of members) for (const c of model.accounts[a]!.commentIdx) out.push(c);
  return out;
}

const HOUR_MS = 3_600_000;

/**
 * The group's comments clustered by post and clock hour (see clusteredShareTest): the first comment of each
 * cluster (row order) stands for its local time, and the cluster's size is its number of comments.
 * `keep` filters comments first (weekdays only, for the lunch test).
 */
export function memberClusters(context: GroupContext, members: number[], keep: (c: number) => boolean = () => true): { first: number; size: number }[] {
  const { post, createdMs } = context.model.columns;
  const clusters = new Map<number, { first: number; size: number }>();
  for (const c of memberComments(context, members).sort((x, y) => x - y)) {
    if (!keep(c)) continue;
    const key = post[c]! * 1e7 + Math.floor(createdMs[c]! / HOUR_MS);
    const cluster = clusters.get(key);
    if (cluster) cluster.size++;
    else clusters.set(key, { first: c, size: 1 });
  }
  return [...clusters.values()];
}
