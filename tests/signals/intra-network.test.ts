import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

/**
 * Five Pages posing as people that like each other's comments, one profile that only they like and that
 * only likes them, a critic the Pages mock ("haha") and reply to, an activist circle that likes itself,
 * and twenty ordinary commenters.
 */
function network() {
  const comments = ['comment_id,post_id,parent_id,author_id,author_name,author_type,author_category,created_at'];
  const reactions = ['comment_id,reactor_id,reactor_name,reactor_type,reaction_type'];
  const pages = ['p1', 'p2', 'p3', 'p4', 'p5'];
  const names = ['Aysel Məmmədova', 'Elvin Əliyev', 'Rəşad Quliyev', 'Günel Həsənova', 'Tural Kərimov'];
  pages.forEach((p, i) => comments.push(`${p}c,post,,${p},${names[i]},page,Cosmetics store,2021-03-01T06:00:00Z`));
  for (let i = 0; i < 5; i++) comments.push(`m${i},post,,member,Orxan Babayev,profile,,2021-03-01T07:0${i}:00Z`);
  comments.push('crit,post,,critic,Nigar Rzayeva,profile,,2021-03-01T08:00:00Z');
  pages.forEach((p, i) => comments.push(`r${i},post,crit,${p},${names[i]},page,Cosmetics store,2021-03-01T08:3${i}:00Z`));
  // Twenty ordinary commenters: the yardstick against which five Pages posing as people are an excess.
  for (let i = 0; i < 20; i++) comments.push(`o${i},post,,o${i},Citizen ${i},profile,,2021-03-01T19:${String(i).padStart(2, '0')}:00Z`);
  const activists = ['a1', 'a2', 'a3', 'a4'];
  activists.forEach((a) => comments.push(`${a}c,post,,${a},Activist ${a},profile,,2021-03-01T18:00:00Z`));
  for (let i = 0; i < 5; i++) for (const p of pages) reactions.push(`m${i},${p},,page,like`);
  for (const p of pages) for (const q of pages) if (p !== q) reactions.push(`${q}c,${p},,page,like`);
  for (const p of pages) {
    reactions.push(`${p}c,member,Orxan Babayev,profile,love`);
    reactions.push(`crit,${p},,page,haha`);
  }
  for (const a of activists) for (const b of activists) if (a !== b) reactions.push(`${b}c,${a},,profile,like`);
  return tempFiles({ 'c.csv': comments.join('\n'), 'r.csv': reactions.join('\n') });
}

describe('intra-network', () => {
  it('makes an account living only inside a network of Pages posing as people inauthentic', async () => {
    const f = network();
    const result = await scan([f['c.csv']], { networkMinReceived: '3' }, f['r.csv']);
    const member = result.accounts.find((a) => a.id === 'member')!;
    expect(member.evidence.map((e) => [e.code, e.received, e.fromNetwork, e.given, e.givenToNetwork])).toEqual([
      ['network-member', undefined, undefined, undefined, undefined],
      ['engagement-from-network', 25, 25, 5, 5],
    ]);
    // Its group (the five Pages and itself) is judged inauthentic on Pages posing as people; tied to all
    // five by the likes they gave it, it carries that verdict with its own engagement evidence. Alone,
    // engagement from suspects would leave it suspicious (25 received is above the enclosed form's minimum
    // of 20, but 5 given is below its 10).
    expect(member.evidence[0]).toMatchObject({ network: 'n1', ties: 5, basis: 'pages' });
    expect(member.verdict).toBe('inauthentic');
  });

  it('does not count mockery or replies against a critic, nor a circle nobody else suspects', async () => {
    const f = network();
    const result = await scan([f['c.csv']], {}, f['r.csv']);
    const critic = result.accounts.find((a) => a.id === 'critic')!;
    expect([critic.evidence, critic.verdict]).toEqual([[], 'authentic']);
    for (const a of ['a1', 'a2', 'a3', 'a4']) expect(result.accounts.find((x) => x.id === a)!.verdict).toBe('authentic');
    expect(result.accounts.filter((a) => a.id.startsWith('p')).map((a) => a.verdict)).toEqual(Array(5).fill('inauthentic'));
  });
});
