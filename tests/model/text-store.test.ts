import { describe, expect, it } from 'vitest';
import { TextStore } from '../../src/model/text-store.js';

describe('the comment text store', () => {
  it('gives back every text exactly, across chunks, including texts UTF-8 cannot hold', () => {
    const texts = [
      '',
      'Şərh nömrə 1 haqqında fikrim belədir',
      'Эльвин Мамедов: "çox" maraqlıdır\nikinci sətir',
      'emoji 👍🏽 and a flag 🇦🇿',
      // A lone high surrogate (an emoji cut in half by an exporter) and a lone low one.
      'cut \ud83d',
      '\ude00 starts with half',
      '\ufeffBOM kept',
      'x'.repeat(300),
    ];
    // Chunks of 256 bytes: the long text and several rounds of the list cross chunk boundaries.
    const store = new TextStore(256);
    const pushed: string[] = [];
    for (let round = 0; round < 40; round++) {
      for (const text of texts) {
        const t = round % 2 ? `${text}${round}` : text;
        store.push(t);
        pushed.push(t);
      }
    }
    expect(store.length).toBe(pushed.length);
    pushed.forEach((t, i) => expect(store.at(i)).toBe(t));
    expect(store.some()).toBe(true);
    const empty = new TextStore();
    empty.push('');
    expect([empty.at(0), empty.some()]).toEqual(['', false]);
  });
});
