import { describe, expect, it } from 'vitest';
import { accountOrder } from '../../src/score/account-order.js';
import { Random } from '../../src/util/random.js';

// The order the result had before: a stable sort of the accounts, highest score first, then by id.
function byComparator(ids: string[], scores: number[]): number[] {
  return ids.map((_, a) => a).sort((x, y) => scores[y]! - scores[x]! || (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
}

describe('accountOrder', () => {
  it('orders digit ids as strings, not as numbers: a prefix first, leading zeros kept', () => {
    const ids = ['10', '9', '1', '100', '0', '00', '01', '123456789012345678', '12345678901234567', '1234567890123456789', 'name', ''];
    expect(Array.from(accountOrder(ids, ids.map(() => 0)))).toEqual(byComparator(ids, ids.map(() => 0)));
  });

  it('matches the comparator over random ids, scores with ties, and ids shared by two accounts', () => {
    const random = new Random(12);
    for (let round = 0; round < 20; round++) {
      const ids: string[] = [], scores: number[] = [];
      for (let a = 0; a < 400; a++) {
        const kind = random.next();
        const digits = (length: number) => Array.from({ length }, () => String(Math.floor(random.next() * (kind < 0.3 ? 2 : 10)))).join('');
        let id = kind < 0.7 ? digits(1 + Math.floor(random.next() * 20)) : kind < 0.85 ? `https://x/${digits(3)}` : `Ad ${digits(2)}`;
        if (random.next() < 0.05 && ids.length > 0) id = ids[Math.floor(random.next() * ids.length)]!;
        ids.push(id);
        scores.push(random.next() < 0.6 ? 0 : Math.round(random.next() * 4) / 4);
      }
      expect(Array.from(accountOrder(ids, scores))).toEqual(byComparator(ids, scores));
    }
  });
});
