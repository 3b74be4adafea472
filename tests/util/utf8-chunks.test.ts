import { describe, expect, it } from 'vitest';
import { utf8Chunks } from '../../src/util/utf8-chunks.js';

describe('utf8Chunks', () => {
  // Latin, Azerbaijani, Cyrillic, an emoji (a surrogate pair) and a piece longer than a chunk.
  const pieces = ['{"a": 1', 'Məmmədov', 'Мамедов 🇦🇿 😀', '', 'x'.repeat(40), 'ə'.repeat(25), '}\n'];

  it('writes the same bytes as the joined text, for chunks smaller and larger than a piece', () => {
    const whole = Buffer.from(pieces.join(''), 'utf8');
    for (const bytes of [1, 7, 16, 64, 1 << 20]) {
      const chunks = [...utf8Chunks(pieces, bytes)];
      expect(Buffer.concat(chunks).equals(whole)).toBe(true);
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
    }
  });

  it('gathers small pieces into one chunk until the next might not fit', () => {
    const chunks = [...utf8Chunks(['ab', 'cd', 'ef'], 9)];
    expect(chunks.map((chunk) => chunk.toString())).toEqual(['abcd', 'ef']);
    expect([...utf8Chunks([], 12)]).toEqual([]);
  });
});
