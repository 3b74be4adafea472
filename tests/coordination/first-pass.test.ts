import { describe, expect, it } from 'vitest';
import { DistinctTexts, familiesOf, nearDuplicateFamilies } from '../../src/coordination/near-duplicates.js';
import { familiesOnThread } from '../../src/coordination/families-thread.js';

const list = (texts: string[]) => ({ length: texts.length, at: (i: number) => texts[i] });

describe('copy-paste first pass fed row by row (as a scan reads)', () => {
  it('gives the families and slogans of the whole-store pass, across growth and skipped indexes', () => {
    const templates = ['Bu xəbər yalandır, müxalifət yenə xalqı aldadır', 'Prezidentimizə eşq olsun', 'Şərh nömrə haqqında fikrim belədir', 'Düz deyirsiniz', ''];
    // More than the first pass's initial 1024 slots, with empty texts (never given) and a trailing empty one.
    const texts = Array.from({ length: 3000 }, (_, i) => {
      const t = templates[i % templates.length]!;
      return t && i % 7 === 0 ? `${t} ${i}` : t;
    });
    texts.push('');
    const whole = nearDuplicateFamilies(list(texts), 0.8, 5, 3);
    const pass = new DistinctTexts(5, 3);
    texts.forEach((text, i) => {
      if (text) pass.add(i, text);
    });
    const fed = familiesOf(pass.end(texts.length), 0.8);
    expect(fed.copies).toEqual(whole.copies);
    expect(fed.slogans).toEqual(whole.slogans);
    expect(fed.copies.length).toBe(texts.length);
  });

  it('has no slogans when sloganMinTokens is not below minTokens', () => {
    const pass = new DistinctTexts(5, 5);
    pass.add(0, 'Prezidentimizə eşq olsun');
    expect(familiesOf(pass.end(1), 0.8).slogans).toBeNull();
  });

  it('gives the same families on a worker thread (a large scan makes them there)', async () => {
    // Near-duplicates (one word of twelve changed), slogans, and texts of their own.
    const words = Array.from({ length: 400 }, (_, i) => `söz${i}`);
    const texts = Array.from({ length: 20_000 }, (_, i) => {
      if (i % 5 === 0) return `Prezidentimizə eşq olsun ${i % 40}`;
      const base = (i * 7919) % 300;
      return Array.from({ length: 12 }, (_, k) => words[(base + k * 13 + (k === i % 12 ? i : 0)) % words.length]).join(' ');
    });
    const passOf = () => {
      const pass = new DistinctTexts(5, 3);
      texts.forEach((text, i) => pass.add(i, text));
      return pass.end(texts.length);
    };
    const here = familiesOf(passOf(), 0.8);
    const there = await familiesOnThread(passOf(), 0.8);
    expect(there.copies).toEqual(here.copies);
    expect(there.slogans).toEqual(here.slogans);
    expect(new Set(here.copies).size).toBeLessThan(texts.length / 2);
  });
});
