import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/ingest/time.js';
import { ZoneClock } from '../../src/model/clock.js';

const utc = new ZoneClock('UTC');
const baku = new ZoneClock('Asia/Baku');
const ms = (raw: string, zone = utc) => {
  const r = parseTime(raw, zone);
  if (!r.ok) throw new Error(r.reason);
  return r.ms;
};

describe('parseTime', () => {
  it('reads the documented forms to the same instant', () => {
    const t = Date.UTC(2021, 2, 4, 5, 15, 0);
    expect(ms('2021-03-04T09:15:00+04:00')).toBe(t);
    expect(ms('2021-03-04T09:15:00+0400')).toBe(t);
    expect(ms('2021-03-04T05:15:00Z')).toBe(t);
    expect(ms('2021-03-04T05:15:00+0000')).toBe(t);
    expect(ms('2021-03-04 05:15:00Z')).toBe(t);
    expect(ms(String(t / 1000))).toBe(t);
    expect(ms(String(t))).toBe(t);
    expect(ms('2021-03-04T05:15:00.123Z')).toBe(t + 123);
  });
  it('reads a time without zone in the input zone and says so', () => {
    const r = parseTime('2021-03-04T09:15:00', baku);
    expect(r).toEqual({ ok: true, ms: Date.UTC(2021, 2, 4, 5, 15), zoneless: true });
  });
  it('rejects what is not a time, with the reason', () => {
    for (const bad of ['', 'yesterday', '2021-02-30T10:00:00Z', '2021-13-01T00:00:00Z', '2021-03-04T24:00:00Z', '2021-03-04T10:00:00+15:00', '2019-02-29']) {
      expect(parseTime(bad, utc).ok, bad).toBe(false);
    }
    expect(parseTime('2020-02-29', utc).ok).toBe(true);
  });
});

describe('ZoneClock', () => {
  it('knows Baku is UTC+4 without DST since 2016, and UTC+5 in the summer of 2015', () => {
    expect(baku.local(Date.UTC(2021, 6, 5, 5, 0))).toEqual({ day: 1, hour: 9 });
    expect(baku.local(Date.UTC(2021, 0, 4, 5, 0))).toEqual({ day: 1, hour: 9 });
    expect(baku.offsetMs(Date.UTC(2015, 6, 1, 12))).toBe(5 * 3_600_000);
  });
});

describe('the fast path for YYYY-MM-DDTHH:MM:SS(.fff)Z', () => {
  it('gives what the general path gives on every form it takes, and leaves every other form to it', async () => {
    const { isoUtcFast } = await import('../../src/ingest/time.js');
    // The general path alone: the same string with a space for the T takes the regular expression.
    const general = (value: string) => ms(value.replace('T', ' '));
    let state = 12345;
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const pad = (v: number, w: number) => String(v).padStart(w, '0');
    for (let i = 0; i < 5000; i++) {
      const y = 1970 + next(80), mo = 1 + next(12), d = 1 + next(28), h = next(24), mi = next(60), s = next(60);
      const base = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
      const value = next(2) ? `${base}Z` : `${base}.${pad(next(1000), 3)}Z`;
      expect(isoUtcFast(value)).toBe(general(value));
      expect(ms(value)).toBe(general(value));
    }
    // Left to the general path: other days, leap seconds, offsets, lower-case z, a space, non-digits.
    for (const other of ['2020-02-29T00:00:00Z', '2021-01-31T10:00:00Z', '2021-03-04T10:00:60Z', '2021-03-04T10:00:00+04', '2021-03-04T10:00:00z', '2021-03-04 10:00:00Z', '2021-03-04T1a:00:00Z', '2021-13-04T10:00:00Z', '2021-03-04T10:00:00,123Z']) {
      expect(isoUtcFast(other)).toBeNaN();
    }
    expect(ms('2020-02-29T00:00:00Z')).toBe(Date.UTC(2020, 1, 29));
    expect(parseTime('2021-13-04T10:00:00Z', utc).ok).toBe(false);
  });
});
