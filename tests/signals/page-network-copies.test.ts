import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const TEMPLATES = ['Ölkəmizin uğurları hamımızı sevindirir, çox sağ olun', 'Bu saytın yazdıqları yalandır, heç kim inanmasın buna'];
const PAGE_NAMES = ['Aysel Məmmədova', 'Elvin Əliyev', 'Rəşad Quliyev', 'Günel Həsənova', 'Tural Kərimov', 'Nigar Rzayeva'];

/**
 * Six person-named Pages filed as "Cosmetics store" (strong on their own) post two templates; a
 * personal profile posts `copies` of them and `own` comments of its own; a campaign of four profiles
 * posts two slogans of its own, twice each. No reactions export: closed-engagement cannot help.
 */
function dataset(copies: number, own: number) {
  const rows = ['comment_id,post_id,parent_id,author_id,author_name,author_type,author_category,created_at,text'];
  PAGE_NAMES.forEach((name, i) => TEMPLATES.forEach((t, k) => rows.push(`p${i}-${k},post${k},,page${i},${name},page,Cosmetics store,2021-03-01T1${i}:0${k}:00Z,"${t}"`)));
  for (let k = 0; k < copies; k++) rows.push(`m-${k},post${k},,member,Orxan Babayev,profile,,2021-03-01T19:1${k}:00Z,"${TEMPLATES[k]} 👍"`);
  for (let k = 0; k < own; k++) rows.push(`o-${k},post${k},,member,Orxan Babayev,profile,,2021-03-02T19:1${k}:00Z,"Mən belə düşünmürəm, qəzet haqlıdır ${k}"`);
  for (let a = 0; a < 4; a++) {
    for (let k = 0; k < 2; k++) rows.push(`a${a}-${k},post${k},,act${a},Activist ${a},profile,,2021-03-03T1${a}:2${k}:00Z,"Mehmana azadlıq, biz susmayacağıq heç vaxt ${k === 0 ? '#FreeMehman' : 'bu gün'}"`);
  }
  return tempFiles({ 'c.csv': rows.join('\n') })['c.csv'];
}

describe('page-network-copies', () => {
  it('finds a profile whose comments are the templates of Pages posing as people, and leaves it suspicious: its copies are one fact, however many signals read them', async () => {
    const result = await scan([dataset(2, 1)]);
    const member = result.accounts.find((a) => a.id === 'member')!;
    expect(member.evidence.map((e) => e.code)).toEqual(['page-network-copies', 'copy-paste']);
    expect(member.evidence[0]).toMatchObject({ strength: 0.65, families: 2, anchors: 6, anchorShare: 1, copied: 2, comments: 3 });
    // Copies of the network's templates and the copy-paste families are the same texts: counted once, 0.65.
    expect([member.verdict, member.basis, member.score]).toEqual(['suspicious', 'none', 0.65]);
  });

  it('needs two shared templates, and most of its comments being copies', async () => {
    expect((await scan([dataset(1, 0)])).accounts.find((a) => a.id === 'member')!.verdict).toBe('authentic');
    const mostlyOwn = (await scan([dataset(2, 3)])).accounts.find((a) => a.id === 'member')!;
    expect([mostlyOwn.evidence.map((e) => e.code), mostlyOwn.verdict]).toEqual([['copy-paste'], 'authentic']);
  });

  it('never reaches a campaign that shares slogans without any Page posing as a person', async () => {
    const result = await scan([dataset(2, 1)]);
    for (let a = 0; a < 4; a++) {
      const activist = result.accounts.find((x) => x.id === `act${a}`)!;
      expect([activist.evidence.map((e) => e.code), activist.verdict]).toEqual([['copy-paste'], 'authentic']);
    }
  });
});
