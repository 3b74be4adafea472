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
