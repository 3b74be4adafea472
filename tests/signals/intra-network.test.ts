import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';
import { evidenceText } from '../../src/report/messages.js';
import { resolveScanOptions } from '../../src/options.js';

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

/**
 * The per-account test of support from operated accounts: five Pages posing as people (listed shop category:
 * anchors) like a Page under a person's name whose category the detector does not list, and a profile; each likes
 * one of them back. Twenty ordinary commenters like each other (the test's yardstick: none of their support comes
 * from operated accounts), and a seller's Page under its owner's name is liked by them.
 */
function operatedSupport() {
  const comments = ['comment_id,post_id,parent_id,author_id,author_name,author_type,author_category,created_at'];
  const reactions = ['comment_id,reactor_id,reactor_name,reactor_type,reaction_type'];
  const pages = ['p1', 'p2', 'p3', 'p4', 'p5'];
  const names = ['Aysel Məmmədova', 'Elvin Əliyev', 'Rəşad Quliyev', 'Günel Həsənova', 'Tural Kərimov'];
  // Each Page on its own post at its own hour: no co-commenting, no copies, so no group holds them.
  pages.forEach((p, i) => comments.push(`${p}c,post${i},,${p},${names[i]},page,Cosmetics store,2021-03-0${i + 1}T06:00:00Z`));
  comments.push('lc,post9,,lawyer,Kamran Əhmədov,page,Lawyer & law firm,2021-03-06T19:00:00Z');
  comments.push('fc,post9,,fan,Samir Nəbiyev,profile,,2021-03-06T20:00:00Z');
  comments.push('sc,post9,,seller,Leyla Babayeva,page,Lawyer & law firm,2021-03-06T21:00:00Z');
  for (let i = 0; i < 20; i++) comments.push(`o${i},post9,,o${i},Citizen ${i},profile,,2021-03-06T${String(10 + (i % 12)).padStart(2, '0')}:${String(i).padStart(2, '0')}:00Z`);
  for (const p of pages) {
    reactions.push(`lc,${p},,page,like`);
    reactions.push(`fc,${p},,page,like`);
  }
  reactions.push('p1c,lawyer,,page,like', 'p2c,fan,,profile,like');
  for (let i = 0; i < 20; i++) {
    reactions.push(`o${i},o${(i + 1) % 20},,profile,like`, `o${i},o${(i + 2) % 20},,profile,like`);
    if (i < 5) reactions.push(`sc,o${i},,profile,like`);
  }
  return tempFiles({ 'c.csv': comments.join('\n'), 'r.csv': reactions.join('\n') });
}

describe('intra-network: support from operated accounts, tested per account', () => {
  it('lifts a Page posing as a person to inauthentic when its support comes from operated accounts beyond the page yardstick, and nobody on that alone', async () => {
    const f = operatedSupport();
    const result = await scan([f['c.csv']], {}, f['r.csv']);
    const byId = new Map(result.accounts.map((a) => [a.id, a]));
    const lawyer = byId.get('lawyer')!;
    const tested = lawyer.evidence.find((e) => e.code === 'engagement-from-network')!;
    expect([tested.strength, tested.reactions, tested.fromOperated]).toEqual([0.4, 5, 5]);
    expect(Number(tested.q)).toBeLessThanOrEqual(0.05);
    expect(lawyer.evidence.map((e) => e.code)).toEqual(['page-person-name-unknown-category', 'engagement-from-network']);
    expect([lawyer.verdict, lawyer.basis]).toEqual(['inauthentic', 'combined']);
    expect(evidenceText(tested, resolveScanOptions({}).analysis.profile)).toMatch(
      /^100% of the 5 reactions it received came from other suspected accounts, and 100% of the 1 it gave went to them; 5 of its 5 reactions came from Pages posing as people or accounts judged inauthentic and 1 of the 1 it gave went to them, where the page's other commenters would lead to expect 0\.\d and 0\.\d \(q [<=] /,
    );
    // The profile passes the same test, but support is coordination: without a separating piece it decides nothing.
    const fan = byId.get('fan')!;
    expect(fan.evidence.map((e) => [e.code, e.strength])).toEqual([['engagement-from-network', 0.4]]);
    expect(fan.verdict).toBe('suspicious');
    // The seller under the same category, liked by citizens: its Page alone, suspicious at most.
    expect(byId.get('seller')!.evidence.map((e) => e.code)).toEqual(['page-person-name-unknown-category']);
    expect(byId.get('seller')!.verdict).toBe('suspicious');
    expect(result.accounts.filter((a) => a.id.startsWith('o')).every((a) => a.verdict === 'authentic')).toBe(true);
  });

  it('keeps the lower strength when the test is asked for a stricter rate than the data reaches', async () => {
    const f = operatedSupport();
    const result = await scan([f['c.csv']], { networkAlpha: '0.000001' }, f['r.csv']);
    const lawyer = result.accounts.find((a) => a.id === 'lawyer')!;
    const e = lawyer.evidence.find((x) => x.code === 'engagement-from-network')!;
    expect(e.strength).toBeLessThan(0.4);
    expect(e.q).toBeUndefined();
    expect(lawyer.verdict).toBe('suspicious');
  });
});
