/**
 * Time-zone arithmetic on the engine's own IANA database (Intl), cached per UTC hour:
 * offsets only change on hour boundaries in every zone we care about, so a scan of a
 * million comments asks Intl a few thousand times at most.
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One clock per zone for the whole process: see ZoneClock.of. */
const clocks = new Map<string, ZoneClock>();

export class ZoneClock {
  /**
   * The clock of `zone`, shared: its offsets, learnt an hour at a time from Intl (tens of microseconds
   * each), are then learnt once per process; the result's local times used to ask Intl again for
   * every hour of a year that the reading had already asked about.
   */
  static of(zone: string): ZoneClock {
    let clock = clocks.get(zone);
    if (!clock) clocks.set(zone, (clock = new ZoneClock(zone)));
    return clock;
  }

  private readonly format: Intl.DateTimeFormat;
  private readonly offsetByHour = new Map<number, number>();

  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset of the zone from UTC at `utcMs`, in milliseconds. */
  private lastHourKey = NaN;
  private lastOffset = 0;

  offsetMs(utcMs: number): number {
    const hourKey = Math.floor(utcMs / HOUR_MS);
    if (hourKey === this.lastHourKey) return this.lastOffset;
    let offset = this.offsetByHour.get(hourKey);
    if (offset === undefined) {
      offset = this.computeOffset(hourKey * HOUR_MS);
      this.offsetByHour.set(hourKey, offset);
    }
    this.lastHourKey = hourKey;
    this.lastOffset = offset;
    return offset;
  }

  /** Day of week (0 = Sunday) and hour in the zone. */
  local(utcMs: number): { day: number; hour: number } {
    const hourOfWeek = this.hourOfWeek(utcMs);
    return { day: Math.floor(hourOfWeek / 24), hour: hourOfWeek % 24 };
  }

  /** day × 24 + hour in the zone (0 = Sunday 00:00): one number, no allocation, for the hot path. */
  hourOfWeek(utcMs: number): number {
    const localMs = utcMs + this.offsetMs(utcMs);
    const days = Math.floor(localMs / DAY_MS);
    // 1970-01-01 was a Thursday (day 4).
    const day = (((days + 4) % 7) + 7) % 7;
    return day * 24 + Math.floor((localMs - days * DAY_MS) / HOUR_MS);
  }

  /** UTC milliseconds of a wall-clock time in this zone (the earlier instant when a wall time repeats). */
  wallToUtc(wallAsUtcMs: number): number {
    const first = wallAsUtcMs - this.offsetMs(wallAsUtcMs);
    const second = wallAsUtcMs - this.offsetMs(first);
    return second;
  }

  private computeOffset(utcMs: number): number {
    const parts = this.format.formatToParts(new Date(utcMs));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return asUtc - utcMs;
  }
}
