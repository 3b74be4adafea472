import { z } from 'zod';
import { isValidTimeZone } from './model/clock.js';

/**
 * An analysis profile: the zone and working week the operators are expected to keep.
 * `az` follows Sophie Zhang's account (weekdays 9am–6pm with an hour's lunch) and Meta's
 * Oct 2020 report ("regular shifts during working hours in Azerbaijan on weekdays").
 */
export interface AnalysisProfile {
  name: string;
  zone: string;
  /** [start, end) hours, local. */
  workHours: [number, number];
  /** [start, end) hours excluded from the shift, or null for none. */
  lunch: [number, number] | null;
  /** Days counted as workdays, 0 = Sunday. */
  workdays: number[];
}

export const PROFILES: Record<string, AnalysisProfile> = {
  az: { name: 'az', zone: 'Asia/Baku', workHours: [9, 18], lunch: [13, 14], workdays: [1, 2, 3, 4, 5] },
};

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export const zoneSchema = z.string().refine(isValidTimeZone, { message: 'not an IANA time zone (e.g. Asia/Baku, UTC, Europe/Berlin)' });

/** "09-18" → [9, 18]. */
export const hourRangeSchema = z
  .string()
  .regex(/^\d{1,2}-\d{1,2}$/, { message: 'expected HH-HH, e.g. 09-18' })
  .transform((value) => value.split('-').map(Number) as [number, number])
  .refine(([start, end]) => start >= 0 && end <= 24 && start < end, { message: 'hours must satisfy 0 ≤ start < end ≤ 24' });

/** "mon-fri" or "mon,tue,sat" → day numbers. */
export const workdaysSchema = z
  .string()
  .transform((value, ctx) => {
    const days = new Set<number>();
    for (const part of value.toLowerCase().split(',')) {
      const [from, to] = part.split('-').map((d) => DAY_NAMES.indexOf(d.trim().slice(0, 3)));
      if (from === undefined || from < 0 || (to !== undefined && to < 0)) {
        ctx.addIssue({ code: 'custom', message: `expected day names like mon-fri or mon,wed,fri; found ${JSON.stringify(part)}` });
        return z.NEVER;
      }
      const end = to ?? from;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === end) break;
      }
    }
    return [...days].sort((a, b) => a - b);
  });

export function dayName(day: number): string {
  return DAY_NAMES[day]!;
}

/** Whether a local (day, hour) falls in the profile's shift. */
export function makeShiftTest(profile: AnalysisProfile): (day: number, hour: number) => boolean {
  const workday = new Array<boolean>(7).fill(false);
  for (const d of profile.workdays) workday[d] = true;
  const hourIn = new Array<boolean>(24).fill(false);
  for (let h = profile.workHours[0]; h < profile.workHours[1]; h++) hourIn[h] = true;
  if (profile.lunch) for (let h = profile.lunch[0]; h < profile.lunch[1]; h++) hourIn[h] = false;
  return (day, hour) => workday[day]! && hourIn[hour]!;
}

/** A shift as the group tests read it: the profile's fields for one shift, and its hours of the week. */
export interface ShiftWindow {
  workHours: [number, number];
  lunch: [number, number] | null;
  /** Per hour of the week (day × 24 + hour, local): 1 when in the shift. */
  mask: Uint8Array;
}

/**
 * The profile's shift, and the shifts whose start, end and lunch each lie up to `search` hours either side of it, or
 * that keep no lunch: offices differ (on the data our own generator and two others make, brigades start at 8–10, end
 * at 17–19 and lunch at 12–14 or not at all). The profile's own comes first; at `search` 0 it is the only one.
 */
export function shiftWindows(profile: AnalysisProfile, search: number): ShiftWindow[] {
  const [start0, end0] = profile.workHours;
  const windows: ShiftWindow[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, lunch: [number, number] | null, own = false) => {
    // Every candidate must make sense; the profile's own is tried as the user set it (makeShiftTest reads it so).
    if (!own && (start < 0 || end > 24 || start >= end || (lunch && (lunch[0] <= start || lunch[1] >= end)))) return;
    const key = `${start}-${end}-${lunch ? lunch.join('-') : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const mask = new Uint8Array(168);
    for (const day of profile.workdays) for (let h = start; h < end; h++) if (!lunch || h < lunch[0] || h >= lunch[1]) mask[day * 24 + h] = 1;
    windows.push({ workHours: [start, end], lunch, mask });
  };
  add(start0, end0, profile.lunch, true);
  if (search === 0) return windows;
  for (let ds = -search; ds <= search; ds++) {
    for (let de = -search; de <= search; de++) {
      if (profile.lunch) for (let dl = -search; dl <= search; dl++) add(start0 + ds, end0 + de, [profile.lunch[0] + dl, profile.lunch[1] + dl]);
      add(start0 + ds, end0 + de, null);
    }
  }
  return windows;
}

/** The profile with the shift a group's shift tell reports in its figures (shiftStart, shiftEnd, lunchFrom, lunchTo; −1: no lunch). */
export function shiftOfFigures(profile: AnalysisProfile, figures: Record<string, unknown>): AnalysisProfile {
  const { shiftStart: start, shiftEnd: end, lunchFrom: from, lunchTo: to } = figures;
  if (typeof start !== 'number' || typeof end !== 'number') return profile;
  return { ...profile, workHours: [start, end], lunch: typeof from === 'number' && typeof to === 'number' && from >= 0 ? [from, to] : null };
}

