import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/options.js';
import { evidenceText } from '../../src/report/messages.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const GIVEN = ['Aysel', 'Elvin', 'Rəşad', 'Günel', 'Tural', 'Nigar', 'Orxan', 'Leyla', 'Kamran', 'Səbinə'];
const SURNAMES = ['Məmmədova', 'Əliyev', 'Quliyev', 'Həsənova', 'Kərimov', 'Rzayeva', 'Babayev', 'Cəfərova'];

/**
 * 80 commenters under ordinary names (each given name with each surname: every combination once), and `copies`
 * accounts all called "Zöhrab Qəmbərov", a name nobody else carries.
 */
function page(copies: number) {
  const rows = ['comment_id,post_id,author_id,author_name,created_at,text'];
  GIVEN.forEach((g, i) => SURNAMES.forEach((s, j) => rows.push(`c${i}_${j},p1,a${i}_${j},${g} ${s},2021-03-01T15:${String(i * 5 + j).padStart(2, '0')}:00Z,fikrim ${i} ${j}`)));
  for (let k = 0; k < copies; k++) rows.push(`z${k},p1,z${k},Zöhrab Qəmbərov,2021-03-01T16:${String(k).padStart(2, '0')}:00Z,başqa fikir ${k}`);
  return tempFiles({ 'c.csv': rows.join('\n') });
}

describe('stock-name', () => {
  it('flags a name carried by more accounts than its letters predict, with p, q across the shared names tested, and says so', async () => {
    const result = await scan([page(6)['c.csv']]);
    const z = result.accounts.find((a) => a.id === 'z0')!;
    const e = z.evidence.find((x) => x.code === 'shared-name')!;
    expect([e.accounts, e.variants, e.tested, e.strength]).toEqual([6, 1, 1, 0.3]);
    expect(e.q).toBe(e.p);
    expect(evidenceText(e, resolveScanOptions({}).analysis.profile)).toMatch(/^name shared by 6 accounts, where name frequencies predict 1\.\d \(p < 0\.001; q < 0\.001 across the 1 shared names tested\)$/);
    // The 80 ordinary names are each carried once: no evidence, and no verdict on a name alone.
    expect(result.accounts.filter((a) => a.id.startsWith('a') && a.evidence.length > 0)).toEqual([]);
    expect(z.verdict).not.toBe('inauthentic');
  });

  it('corrects for the number of names tested: a rare name shared by three is not concentrated among 31 shared names', async () => {
    // 30 of the ordinary names carried twice (common letters: no surprise) and "Zöhrab Qəmbərov" three times: its
    // Poisson tail is below 1% alone, which the uncorrected test took as concentrated; among 31 shared names its
    // q is 31 times that.
    const rows = ['comment_id,post_id,author_id,author_name,created_at,text'];
    GIVEN.forEach((g, i) => SURNAMES.forEach((s, j) => {
      for (let copy = 0; copy < (i * 8 + j < 30 ? 2 : 1); copy++) rows.push(`c${i}_${j}_${copy},p1,a${i}_${j}_${copy},${g} ${s},2021-03-01T15:${String(i * 5 + j).padStart(2, '0')}:00Z,fikrim ${i} ${j} ${copy}`);
    }));
    for (let k = 0; k < 3; k++) rows.push(`z${k},p1,z${k},Zöhrab Qəmbərov,2021-03-01T16:${String(k).padStart(2, '0')}:00Z,başqa fikir ${k}`);
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    expect((await scan([f['c.csv']])).accounts.find((a) => a.id === 'z0')!.evidence).toEqual([]);
    const lenient = await scan([f['c.csv']], { nameAlpha: '0.5' });
    const e = lenient.accounts.find((a) => a.id === 'z0')!.evidence.find((x) => x.code === 'shared-name')!;
    expect([e.accounts, e.tested]).toEqual([3, 31]);
    expect(e.p as number).toBeLessThan(0.01);
    expect(e.q as number).toBeGreaterThan(0.01);
    expect(Math.abs((e.q as number) - (e.p as number) * 31) / (e.q as number)).toBeLessThan(0.01);
  });
});
