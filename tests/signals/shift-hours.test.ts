import { describe, expect, it } from 'vitest';
import { makeShiftTest, PROFILES, shiftWindows } from '../../src/profile.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const inShift = makeShiftTest(PROFILES.az!);

describe('the shifts a group test tries', () => {
  it("are the profile's first (its mask the shift test's), then each start, end and lunch an hour either side, and no lunch", () => {
    const windows = shiftWindows(PROFILES.az!, 1);
    expect(windows.length).toBe(36);
    expect([windows[0]!.workHours, windows[0]!.lunch]).toEqual([[9, 18], [13, 14]]);
    for (let how = 0; how < 168; how++) expect(windows[0]!.mask[how]).toBe(inShift(Math.floor(how / 24), how % 24) ? 1 : 0);
    const keys = new Set(windows.map((w) => `${w.workHours.join('-')}/${w.lunch?.join('-') ?? 'none'}`));
    expect(keys.size).toBe(36);
    expect(['8-17/12-13', '10-19/14-15', '10-19/none', '9-18/none'].every((k) => keys.has(k))).toBe(true);
    // 10–19 with no lunch: Tuesday 18:00 and 13:00 in, Saturday 11:00 out.
    const late = windows.find((w) => w.workHours[0] === 10 && w.workHours[1] === 19 && w.lunch === null)!;
    expect([late.mask[2 * 24 + 18], late.mask[2 * 24 + 13], late.mask[6 * 24 + 11], late.mask[2 * 24 + 9]]).toEqual([1, 1, 0, 0]);
    expect(shiftWindows(PROFILES.az!, 0).length).toBe(1);
  });
});

describe('the az shift', () => {
  it('is Mon–Fri 09:00–18:00 less 13:00–14:00, edges included at the start and excluded at the end', () => {
    expect([8, 9, 12, 13, 14, 17, 18].map((h) => inShift(2, h))).toEqual([false, true, true, false, true, true, false]);
    expect(inShift(6, 10)).toBe(false);
    expect(inShift(0, 10)).toBe(false);
    expect(inShift(5, 17)).toBe(true);
  });
});

/** An account commenting `n` times at `utcHour` on weekdays, beside 40 evening commenters on the same posts. */
function dataset(n: number, utcHour: number): string {
  const rows = ['comment_id,post_id,author_id,author_name,created_at'];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 5); // 2021-03-01 is a Monday
    rows.push(`s${i},p${i % 5},shift,Shift Worker,2021-03-0${day}T${String(utcHour).padStart(2, '0')}:30:00Z`);
  }
  for (let j = 0; j < 40; j++) {
    const day = 1 + (j % 7);
    rows.push(`o${j},p${j % 5},o${j},Other ${j},2021-03-0${day}T${String(15 + (j % 4)).padStart(2, '0')}:10:00Z`);
  }
  return rows.join('\n');
}

describe('shift-hours', () => {
  it('flags an account whose comments all fall in the shift against evening-heavy others', async () => {
    const f = tempFiles({ 'c.csv': dataset(8, 6) }); // 06:30Z = 10:30 in Baku
    const result = await scan([f['c.csv']]);
    const shift = result.accounts.find((a) => a.id === 'shift')!;
    expect(shift.evidence.map((e) => [e.code, e.comments, e.inShift, e.baseline])).toEqual([['office-hours-shift', 8, 8, 0]]);
    // Timing alone is never decisive.
    expect(shift.verdict).toBe('suspicious');
  });

  it('does not test an account below the minimum number of comments', async () => {
    const f = tempFiles({ 'c.csv': dataset(5, 6) });
    const result = await scan([f['c.csv']]);
    expect(result.accounts.find((a) => a.id === 'shift')!.evidence).toEqual([]);
    const lowered = await scan([f['c.csv']], { shiftMinComments: '5' });
    expect(lowered.accounts.find((a) => a.id === 'shift')!.evidence.map((e) => e.code)).toEqual(['office-hours-shift']);
  });

  it('does not flag lunch-hour comments: 13:00–14:00 is outside the shift', async () => {
    const f = tempFiles({ 'c.csv': dataset(8, 9) }); // 09:30Z = 13:30 in Baku
    const result = await scan([f['c.csv']]);
    expect(result.accounts.find((a) => a.id === 'shift')!.evidence).toEqual([]);
  });

  it('follows --tz and --work-hours', async () => {
    const f = tempFiles({ 'c.csv': dataset(8, 6) });
    const utc = await scan([f['c.csv']], { tz: 'UTC', workHours: '09-18' }); // 06:30 UTC is before the shift
    expect(utc.accounts.find((a) => a.id === 'shift')!.evidence).toEqual([]);
    const early = await scan([f['c.csv']], { tz: 'UTC', workHours: '06-15', lunch: 'none' });
    expect(early.accounts.find((a) => a.id === 'shift')!.evidence.map((e) => e.code)).toEqual(['office-hours-shift']);
  });
});
