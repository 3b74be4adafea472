// Clocks: hour-of-week weights in an account's own zone, and the operators' office shift in Asia/Baku.
export const MIN = 60000, H = 3600000, D = 86400000;
export const BAKU_OFFSET_MIN = 240; // UTC+4, no DST since 2016

// hour of week, Monday 00:00 = 0, in a zone with a fixed offset
export function howOf(ms, offMin) {
  const l = ms + offMin * MIN;
  const days = Math.floor(l / D);
  const dow = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return dow * 24 + Math.floor((l - days * D) / H);
}
export function localParts(ms, offMin) {
  const l = ms + offMin * MIN;
  const days = Math.floor(l / D);
  const dow = (((days + 3) % 7) + 7) % 7;
  const hour = (l - days * D) / H; // fractional
  const d = new Date(days * D);
  return { dow, hour, month: d.getUTCMonth() + 1, day: d.getUTCDate(), days };
}

function rotate(arr, k) { const n = arr.length; return arr.map((_, i) => arr[(((i - k) % n) + n) % n]); }

// Day profiles (relative intensity by local hour 0..23). Written from ordinary experience of when people
// read and comment on news: low at night, a lunch bump, a strong evening peak.
export const PROFILES = {
  citizenWD: [1.0, 0.6, 0.35, 0.2, 0.15, 0.2, 0.45, 0.8, 1.0, 1.1, 1.2, 1.3, 1.5, 1.5, 1.3, 1.3, 1.4, 1.6, 1.9, 2.4, 2.8, 3.1, 2.8, 1.9],
  citizenWE: [1.4, 0.9, 0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 0.8, 1.1, 1.4, 1.6, 1.7, 1.7, 1.6, 1.6, 1.7, 1.9, 2.1, 2.5, 2.9, 3.1, 2.8, 2.0],
  studentWD: [1.6, 1.0, 0.5, 0.2, 0.1, 0.1, 0.2, 0.6, 1.2, 1.8, 2.2, 2.3, 2.4, 2.4, 2.3, 2.2, 2.1, 1.9, 1.8, 2.0, 2.2, 2.4, 2.3, 2.0],
  studentWE: [2.0, 1.5, 0.9, 0.4, 0.2, 0.1, 0.1, 0.2, 0.4, 0.7, 1.1, 1.5, 1.7, 1.8, 1.8, 1.8, 1.8, 1.9, 2.0, 2.2, 2.4, 2.6, 2.5, 2.3],
  sellerWD: [0.3, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2.2, 2.4, 2.3, 2.0, 2.3, 2.4, 2.3, 2.1, 1.8, 1.5, 1.3, 1.2, 0.9, 0.5],
  sellerWE: [0.3, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.4, 0.8, 1.4, 1.8, 1.9, 1.9, 1.9, 1.9, 1.8, 1.6, 1.5, 1.4, 1.2, 1.0, 0.8, 0.5],
  mediaWD: [0.3, 0.15, 0.05, 0.05, 0.05, 0.1, 0.4, 1.2, 2.6, 3.0, 3.0, 3.0, 3.0, 2.0, 3.0, 3.0, 3.0, 3.0, 2.4, 1.6, 1.2, 1.0, 0.8, 0.5],
  mediaWE: [0.3, 0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1.0, 0.9, 0.8, 0.6, 0.4],
  businessWD: [0.05, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.2, 0.6, 3.0, 3.0, 3.0, 3.0, 0.8, 3.0, 3.0, 3.0, 2.6, 1.0, 0.4, 0.3, 0.2, 0.1, 0.05],
  businessSat: [0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.1, 0.3, 0.8, 1.2, 1.2, 1.2, 1.2, 1.2, 0.8, 0.4, 0.2, 0.1, 0.1, 0.05, 0.05, 0.02, 0.02],
  businessSun: Array(24).fill(0.08),
  retiree: [0.2, 0.1, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2.0, 2.2, 2.3, 2.3, 2.2, 2.0, 2.1, 2.2, 2.2, 2.3, 2.4, 2.5, 2.5, 2.2, 1.5, 0.6],
  // a news Page publishing its posts
  newsroom: [0.1, 0.05, 0.02, 0.02, 0.02, 0.05, 0.2, 0.8, 1.5, 2.0, 2.0, 2.0, 1.8, 1.6, 1.9, 2.0, 2.0, 1.9, 1.8, 1.7, 1.6, 1.4, 1.0, 0.4],
};

export class Clock {
  constructor(offMin, w168) {
    this.off = offMin;
    this.w = Float64Array.from(w168);
    this.max = Math.max(...this.w);
  }
  weight(ms) { return this.w[howOf(ms, this.off)]; }
  accept(rng, ms) { return rng.r() * this.max < this.w[howOf(ms, this.off)]; }
}

// build a clock from weekday/weekend day profiles with a personal chronotype shift and noise
export function makeClock(rng, offMin, wd, we, opts = {}) {
  const shift = opts.shift ?? 0;
  const noise = opts.noise ?? 0.3;
  const weekday = rotate(wd, shift), weekend = rotate(we, shift);
  const sat = opts.sat ? rotate(opts.sat, shift) : weekend;
  const w = [];
  for (let d = 0; d < 7; d++) {
    const prof = d < 5 ? weekday : d === 5 ? sat : weekend;
    for (let h = 0; h < 24; h++) w.push(prof[h] * Math.exp(noise * rng.normal()));
  }
  return new Clock(offMin, w);
}

// office worker: works in the daytime (some browsing), lunch peak at a personal lunch hour, evening
export function officeProfile(lunchHour, atDesk) {
  const p = PROFILES.citizenWD.slice();
  for (let h = 9; h < 18; h++) p[h] = atDesk;
  p[lunchHour] = 3.2;
  p[18] = 1.4; p[19] = 1.8; p[20] = 2.0; p[21] = 2.2; p[22] = 1.8; p[23] = 1.0;
  return p;
}

// Fixed-date public holidays in Azerbaijan (lunar Ramazan/Qurban bayrams not modelled)
const HOLIDAYS = new Set(['1-1', '1-2', '1-20', '3-8', '3-20', '3-21', '3-22', '3-23', '3-24', '5-9', '5-28', '6-15', '6-26', '11-8', '11-9', '11-10', '12-31']);

// The operators' working day (Asia/Baku). Everything is drawn per network.
export class Shift {
  constructor(p) { Object.assign(this, p); }
  // strictly inside working time (not lunch, not holiday)
  contains(ms) {
    const { dow, hour, month, day } = localParts(ms, BAKU_OFFSET_MIN);
    if (HOLIDAYS.has(`${month}-${day}`) && this.keepsHolidays) return false;
    let end = this.end;
    if (dow === 5) { if (!this.saturday) return false; end = this.satEnd; }
    else if (dow > 5) return false;
    if (hour < this.start || hour >= end) return false;
    if (hour >= this.lunchStart && hour < this.lunchStart + this.lunchLen) return false;
    return true;
  }
  inLunch(ms) {
    const { dow, hour } = localParts(ms, BAKU_OFFSET_MIN);
    return dow < 5 && hour >= this.lunchStart && hour < this.lunchStart + this.lunchLen;
  }
  // inside working hours when lunch is ignored (for "worked through lunch")
  containsIgnoringLunch(ms) {
    const { dow, hour, month, day } = localParts(ms, BAKU_OFFSET_MIN);
    if (HOLIDAYS.has(`${month}-${day}`) && this.keepsHolidays) return false;
    if (dow === 5) return this.saturday && hour >= this.start && hour < this.satEnd;
    if (dow > 5) return false;
    return hour >= this.start && hour < this.end;
  }
}

// the zone offset (minutes) of an IANA zone at an instant, via Intl (handles DST)
export function zoneOffsetMin(zone, ms) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((asUtc - Math.floor(ms / MIN) * MIN) / MIN);
}
