import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const MEMBERS = ['g1', 'g2', 'g3', 'g4', 'g5'];
const PERSON_NAMES = ['Aysel Məmmədova', 'Leyla Əliyeva', 'Günel Həsənova', 'Nigar Quliyeva', 'Sevinc Kərimova'];
const TEMPLATE = 'Ölkəmizin uğurları hamımızı sevindirir, çox sağ olun';

/**
 * Five accounts (evening hours) pasting one template on nine posts and liking each other's comments: 36
 * reactions received and 36 given each, all inside the group (Wilson lower bound of 36/36: 0.904). `outside`
 * reactions per member come from people who never comment (an audience). A superfan with as many likes from
 * friends but no copies or co-commenting. `pages`: the five are Pages under people's names with a shop's
 * category (the 2020 network's look), so their group is judged inauthentic as a whole; otherwise they are
 * personal profiles of unknown type, a campaign whose group is judged on its clock and found to be citizens'.
 */
function group(outside: number, pages = false) {
  const comments = [`comment_id,post_id,parent_id,author_id,author_name,${pages ? 'author_type,author_category,' : ''}created_at,text`];
  const reactions = ['comment_id,reactor_id,reactor_name,reactor_type,reaction_type'];
  MEMBERS.forEach((m, i) => {
    const who = pages ? `${m},${PERSON_NAMES[i]},page,Cosmetics store` : `${m},Member ${m}`;
    for (let p = 0; p < 9; p++) comments.push(`${m}-${p},post${p},,${who},2021-03-0${1 + p}T${String(15 + i).padStart(2, '0')}:1${p}:00Z,"${TEMPLATE}${p % 2 ? ' 👍' : ''}"`);
  });
  for (const m of MEMBERS) {
    for (let p = 0; p < 9; p++) for (const other of MEMBERS) if (other !== m) reactions.push(`${m}-${p},${other},,,like`);
    for (let k = 0; k < outside; k++) reactions.push(`${m}-${k},fan-${m}-${k},,,like`);
  }
  for (let p = 0; p < 36; p++) {
    comments.push(`s-${p},post${p % 9},,superfan,Vüsalə Quliyeva,${pages ? 'profile,,' : ''}2021-03-0${1 + (p % 9)}T16:${String(p).padStart(2, '0')}:00Z,"Maraqlı yazı, təşəkkür edirəm, davam edin ${p}"`);
    for (const friend of ['f1', 'f2', 'f3']) reactions.push(`s-${p},${friend},,,like`);
  }
  return tempFiles({ 'c.csv': comments.join('\n'), 'r.csv': reactions.join('\n') });
}

const verdicts = async (outside: number, pages = false) => {
  const f = group(outside, pages);
  const result = await scan([f['c.csv']], {}, f['r.csv']);
  return result;
};

describe('closed-engagement', () => {
  it('gives each member of a group judged inauthentic its closed engagement, with the figures', async () => {
    const result = await verdicts(0, true);
    expect(result.networks[0]!.assessment.verdict).toBe('inauthentic');
    for (const id of MEMBERS) {
      const a = result.accounts.find((x) => x.id === id)!;
      expect(a.verdict).toBe('inauthentic');
      const closed = a.evidence.find((e) => e.code === 'closed-engagement')!;
      expect([closed.received, closed.fromGroup, closed.given, closed.givenToGroup, closed.group, closed.strength]).toEqual([36, 36, 36, 36, 5, 0.65]);
      expect([closed.shareLow, closed.givenShareLow]).toEqual([0.9036, 0.9036]);
    }
  });

  it('draws the line where the 95% lower bound of the inside share falls below 0.7 (7 outside likes of 43 pass, 8 of 44 do not)', async () => {
    const seven = await verdicts(7, true);
    expect(seven.accounts.find((x) => x.id === 'g1')!.evidence.find((e) => e.code === 'closed-engagement')!.shareLow).toBe(0.7003);
    const eight = await verdicts(8, true);
    for (const id of MEMBERS) expect(eight.accounts.find((x) => x.id === id)!.evidence.some((e) => e.code === 'closed-engagement')).toBe(false);
  });

  it('does not hold a campaign without an audience against its members: its group, tested as a whole, is not inauthentic', async () => {
    // Students or activists liking each other's slogans, liked by nobody else (independent-b's control 1001
    // flagged two students so: 91–93% of their likes from their own campaign). The group's engagement was tested
    // with the group; support that stays inside it is the group's, and the group is coordinated-authentic.
    for (const outside of [0, 8]) {
      const result = await verdicts(outside);
      expect(result.networks[0]!.assessment.verdict).toMatch(/^(coordinated-authentic|undetermined)$/);
      for (const id of MEMBERS) {
        const a = result.accounts.find((x) => x.id === id)!;
        expect(a.evidence.map((e) => e.code)).toEqual(['copy-paste']);
        expect(a.verdict).toBe('authentic');
      }
    }
  });

  it('never flags a lone superfan whose likes come from a few friends and nobody else', async () => {
    const result = await verdicts(0);
    const fan = result.accounts.find((x) => x.id === 'superfan')!;
    expect([fan.evidence, fan.verdict]).toEqual([[], 'authentic']);
  });

  it('is disabled, and says so, without a reactions export', async () => {
    const f = group(0);
    const result = await scan([f['c.csv']]);
    expect(result.meta.signals.find((s) => s.id === 'closed-engagement')).toEqual({ id: 'closed-engagement', available: false, unavailableReason: 'no-reactions' });
    // Reactions read that point to no comment of these files say so, rather than "the export lists no reactions".
    const other = tempFiles({ 'r.csv': 'comment_id,reactor_id,reactor_name,reactor_type,reaction_type\nnot-here,r1,R,profile,like\n' });
    const unmatched = await scan([f['c.csv']], {}, other['r.csv']);
    expect(unmatched.meta.signals.find((s) => s.id === 'closed-engagement')).toEqual({ id: 'closed-engagement', available: false, unavailableReason: 'reactions-match-no-comment' });
    expect(result.accounts.filter((x) => x.verdict === 'inauthentic')).toEqual([]);
  });
});
