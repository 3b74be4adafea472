import { describe, expect, it } from 'vitest';
import { attachmentTo } from '../../src/coordination/attachment.js';
import type { CoordinationTies } from '../../src/coordination/ties.js';
import type { Model } from '../../src/model/types.js';

/**
 * One copied text with 3,000 authors, half of them the group's members: a network's line in a country-wide export.
 * Attachment once held a Set of the text's authors per author (9 million entries here; a replicated month of 10⁶
 * comments ran out of a 4 GB heap); it now counts the unions with stamps. The counts must be what the Sets gave.
 */
describe('attachmentTo on a text with thousands of authors', () => {
  const authors = Array.from({ length: 3000 }, (_, a) => a);
  const members = authors.slice(0, 1500);
  const model = {
    accounts: Array.from({ length: 3001 }, () => ({})),
    engagements: { from: new Int32Array(0), to: new Int32Array(0), supportive: new Uint8Array(0), reaction: new Uint8Array(0), length: 0 },
    columns: { length: 0 },
  } as unknown as Model;
  const ties = { coComment: [], families: new Map([[0, authors]]), slogans: new Map(), sloganMinShared: 2 } as unknown as CoordinationTies;
  const grouped = new Int32Array(3001).fill(0);
  const attached = attachmentTo(model, ties, members, grouped);

  it("counts an outside author's partners (the members) and all its relations (every other author) once each", () => {
    const outsider = attached.get(2000)!;
    expect([outsider.inside, outsider.all, outsider.beyondTiming]).toEqual([1500, 2999, 1]);
    const member = attached.get(0)!;
    expect([member.inside, member.all, member.beyondTiming]).toEqual([1499, 2999, 1]);
    expect(attached.has(3000)).toBe(false);
  });

  it('walks the partners again when asked, as often as asked', () => {
    const outsider = attached.get(2000)!;
    expect(outsider.partners().size).toBe(1500);
    expect(outsider.partners().size).toBe(1500);
    expect([...attached.get(0)!.partners()].sort((x, y) => x - y)).toEqual(members.slice(1));
  });
});
