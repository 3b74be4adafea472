import { describe, expect, it } from 'vitest';
import { BigMap } from '../../src/util/big-map.js';

describe('BigMap', () => {
  it('keeps every key apart across its shards, the empty key and non-digit endings included', () => {
    const map = new BigMap<number>();
    const keys = ['', 'a', 'c1', 'c11', 'c21', '123_456', 'ə', 'https://x/y', ...Array.from({ length: 1000 }, (_, i) => `id${i}`)];
    keys.forEach((k, i) => map.set(k, i));
    keys.forEach((k, i) => expect(map.get(k)).toBe(i));
    expect(map.has('c31')).toBe(false);
    expect(map.get('missing')).toBeUndefined();
    map.set('c1', -1);
    expect(map.get('c1')).toBe(-1);
  });
});
