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
    // A person-named Page with a shop category is how the 2020 network looked and how a seller looks: alone,
    // suspicious at most (issue #9); with a per-account test at its FDR (office hours), inauthentic.
    ['Aysel Məmmədova', 'Cosmetics store', 1, ['page-person-name-off-topic-category'], 'suspicious'],
    ['Aysel Məmmədova', 'Cosmetics store', 8, ['page-person-name-off-topic-category', 'office-hours-shift'], 'inauthentic'],
    // A category the detector does not list is unknown, not off-topic: it weighs like a missing one.
    ['Aysel Məmmədova', 'Makeup artist', 1, ['page-person-name-unknown-category'], 'suspicious'],
    ['Aysel Məmmədova', 'Dentist', 1, ['page-person-name-unknown-category'], 'suspicious'],
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
