import type { ShiftWindow } from '../../profile.js';
import type { GroupContext } from './types.js';

/**
 * A figure that is the same for every group of one grouping (a baseline from the other commenters, a
 * count per group made in one pass): computed on the first tell's call, then read by every other group.
 * Keyed by the grouping's yardstick (`others`), made afresh for each scan and each pass, so a new one computes afresh.
 */
export function oncePerGrouping<T>(compute: (context: GroupContext) => T): (context: GroupContext) => T {
  const cache = new WeakMap<Uint8Array, T>();
  return (context) => {
    let value = cache.get(context.others);
    if (value === undefined) cache.set(context.others, (value = compute(context)));
    return value;
  };
}

/** How many groups a grouping has (groupOf holds −1 or a group index per account). */
export function groupCount(groupOf: Int32Array): number {
  let groups = 0;
  for (const g of groupOf) groups = Math.max(groups, g + 1);
  return groups;
}

/** Comments of the page's other commenters, per post: on a non-workday, per weekday hour, and all. Once per context. */
export interface Yardstick {
  postWeekend: Float64Array;
  postTotal: Float64Array;
  weekend: number;
  total: number;
  /** Weekday comments per local hour (0–23). */
  weekdayHours: Float64Array;
  /** Weekday comments per post and local hour (post × 24 + hour): any shift's per-post counts (windowCounts). */
  postWeekdayHours: Float64Array;
  /** Per shift window tried (by its key), the others' comments in it: per post, and in all. */
  byWindow: Map<string, { postIn: Float64Array; inShift: number }>;
}

export const yardstick = oncePerGrouping(({ model, others, profile }: GroupContext): Yardstick => {
  const posts = model.posts.length;
  const y: Yardstick = { postWeekend: new Float64Array(posts), postTotal: new Float64Array(posts), weekend: 0, total: 0, weekdayHours: new Float64Array(24), postWeekdayHours: new Float64Array(posts * 24), byWindow: new Map() };
  const workday = workdays(profile.workdays);
  // The columns, not a view per comment: this reads every comment of the scan.
  const { post, author, hourOfWeek, length } = model.columns;
  for (let i = 0; i < length; i++) {
    if (!others[author[i]!]) continue;
    const p = post[i]!, how = hourOfWeek[i]!;
    y.postTotal[p]!++;
    y.total++;
    if (!workday[Math.floor(how / 24)]) {
      y.postWeekend[p]!++;
      y.weekend++;
    } else {
      y.weekdayHours[how % 24]!++;
      y.postWeekdayHours[p * 24 + (how % 24)]!++;
    }
  }
  return y;
});

/** The others' comments in a shift window (a window's mask covers workdays only): per post, and in all. */
export function windowCounts(y: Yardstick, window: ShiftWindow): { postIn: Float64Array; inShift: number } {
  const key = windowKey(window);
  let counts = y.byWindow.get(key);
  if (counts) return counts;
  const hours: number[] = [];
  for (let h = window.workHours[0]; h < window.workHours[1]; h++) if (!window.lunch || h < window.lunch[0] || h >= window.lunch[1]) hours.push(h);
  const posts = y.postTotal.length;
  counts = { postIn: new Float64Array(posts), inShift: 0 };
  for (let p = 0; p < posts; p++) {
    let n = 0;
    for (const h of hours) n += y.postWeekdayHours[p * 24 + h]!;
    counts.postIn[p] = n;
    counts.inShift += n;
  }
  y.byWindow.set(key, counts);
  return counts;
}

export const windowKey = (w: ShiftWindow) => `${w.workHours.join('-')}/${w.lunch ? w.lunch.join('-') : 'none'}`;

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

/**
 * The group's comments clustered by post and clock hour (see clusteredShareTest): the first comment of each
 * cluster (row order) stands for its local time, and the cluster's size is its number of comments.
 * `keep` filters comments first (weekdays only, for the lunch test).
 */
export function memberClusters(context: GroupContext, members: number[], keep: (c: number) => boolean = () => true): { first: number; size: number }[] {
  const { columns } = context.model;
  const clusters = new Map<number, { first: number; size: number }>();
  for (const c of memberComments(context, members).sort((x, y) => x - y)) {
    if (!keep(c)) continue;
    const key = columns.occasion(c);
    const cluster = clusters.get(key);
    if (cluster) cluster.size++;
    else clusters.set(key, { first: c, size: 1 });
  }
  return [...clusters.values()];
}
