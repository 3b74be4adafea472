import { describe, expect, it } from 'vitest';
import { CommentIds } from '../../src/model/comment-ids.js';
import { CommentColumns } from '../../src/model/comments.js';
import { TextStore } from '../../src/model/text-store.js';
import { IntPairMap, slotsFor } from '../../src/util/int-pair-map.js';

// The size estimate (memory.ts) is a guess: tables made at its size must still take more, and fewer.
describe('tables sized from an estimate', () => {
  it('slotsFor leaves a quarter free', () => {
    for (const keys of [0, 1, 2, 3, 4, 5, 767, 768, 769, 1_000_000]) {
      const slots = slotsFor(keys);
      expect(slots & (slots - 1)).toBe(0);
      expect(slots * 3).toBeGreaterThan(keys * 4);
      if (slots > 1) expect((slots / 2) * 3).toBeLessThanOrEqual(keys * 4);
    }
  });

  it('hold more than was estimated', () => {
    const map = new IntPairMap(10);
    for (let k = 0; k < 5000; k++) map.set(k, -k, k);
    for (let k = 0; k < 5000; k++) expect(map.get(k, -k, -1)).toBe(k);
    const ids = new CommentIds(7, 10);
    for (let k = 0; k < 5000; k++) expect(ids.add(`c${k}`)).toBe(k);
    expect(ids.indexOf('c4999')).toBe(4999);
    const texts = new TextStore(undefined, 10);
    for (let k = 0; k < 3000; k++) texts.push(`text ${k}`);
    expect(texts.at(2999)).toBe('text 2999');
  });

  it('columns estimated too high are cut to the comments read', () => {
    const columns = new CommentColumns(5000);
    for (let k = 0; k < 3; k++) {
      columns.ids.add(`c${k}`);
      columns.push(0, -1, k, 1000 * k, 0, `t${k}`, k, 0);
    }
    columns.seal();
    expect(columns.length).toBe(3);
    expect(columns.author.length).toBe(3);
    expect(Array.from(columns.createdMs)).toEqual([0, 1000, 2000]);
    expect(columns.texts.at(2)).toBe('t2');
  });
});
