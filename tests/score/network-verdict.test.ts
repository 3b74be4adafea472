import { describe, expect, it } from 'vitest';
import { clusteredShareTest } from '../../src/util/stats.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const HEADER = 'comment_id,post_id,author_id,author_name,author_type,author_category,created_at,text';
const REACTIONS = 'comment_id,reactor_id,reactor_name,reactor_type,reaction_type';
const GIVEN = ['Aysel', 'Elvin', 'Rəşad', 'Günel', 'Tural', 'Nigar', 'Orxan', 'Leyla', 'Kamran', 'Səbinə', 'Fuad', 'Aynur'];
const SURNAMES = ['Məmmədova', 'Əliyev', 'Quliyev', 'Həsənova', 'Kərimov', 'Rzayeva', 'Babayev', 'Cəfərova', 'İsmayılov', 'Hüseynova', 'Nəsirov', 'Abbasova'];
const at = (day: number, hourUtc: number, minute = 0) => `2021-03-${String(day).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

/** Thirty ordinary commenters in the evening (Baku), the yardstick of every group test. */
function citizens(rows: string[]): void {
  for (let i = 0; i < 30; i++) for (let d = 1; d <= 4; d++) rows.push(`o${i}_${d},p${d},o${i},Citizen ${i},profile,,${at(d, 15 + (i % 4), i)},fikrim var ${i} ${d}`);
}

describe('clusteredShareTest', () => {
  it('counts a burst as one decision: forty comments in one hour are not forty independent draws', () => {
    const burst = clusteredShareTest([{ size: 40, hit: true, expected: 0.3 }, ...Array.from({ length: 10 }, () => ({ size: 1, hit: false, expected: 0.3 }))]);
    const spread = clusteredShareTest(Array.from({ length: 50 }, (_, i) => ({ size: 1, hit: i < 40, expected: 0.3 })));
    expect(burst.share).toBe(0.8);
    expect(spread.share).toBe(0.8);
    expect(burst.pAbove).toBeGreaterThan(0.01);
    expect(spread.pAbove).toBeLessThan(1e-10);
  });
});

describe('network verdicts', () => {
  it('judges a group of Pages posing as people inauthentic as a whole, and its members carry the verdict', async () => {
    const rows = [HEADER];
    const reactions = [REACTIONS];
    citizens(rows);
    const pages = GIVEN.map((g, i) => ({ id: `pg${i}`, name: `${g} ${SURNAMES[i]}` }));
    // Evening comments, free text: nothing but the Pages and the likes they trade.
    pages.forEach((p, i) => {
      for (let d = 1; d <= 2; d++) rows.push(`${p.id}_${d},p${d},${p.id},${p.name},page,Cosmetics store,${at(d, 16, i)},öz fikrim ${i} ${d}`);
    });
    for (const p of pages) for (const q of pages) if (p !== q) reactions.push(`${q.id}_1,${p.id},${p.name},page,like`);
    const f = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': reactions.join('\n') });
    const result = await scan([f['c.csv']], {}, f['r.csv']);
    const network = result.networks.find((n) => n.members.includes('pg0'))!;
    expect(network.assessment.verdict).toBe('inauthentic');
    expect(network.assessment.basis).toEqual(['pages']);
    const tell = network.assessment.evidence.find((t) => t.tell === 'pages')!;
    expect([tell.pages, tell.members, tell.passed]).toEqual([12, 12, true]);
    for (const p of pages) {
      const account = result.accounts.find((a) => a.id === p.id)!;
      expect(account.evidence.map((x) => x.code).slice(0, 2)).toEqual(['network-member', 'page-person-name-off-topic-category']);
      expect(account.verdict).toBe('inauthentic');
    }
    expect(result.accounts.filter((a) => a.id.startsWith('o') && a.verdict !== 'authentic')).toEqual([]);
  });

  it('leaves students who rally in the weekday daytime undetermined, and flags none of them: a daytime clock is one tell', async () => {
    const rows = [HEADER];
    const reactions = [REACTIONS];
    citizens(rows);
    // Distinct names: 25 students named from a pool of twelve would be the names tell (and rightly so).
    const students = Array.from({ length: 25 }, (_, i) => ({ id: `st${i}`, name: `${GIVEN[i % 12]} ${SURNAMES[(i + 5 * Math.floor(i / 12)) % 12]}` }));
    // 24 rallies on weekdays between 10:00 and 16:00 Baku, every hour of the day, lunch included: all join each within minutes.
    let n = 0;
    for (let r = 0; r < 24; r++) {
      const day = 1 + (r % 4), hourUtc = 6 + (r % 7);
      for (const [i, s] of students.entries()) rows.push(`${s.id}_${r},p${day},${s.id},${s.name},profile,,${at(day, hourUtc, i)},#FreeMehman azadlıq indi tələb edirik bu gün ${r}`);
      n++;
    }
    for (const s of students) for (const t of students) if (s !== t) reactions.push(`${t.id}_0,${s.id},${s.name},profile,like`);
    const f = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': reactions.join('\n') });
    const result = await scan([f['c.csv']], {}, f['r.csv']);
    expect(n).toBe(24);
    const network = result.networks.find((x) => x.members.includes('st0'))!;
    const shift = network.assessment.evidence.find((t) => t.tell === 'shift')!;
    // Every rally but the 13:00 ones (the profile's lunch hour) in the shift, against the citizens' evenings: the clock passes …
    expect([shift.share, shift.passed]).toEqual([0.875, true]);
    expect(network.assessment.evidence.find((t) => t.tell === 'lunch')!.passed).toBe(false);
    // … but without Pages posing as people, a lunch break or a pool of names it stays one tell.
    expect(network.assessment.verdict).toBe('undetermined');
    expect(result.accounts.filter((a) => a.id.startsWith('st') && a.verdict === 'inauthentic')).toEqual([]);
  });
});
