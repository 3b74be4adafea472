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
  const fast = isoUtcFast(value);
  if (fast === fast) return { ok: true, ms: fast, zoneless: false };
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

const digit = (value: string, at: number): number => {
  const d = value.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/**
 * The form most exports write, `2021-03-04T05:15:00Z` or `…00.123Z`, read without a regular
 * expression (whose match arrays were most of a million-row scan's per-row garbage): the UTC
 * milliseconds, or NaN for anything else, which the general path then reads (or rejects with its reason).
 */
export function isoUtcFast(value: string): number {
  const length = value.length;
  if ((length !== 20 && length !== 24) || value.charCodeAt(length - 1) !== 90 /* Z */) return NaN;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return NaN;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  const hour = digit(value, 11) * 10 + digit(value, 12);
  const minute = digit(value, 14) * 10 + digit(value, 15);
  const second = digit(value, 17) * 10 + digit(value, 18);
  let millis = 0;
  if (length === 24) {
    if (value[19] !== '.') return NaN;
    millis = digit(value, 20) * 100 + digit(value, 21) * 10 + digit(value, 22);
  }
  // Days past the 28th, leap seconds and any NaN (a non-digit) are left to the general path's checks.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour <= 23 && minute <= 59 && second <= 59 && millis >= 0 && year >= 0)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}
