import type { ZoneClock } from '../model/clock.js';

/**
 * Parses `created_at`: ISO 8601 with `Z` or an offset (`+04:00`, `+0400`, `+04`), a space instead
 * of `T`, or epoch seconds (up to 12 digits, optional fraction), or epoch milliseconds (13 digits). Returns UTC ms, or a reason.
 * A time without zone is read in `inputZone` and reported through `zoneless`.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const EPOCH = /^-?\d{1,12}(?:\.\d+)?$/;
/** 13 digits: epoch milliseconds (seconds would be past the year 33658). */
const EPOCH_MS = /^\d{13}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type TimeResult = { ok: true; ms: number; zoneless: boolean } | { ok: false; reason: string };

export function parseTime(raw: string, inputZone: ZoneClock): TimeResult {
  const value = raw.trim();
  if (value === '') return { ok: false, reason: 'empty time' };
  if (EPOCH_MS.test(value)) return { ok: true, ms: Number(value), zoneless: false };
  if (EPOCH.test(value)) {
    const seconds = Number(value);
    if (!Number.isFinite(seconds)) return { ok: false, reason: `not a time: ${JSON.stringify(value)}` };
    return { ok: true, ms: Math.round(seconds * 1000), zoneless: false };
  }
  const m = ISO.exec(value);
  if (!m) return { ok: false, reason: `not an ISO 8601 time or epoch seconds: ${JSON.stringify(value.slice(0, 40))}` };
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! || hour > 23 || minute > 59 || second > 60) {
    return { ok: false, reason: `date or time out of range: ${JSON.stringify(value)}` };
  }
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) {
    return { ok: false, reason: `date out of range: ${JSON.stringify(value)}` };
  }
  const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  if (!zone) return { ok: true, ms: inputZone.wallToUtc(wall), zoneless: true };
  if (zone === 'Z' || zone === 'z') return { ok: true, ms: wall, zoneless: false };
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offH = Number(digits.slice(0, 2));
  const offM = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (offH > 14 || offM > 59) return { ok: false, reason: `time zone offset out of range: ${JSON.stringify(zone)}` };
  return { ok: true, ms: wall - sign * (offH * 60 + offM) * 60_000, zoneless: false };
}
