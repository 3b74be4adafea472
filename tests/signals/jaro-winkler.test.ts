import { describe, expect, it } from 'vitest';
import { jaroSimilarity, jaroWinkler } from '../../src/signals/_shared/jaro-winkler.js';

describe('Jaro–Winkler', () => {
  it.each([
    // Wikipedia's worked examples (Jaro, then Jaro–Winkler).
    ['MARTHA', 'MARHTA', 0.944, 0.961],
    ['DWAYNE', 'DUANE', 0.822, 0.84],
    ['DIXON', 'DICKSONX', 0.767, 0.813],
    // No common first letter: no prefix bonus.
    ['JELLYFISH', 'SMELLYFISH', 0.896, 0.896],
    ['CRATE', 'TRACE', 0.733, 0.733],
  ])('%s / %s: Jaro %d, Jaro–Winkler %d', (a, b, jaro, jw) => {
    expect(jaroSimilarity(a, b)).toBeCloseTo(jaro, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(jw, 3);
  });

  it("gives Winkler's published Jaro–Winkler values for name pairs (Winkler 1994, table of string comparator values)", () => {
    const table: [string, string, number][] = [
      ['SHACKLEFORD', 'SHACKELFORD', 0.982], ['DUNNINGHAM', 'CUNNIGHAM', 0.896], ['NICHLESON', 'NICHULSON', 0.956],
      ['JONES', 'JOHNSON', 0.832], ['MASSEY', 'MASSIE', 0.933], ['ABROMS', 'ABRAMS', 0.922], ['JERALDINE', 'GERALDINE', 0.926],
      ['MICHELLE', 'MICHAEL', 0.921], ['JULIES', 'JULIUS', 0.933], ['TANYA', 'TONYA', 0.88], ['SEAN', 'SUSAN', 0.805],
      ['JON', 'JOHN', 0.933], ['JON', 'JAN', 0.8],
    ];
    for (const [a, b, jw] of table) expect(jaroWinkler(a, b), `${a}/${b}`).toBeCloseTo(jw, 3);
  });

  it('is 1 for equal strings, 0 with nothing in common, and adds no prefix bonus at or below a Jaro of 0.7', () => {
    expect(jaroWinkler('məmmədov', 'məmmədov')).toBe(1);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    // Jaro 0.6 with a 1-letter common prefix: Winkler's bonus needs more than 0.7.
    expect(jaroSimilarity('ab', 'ac')).toBeCloseTo(2 / 3, 12);
    expect(jaroWinkler('ab', 'ac')).toBeCloseTo(2 / 3, 12);
    // Case and script are the caller's to fold (names are folded by foldLoose first).
    expect(jaroWinkler('Mammadov', 'mammadov')).toBeLessThan(1);
    expect(jaroWinkler('mammadov', 'mamedov')).toBeGreaterThan(0.85);
  });

  it('stays in [0, 1] and is symmetric on generated strings', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => 'aəbcdeimnorsuv'[Math.floor(next() * 14)]).join('');
    for (let i = 0; i < 2000; i++) {
      const a = word(), b = word();
      const jw = jaroWinkler(a, b);
      expect(jw).toBeGreaterThanOrEqual(0);
      expect(jw).toBeLessThanOrEqual(1);
      expect(jaroWinkler(b, a)).toBeCloseTo(jw, 12);
    }
  });
});
