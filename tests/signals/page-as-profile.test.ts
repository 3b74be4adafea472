import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const HEADER = 'comment_id,post_id,author_id,author_name,author_type,author_category,created_at';

/** `n` comments at 10:30 Baku on weekdays by one Page, beside 40 evening commenters. */
function dataset(name: string, category: string, n: number): string {
  const rows = [HEADER];
  for (let i = 0; i < n; i++) rows.push(`s${i},p${i % 5},page,${name},page,${category},2021-03-0${1 + (i % 5)}T06:30:00Z`);
  for (let j = 0; j < 40; j++) rows.push(`o${j},p${j % 5},o${j},Other ${j},profile,,2021-03-0${1 + (j % 7)}T1${5 + (j % 4)}:10:00Z`);
  return rows.join('\n');
}

describe('page-as-profile', () => {
  it.each([
    ['Aysel Məmmədova', 'Cosmetics store', 1, ['page-person-name-off-topic-category'], 'inauthentic'],
    ['Aysel Məmmədova', 'Politician', 1, [], 'authentic'],
    ['Aysel Məmmədova', 'Media', 1, ['page-person-name-ambiguous-category'], 'suspicious'],
    ['Aysel Məmmədova', '', 1, ['page-person-name-unknown-category'], 'suspicious'],
    ['Bakı Kosmetika Mərkəzi', 'Cosmetics store', 1, [], 'authentic'],
    ['Aysel Sunshine', 'Nail salon', 1, ['page-maybe-person-name-off-topic-category'], 'authentic'],
    // A person-named Page of unknown category keeping office hours: two independent signals.
    ['Aysel Məmmədova', '', 8, ['page-person-name-unknown-category', 'office-hours-shift'], 'inauthentic'],
    // A shop named after its owner keeping office hours is not enough.
    ['Aysel Sunshine', 'Nail salon', 8, ['office-hours-shift', 'page-maybe-person-name-off-topic-category'], 'suspicious'],
  ])('%s (%s), %i comments → %j, %s', async (name, category, n, codes, verdict) => {
    const f = tempFiles({ 'c.csv': dataset(name, category, n) });
    const page = (await scan([f['c.csv']])).accounts.find((a) => a.id === 'page')!;
    expect(page.evidence.map((e) => e.code)).toEqual(codes);
    expect(page.verdict).toBe(verdict);
  });
});
