import { describe, expect, it } from 'vitest';
import { CommentIds, idHash } from '../../src/model/comment-ids.js';

describe('the comment id table', () => {
  it('gives each id one index, refuses a repeated id, and reads every id back exactly', () => {
    const ids = new CommentIds();
    // ASCII, UTF-8 bytes read as Latin-1 (same bytes as characters), non-Latin, lone surrogates, empty.
    const odd = ['', 'é', 'Ã©', '\u00e9\u00e9', 'Şərh', '👍', '\ud83d', '\ude00', 'a\u0000b', '123_456'];
    const all = [...odd, ...Array.from({ length: 5000 }, (_, i) => `${i}_${(i * 7919) % 10007}`)];
    all.forEach((id, i) => expect(ids.add(id)).toBe(i));
    for (const id of all) expect(ids.add(id)).toBe(-1);
    expect(ids.length).toBe(all.length);
    all.forEach((id, i) => {
      expect(ids.indexOf(id)).toBe(i);
      expect(ids.at(i)).toBe(id);
    });
    for (const absent of ['e', 'Ã', 'é ', '\ud83d\ude00', '123_45', '1234_56']) expect(ids.indexOf(absent)).toBe(-1);
    expect([ids.compare(2, 1), ids.compare(1, 2), ids.compare(3, 3)]).toEqual([-1, 1, 0]); // "Ã©" < "é" < "éé"
    ids.releaseIndex();
    expect(ids.at(4)).toBe('Şərh');
    expect(() => ids.indexOf('é')).toThrow();
  });

  it('never merges two ids that share a hash', () => {
    const seed = 12345;
    // Birthday collisions of the 32-bit hash among 200k ids (about 4.7 pairs expected).
    const byHash = new Map<number, string>();
    const pairs: [string, string][] = [];
    for (let i = 0; pairs.length < 3; i++) {
      const id = `10${i}`, h = idHash(id, seed);
      const other = byHash.get(h);
      if (other !== undefined) pairs.push([other, id]);
      else byHash.set(h, id);
    }
    const ids = new CommentIds(seed);
    for (const [x, y] of pairs) {
      expect(idHash(x, seed)).toBe(idHash(y, seed));
      const ix = ids.add(x);
      expect(ids.indexOf(y)).toBe(-1);
      const iy = ids.add(y);
      expect([ix >= 0, iy >= 0, ix !== iy]).toEqual([true, true, true]);
      expect([ids.indexOf(x), ids.indexOf(y), ids.add(x), ids.add(y)]).toEqual([ix, iy, -1, -1]);
    }
  });
});
