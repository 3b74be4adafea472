/**
 * When people comment: activity weight (0–1) of a local weekday (0 = Sunday) and hour, one rhythm per kind of
 * commenter. The rhythms are our reading of the public record (methodology.md): citizens comment most in the
 * evening and at weekends; office workers at lunch and after work; students and sellers in the daytime too.
 */
export type Clock =
  | { kind: 'citizen' }
  | { kind: 'office'; lunch: number }
  | { kind: 'student' }
  | { kind: 'business' }
  | { kind: 'public-figure' }
  | { kind: 'superfan' }
  /** An operation's shift: weekdays from `start` to `end`, no comments in the `lunch` hour (0: no break). */
  | { kind: 'shift'; start: number; end: number; lunch: number };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function weight(clock: Clock, day: number, hour: number): number {
  const weekday = day >= 1 && day <= 5;
  switch (clock.kind) {
    case 'citizen':
      if (!weekday) return hour >= 9 ? 0.8 : hour < 1 ? 0.4 : 0.05;
      return hour >= 20 ? 1 : hour >= 18 ? 0.7 : hour >= 12 && hour < 14 ? 0.45 : hour >= 7 ? 0.28 : hour < 1 ? 0.5 : 0.04;
    case 'office':
      if (!weekday) return hour >= 10 ? 0.6 : 0.04;
      return hour === clock.lunch ? 1 : hour >= 9 && hour < 18 ? 0.12 : hour >= 18 ? 0.7 : hour >= 7 ? 0.3 : 0.02;
    case 'student':
      if (!weekday) return hour >= 11 ? 0.6 : hour < 2 ? 0.4 : 0.03;
      return hour >= 10 && hour < 17 ? 0.9 : hour >= 17 ? 0.7 : hour >= 8 ? 0.3 : hour < 2 ? 0.4 : 0.02;
    case 'business':
      if (!weekday) return hour >= 10 && hour < 21 ? 0.4 : 0.02;
      return hour >= 9 && hour < 19 ? 0.9 : hour >= 19 && hour < 23 ? 0.4 : 0.03;
    case 'public-figure':
      if (!weekday) return hour >= 11 && hour < 24 ? 0.5 : 0.03;
      return hour >= 10 ? 0.6 : hour >= 8 ? 0.3 : 0.03;
    case 'superfan':
      return hour >= 8 ? 0.7 : hour < 2 ? 0.3 : 0.05;
    case 'shift':
      return inShift(clock, day, hour) ? 1 : 0;
  }
}

export function inShift(shift: { start: number; end: number; lunch: number }, day: number, hour: number): boolean {
  return day >= 1 && day <= 5 && hour >= shift.start && hour < shift.end && hour !== shift.lunch;
}

/** Local weekday (0 = Sunday) and hour of a UTC instant at a fixed offset (hours). 1970-01-01 was a Thursday. */
export function localDayHour(ms: number, utcOffset: number): { day: number; hour: number } {
  const local = ms + utcOffset * HOUR;
  const days = Math.floor(local / DAY);
  return { day: (((days + 4) % 7) + 7) % 7, hour: Math.floor((local - days * DAY) / HOUR) };
}

/** The clock's 168 hour-of-week weights (index day × 24 + hour), computed once per distinct clock. */
const tables = new Map<string, Float64Array>();
function table(clock: Clock): Float64Array {
  const key = JSON.stringify(clock);
  let t = tables.get(key);
  if (!t) {
    t = new Float64Array(168);
    for (let i = 0; i < 168; i++) t[i] = weight(clock, Math.floor(i / 24), i % 24);
    tables.set(key, t);
  }
  return t;
}
const decays = new Map<string, Float64Array>();
function decay(meanDelayHours: number, windowHours: number): Float64Array {
  const key = `${meanDelayHours}/${windowHours}`;
  let d = decays.get(key);
  if (!d) {
    d = new Float64Array(windowHours);
    for (let h = 0; h < windowHours; h++) d[h] = Math.exp(-h / meanDelayHours);
    decays.set(key, d);
  }
  return d;
}

/**
 * A time after `afterMs`: an hour drawn with weight clock × exp(−h / meanDelay) over the next `windowHours`
 * (hours the `allow` filter refuses weigh 0), then a minute within it. Null when no hour in the window is allowed.
 */
export function timeAfter(
  next: () => number, clock: Clock, utcOffset: number, afterMs: number, meanDelayHours: number,
  windowHours = 120, allow?: (day: number, hour: number) => boolean,
): number | null {
  const clockTable = table(clock);
  const decayTable = decay(meanDelayHours, windowHours);
  const firstHour = Math.floor(afterMs / HOUR) * HOUR;
  const first = localDayHour(firstHour, utcOffset);
  const start = first.day * 24 + first.hour;
  const weights = new Float64Array(windowHours);
  let total = 0;
  for (let h = 0; h < windowHours; h++) {
    const i = (start + h) % 168;
    const w = allow && !allow(Math.floor(i / 24), i % 24) ? 0 : clockTable[i]! * decayTable[h]!;
    weights[h] = w;
    total += w;
  }
  if (total <= 0) return null;
  let u = next() * total;
  let h = 0;
  while (h < windowHours - 1 && (u > weights[h]! || weights[h] === 0)) u -= weights[h++]!;
  const hourStart = Math.max(afterMs + 60_000, firstHour + h * HOUR);
  const hourEnd = firstHour + (h + 1) * HOUR;
  return hourStart + Math.floor(next() * Math.max(1, hourEnd - hourStart));
}
