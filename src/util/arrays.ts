/**
 * `target.push(...source)` passes every element as an argument: past ~125k elements it overflows the
 * stack (RangeError), which a million-comment scan reached. Append in a loop instead; the same for
 * Math.max/min over arrays of any length.
 */
export function appendAll<T>(target: T[], source: readonly T[]): T[] {
  for (let i = 0; i < source.length; i++) target.push(source[i]!);
  return target;
}

/** The largest value, or `floor` for an empty array (Math.max(floor, ...values) without the spread). */
export function maxOf(values: readonly number[], floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest value, or `ceiling` for an empty array. */
export function minOf(values: readonly number[], ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** How many values two ascending lists share, counting stops at `enough` (a merge walk). */
export function sharedCount(x: readonly number[], y: readonly number[], enough = Infinity): number {
  return sharedInRuns(x, 0, x.length, y, 0, y.length, enough);
}

/** How many values two ascending runs share, x[x0 … x1) and y[y0 … y1), counting stops at `enough` (a merge walk). */
export function sharedInRuns(x: ArrayLike<number>, x0: number, x1: number, y: ArrayLike<number>, y0: number, y1: number, enough = Infinity): number {
  let shared = 0;
  for (let i = x0, j = y0; i < x1 && j < y1 && shared < enough; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared;
}

type NumberArray = Int32Array | Uint32Array | Float64Array | Uint8Array;

/**
 * A copy of `values` with `capacity` slots, of the same type: the first values kept (as many as fit), the
 * new slots `fill` (0 unless given). How every growing column and table here grows, or is cut to size.
 */
export function resized<T extends NumberArray>(values: T, capacity: number, fill = 0): T {
  const next = new (values.constructor as new (length: number) => T)(capacity);
  const kept = Math.min(values.length, capacity);
  (next as NumberArray).set((values as NumberArray).subarray(0, kept));
  if (fill !== 0 && capacity > kept) next.fill(fill, kept);
  return next;
}

/** Appends `value` to the list `map` holds under `key`, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Per member, the groups it is in, ascending when the groups are given in ascending order. */
export function groupsOfMembers(groups: Iterable<[number, readonly number[]]>): Map<number, number[]> {
  const of = new Map<number, number[]>();
  for (const [group, members] of groups) for (const m of members) pushTo(of, m, group);
  return of;
}
