import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../src/model/clock.js';
import { localTimeOf } from '../src/result-data.js';

// The result's times are written from numbers, with each day's date asked of Date once: they must be
// exactly what toISOString gives, in every zone and at the ends of the years it writes with four digits.
describe('localTimeOf', () => {
  const byDate = (clock: ZoneClock, utcMs: number) => ({
    utc: new Date(utcMs).toISOString(),
    local: new Date(utcMs + clock.offsetMs(utcMs)).toISOString().slice(0, 16).replace('T', ' '),
  });

  it('writes what toISOString writes', () => {
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const edges = [0, -0, -1, 1, 86_399_999, -86_400_000, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, 951_782_400_000, 1.5, -1.5, 1_700_000_000_000.25];
    for (const zone of ['UTC', 'Asia/Baku', 'America/St_Johns', 'Pacific/Kiritimati', 'Europe/London']) {
      const clock = ZoneClock.of(zone);
      const at = localTimeOf(clock);
      for (const ms of edges) expect(at(ms)).toEqual(byDate(clock, ms));
      for (let k = 0; k < 5000; k++) {
        const ms = Math.floor((random() - 0.3) * 4e12);
        expect(at(ms)).toEqual(byDate(clock, ms));
      }
    }
  });

  it('throws for a time Date cannot write, as Date does', () => {
    const at = localTimeOf(ZoneClock.of('UTC'));
    expect(() => at(Number.NaN)).toThrow(RangeError);
  });
});
