import { describe, expect, it } from 'vitest';
import { binomialUpperTail, clusteredExactBelow, clusteredShareTest } from '../../src/util/stats.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const HEADER = 'comment_id,post_id,author_id,author_name,author_type,author_category,created_at,text';
const REACTIONS = 'comment_id,reactor_id,reactor_name,reactor_type,reaction_type';
const GIVEN = ['Aysel', 'Elvin', 'Rəşad', 'Günel', 'Tural', 'Nigar', 'Orxan', 'Leyla', 'Kamran', 'Səbinə', 'Fuad', 'Aynur'];
const SURNAMES = ['Məmmədova', 'Əliyev', 'Quliyev', 'Həsənova', 'Kərimov', 'Rzayeva', 'Babayev', 'Cəfərova', 'İsmayılov', 'Hüseynova', 'Nəsirov', 'Abbasova'];
const at = (day: number, hourUtc: number, minute = 0) => `2021-03-${String(day).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
/** Four lines a network copies, long enough to be copy-paste templates. */
const TEMPLATES = ['Bu sayt həmişə yalan xəbər yayır', 'Ölkəmizdə görülən işləri niyə yazmırsınız', 'Sifarişlə yazılmış məqalədir hamı bilir', 'Redaksiya xaricdən pul alır bunu bilin'];

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

describe('clusteredExactBelow', () => {
  it('is the binomial lower tail when every cluster is one comment', () => {
    const clusters = Array.from({ length: 31 }, (_, i) => ({ size: 1, hit: i < 2, expected: 0.25 }));
    // P(X ≤ 2) for X ~ Binomial(31, 0.25) = P(31 − X ≥ 29), 31 − X ~ Binomial(31, 0.75).
    expect(clusteredExactBelow(clusters)).toBeCloseTo(binomialUpperTail(29, 31, 0.75), 12);
  });

  it('weighs clusters by their comments, as enumerating every outcome does', () => {
    const clusters = [{ size: 3, hit: false, expected: 0.2 }, { size: 1, hit: true, expected: 0.4 }, { size: 2, hit: false, expected: 0.3 }, { size: 5, hit: false, expected: 0.1 }];
    let brute = 0;
    for (let mask = 0; mask < 16; mask++) {
      let sum = 0, p = 1;
      clusters.forEach((c, i) => {
        const hit = (mask >> i) & 1;
        sum += hit ? c.size : 0;
        p *= hit ? c.expected : 1 - c.expected;
      });
      if (sum <= 1) brute += p;
    }
    expect(clusteredExactBelow(clusters)).toBeCloseTo(brute, 12);
  });
});

/**
 * The thirty citizens, and twelve Pages with a person's name and a shop category commenting in the evening (free
 * text: nothing but the Pages and the likes they trade), each liked by the other eleven.
 */
function pagesTradingLikes() {
  const rows = [HEADER];
  const reactions = [REACTIONS];
  citizens(rows);
  const pages = GIVEN.map((g, i) => ({ id: `pg${i}`, name: `${g} ${SURNAMES[i]}` }));
  pages.forEach((p, i) => {
    for (let d = 1; d <= 2; d++) rows.push(`${p.id}_${d},p${d},${p.id},${p.name},page,Cosmetics store,${at(d, 16, i)},öz fikrim ${i} ${d}`);
  });
  for (const p of pages) for (const q of pages) if (p !== q) reactions.push(`${q.id}_1,${p.id},${p.name},page,like`);
  return { rows, reactions, pages };
}

/**
 * A bare brigade (no Page flag, no reactions) and its yardstick: seven teams of four profiles with distinct names
 * (under 30: one group, not split), 21 rounds on eight weekdays at 12:00 and 14:00 Baku around the 13:00 lunch, and a
 * few at 10, 11, 15 and 16; each team posts in three rounds, the four within minutes, the round's template (or, where
 * `ownWords(team, j, round)`, words of their own). Citizens on the same posts in the evening.
 */
function bareBrigade(ownWords: (team: number, j: number, round: number) => boolean = () => false): string[] {
  const rows = [HEADER];
  citizens(rows);
  const templates = ['Bu xəbər yalandır, müxalifət yenə xalqı aldadır', 'Dövlətimiz güclüdür, bu saytlar satqındır', 'Hər şey qaydasındadır, boş söhbətdir', 'Yazıçı pul alıb yazır, utanmalıdır', 'Bizim prezidentimiz xalqın yanındadır', 'Bu sayt xarici qüvvələrə işləyir'];
  const member = (t: number, j: number) => ({ id: `b${t}_${j}`, name: `${GIVEN[(t + j) % 12]} ${SURNAMES[(3 * t + j) % 12]} ${t}` });
  const days = [1, 2, 3, 4, 8, 9, 10, 11];
  const hourOf = (r: number) => (r < 8 ? 12 : r < 16 ? 14 : [10, 11, 15, 16, 10][r - 16]!);
  for (let r = 0; r < 21; r++) {
    const day = days[r % 8]!, hourUtc = hourOf(r) - 4, team = r % 7;
    for (let j = 0; j < 4; j++) {
      const m = member(team, j);
      rows.push(`${m.id}_${r},p${day},${m.id},${m.name},,,${at(day, hourUtc, 10 + j)},"${ownWords(team, j, Math.floor(r / 7)) ? `mənim fikrim budur ${r}` : templates[r % 6]}"`);
    }
  }
  for (const d of days) for (let i = 0; i < 10; i++) rows.push(`e${i}_${d},p${d},e${i},Vətəndaş ${i},,,${at(d, 14 + (i % 5), i)},öz fikrim ${i} ${d}`);
  return rows;
}

/**
 * A network keeping 10–19 with its lunch at 12: seven teams of four, one group by the round's template, on fifteen weekdays
 * a round at 13:00 Baku (the profile's lunch hour) and one at 18:00 (after the profile's 09–18), and one at 11:00;
 * citizens in the evening. `pageTeams`: teams whose members are Pages with a shop category. Ids `${prefix}${team}_${j}`.
 */
function lateShiftNetwork(prefix: string, pageTeams = 0): string[] {
  const rows = [HEADER];
  citizens(rows);
  const days = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19];
  const rounds = [...days.flatMap((day) => [{ day, hourBaku: 13 }, { day, hourBaku: 18 }]), { day: 1, hourBaku: 11 }];
  rounds.forEach(({ day, hourBaku }, r) => {
    const team = r % 7;
    const page = team < pageTeams;
    for (let j = 0; j < 4; j++) {
      rows.push(`${prefix}${team}_${j}_${r},p${day},${prefix}${team}_${j},${GIVEN[(team + j) % 12]} ${SURNAMES[(3 * team + j) % 12]},${page ? 'page' : 'profile'},${page ? 'Cosmetics store' : ''},${at(day, hourBaku - 4, 10 + j)},${TEMPLATES[r % 4]}`);
    }
  });
  return rows;
}

/**
 * Twelve Pages posing as people (a shop category) copy four templates on six posts at 16:00–16:11 UTC; four profiles
 * ("op") copy them within minutes of the Pages on every post, four ("echo") copy the same lines three hours later.
 * Citizens in the evening on the first four posts, some of them within minutes of the Pages.
 */
function sittingsAndEchoes(withFast = false): string[] {
  const rows = [HEADER];
  citizens(rows);
  for (let d = 1; d <= 6; d++) {
    // A fast profile: within a minute of the Pages, and again a minute after the first echo on the first two posts.
    if (withFast) {
      rows.push(`fast_${d},p${d},fast,Kamran Babayev,profile,,${at(d, 16, 1)},${TEMPLATES[d % 4]}`);
      if (d <= 2) rows.push(`fast_${d}_e,p${d},fast,Kamran Babayev,profile,,${at(d, 19, d + 1)},${TEMPLATES[(d + 1) % 4]}`);
    }
    for (let i = 0; i < 12; i++) rows.push(`pg${i}_${d},p${d},pg${i},${GIVEN[i]} ${SURNAMES[i]},page,Cosmetics store,${at(d, 16, i)},${TEMPLATES[(i + d) % 4]}`);
    for (let j = 0; j < 4; j++) {
      rows.push(`op${j}_${d},p${d},op${j},${GIVEN[(j + 4) % 12]} ${SURNAMES[(j + 7) % 12]},profile,,${at(d, 16, 2 + 3 * j)},${TEMPLATES[(j + d) % 4]}`);
      rows.push(`echo${j}_${d},p${d},echo${j},${GIVEN[(j + 8) % 12]} ${SURNAMES[(j + 2) % 12]},profile,,${at(d, 19 + (j % 3), 7 * j + d)},${TEMPLATES[(j + d + 1) % 4]}`);
    }
  }
  return rows;
}

/**
 * Twelve Pages posing as people (a shop category) copy four templates on six posts at 16:00–16:11 UTC, each comment liked
 * by the next two Pages. Three hours later (no sittings), four profiles ("op") write two of the lines and four comments of
 * their own, liked by one Page and liking another Page's comment on each of the first three posts (no pair both ways: no
 * mutual tie); four ("echo") copy the lines and trade likes with citizens only; one ("camo") copies them and is liked by
 * two Pages on every comment (the brigade's camouflage), but likes only citizens; one ("lone") writes one of the lines
 * and five comments of its own, with likes as an operator's; one ("friend") writes words of its own and trades likes
 * with one Page both ways. Citizens like each other's comments.
 */
function likesAndEchoes() {
  const rows = [HEADER];
  const reactions = [REACTIONS];
  citizens(rows);
  for (let i = 0; i < 30; i++) for (let d = 1; d <= 4; d++) for (const k of [1, 2]) reactions.push(`o${(i + k) % 30}_${d},o${i},Citizen ${i},profile,like`);
  const page = (i: number) => ({ id: `pg${i % 12}`, name: `${GIVEN[i % 12]} ${SURNAMES[i % 12]}` });
  for (let d = 1; d <= 6; d++) {
    for (let i = 0; i < 12; i++) {
      rows.push(`pg${i}_${d},p${d},pg${i},${page(i).name},page,Cosmetics store,${at(d, 16, i)},${TEMPLATES[(i + d) % 4]}`);
      for (const k of [1, 2]) reactions.push(`pg${i}_${d},${page(i + k).id},${page(i + k).name},page,like`);
    }
    for (let j = 0; j < 4; j++) {
      const op = { id: `op${j}`, name: `${GIVEN[(j + 4) % 12]} ${SURNAMES[(j + 7) % 12]}` };
      rows.push(`op${j}_${d},p${d},${op.id},${op.name},profile,,${at(d, 19, 2 + 3 * j)},${d <= 2 ? TEMPLATES[(j + d) % 4] : `mənim fikrim ${j} ${d}`}`);
      if (d <= 3) reactions.push(`op${j}_${d},${page(2 * j + (d % 2)).id},${page(2 * j + (d % 2)).name},page,like`);
      if (d <= 3) reactions.push(`${page(2 * j + 6 + (d % 2)).id}_${d},${op.id},${op.name},profile,like`);
      const echo = { id: `echo${j}`, name: `${GIVEN[(j + 8) % 12]} ${SURNAMES[(j + 2) % 12]}` };
      rows.push(`echo${j}_${d},p${d},${echo.id},${echo.name},profile,,${at(d, 19 + (j % 3), 30 + 7 * j + d)},${TEMPLATES[(j + d + 1) % 4]}`);
      for (const i of [j, j + 10]) reactions.push(`echo${j}_${d},o${i},Citizen ${i},profile,like`);
      if (d <= 4) for (const i of [j + 20, j + 24]) reactions.push(`o${i}_${d},${echo.id},${echo.name},profile,like`);
    }
    // One of the lines and five comments of its own, likes as an operator's: one firm tie.
    rows.push(`lone_${d},p${d},lone,Fuad Abbasov,profile,,${at(d, 21, d)},${d === 1 ? TEMPLATES[0] : `öz sözüm ${d}`}`);
    if (d <= 3) reactions.push(`lone_${d},${page(8 + d).id},${page(8 + d).name},page,like`);
    if (d <= 3) reactions.push(`${page(4 + d).id}_${d},lone,Fuad Abbasov,profile,like`);
    // A friend of one operator's Page: words of its own, likes traded with that Page alone.
    if (d <= 3) {
      rows.push(`friend_${d},p${d},friend,Leyla Kərimova,profile,,${at(d, 18, d)},salam dostum ${d}`);
      reactions.push(`friend_${d},pg0,${page(0).name},page,like`);
      reactions.push(`pg0_${d},friend,Leyla Kərimova,profile,like`);
    }
    rows.push(`camo_${d},p${d},camo,Rəşad Babayev,profile,,${at(d, 20, d)},${TEMPLATES[(d + 2) % 4]}`);
    for (const i of [0, 1]) reactions.push(`camo_${d},${page(i).id},${page(i).name},page,like`);
    if (d <= 4) for (const i of [5, 15]) reactions.push(`o${i}_${d},camo,Rəşad Babayev,profile,like`);
  }
  return { rows, reactions };
}

describe('network verdicts', () => {
  it('judges a group of Pages posing as people inauthentic as a whole, and its members carry the verdict', async () => {
    const { rows, reactions, pages } = pagesTradingLikes();
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

  it('does not let colleagues swept into a network of Pages vouch for each other: their likes go only to each other', async () => {
    const { rows, reactions, pages } = pagesTradingLikes();
    // Four colleagues comment in the same minutes as the Pages on both posts (co-commenting sweeps them into the
    // group) and like each other's comments, never a Page's.
    const colleagues = [0, 1, 2, 3].map((i) => ({ id: `col${i}`, name: `Kolleqa ${SURNAMES[i + 4]}` }));
    colleagues.forEach((c, i) => {
      for (let d = 1; d <= 2; d++) for (const k of [0, 1]) rows.push(`${c.id}_${d}_${k},p${d},${c.id},${c.name},profile,,${at(d, 16, i + k)},nahar fasiləsi ${i} ${d} ${k}`);
    });
    for (const c of colleagues) for (const o of colleagues) if (c !== o) for (const d of [1, 2]) reactions.push(`${o.id}_${d}_0,${c.id},${c.name},profile,like`);
    const f = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': reactions.join('\n') });
    const result = await scan([f['c.csv']], {}, f['r.csv']);
    const network = result.networks.find((n) => n.members.includes('pg0'))!;
    expect(network.assessment.verdict).toBe('inauthentic');
    // The colleagues are in the group, and tied to each other both ways: membership without attachment.
    expect(colleagues.every((c) => network.members.includes(c.id))).toBe(true);
    for (const c of colleagues) {
      const account = result.accounts.find((a) => a.id === c.id)!;
      expect(account.evidence.filter((x) => x.code === 'network-member')).toEqual([]);
      expect(account.verdict).not.toBe('inauthentic');
    }
    for (const p of pages) expect(result.accounts.find((a) => a.id === p.id)!.verdict).toBe('inauthentic');
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
    // Every rally in a shift without a lunch break (one of the shifts tried), against the citizens' evenings: the clock passes …
    expect([shift.share, shift.passed, shift.lunchFrom]).toEqual([1, true, -1]);
    expect(network.assessment.evidence.find((t) => t.tell === 'lunch')!.passed).toBe(false);
    // … but without Pages posing as people, a lunch break or a pool of names it stays one tell.
    expect(network.assessment.verdict).toBe('undetermined');
    expect(result.accounts.filter((a) => a.id.startsWith('st') && a.verdict === 'inauthentic')).toEqual([]);
  });
  it('sees a lunch break kept by a brigade that comments in waves: the bound is read from the exact tail, not the normal one', async () => {
    // Twenty profiles on weekdays (Baku): two waves of 200 comments, at 12:00 and at 14:00 on two posts, thirteen
    // single comments at 12 or 14 on other posts and hours, seven at 10:00 or 16:00; none at 13:00. The citizens
    // comment in the evening, so the others' lunch share is the smoothed 1/3. Fifteen occasions, none at lunch:
    // P = (2/3)^15 = 0.0023 exactly, while the normal bound of a share whose weight sits in two clusters reaches 1.
    const rows = [HEADER];
    citizens(rows);
    const text = 'Bu xəbər yalandır, müxalifət yenə xalqı aldadır';
    const member = (j: number) => ({ id: `w${j}`, name: `${GIVEN[j % 12]} ${SURNAMES[(j * 5) % 12]} ${j}` });
    for (const [day, hour] of [[1, 12], [2, 14]] as const) {
      for (let j = 0; j < 20; j++) for (let k = 0; k < 10; k++) rows.push(`w${j}_${day}_${k},p${day},${member(j).id},${member(j).name},,,${at(day, hour - 4, k * 5 + (j % 5))},"${text}"`);
    }
    const singles: [number, number][] = [[3, 12], [3, 14], [4, 12], [4, 14], [5, 12], [5, 14], [8, 12], [8, 14], [9, 12], [9, 14], [10, 12], [10, 14], [11, 12], [1, 10], [2, 16], [3, 10], [4, 16], [5, 10], [8, 16], [9, 10]];
    singles.forEach(([day, hour], i) => rows.push(`ws${i},p${day}x${hour},${member(i).id},${member(i).name},,,${at(day, hour - 4, 20)},"${text}"`));
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const result = await scan([f['c.csv']]);
    const network = result.networks.find((n) => n.members.includes('w0'))!;
    const lunch = network.assessment.evidence.find((t) => t.tell === 'lunch')!;
    expect([lunch.lunchHour, lunch.occasions, lunch.share, lunch.baseline, lunch.passed]).toEqual([13, 15, 0, 0.3333, true]);
    expect(network.assessment.basis).toEqual(['shift', 'lunch']);
  });

  it("attaches a member tied by one template when its own hours fit its network's clock (Bayes factor ≥ --min-clock-tie), and not otherwise", async () => {
    // b0_0 writes the round's template once and its own words in its other two rounds: one firm tie, not two.
    const f = tempFiles({ 'c.csv': bareBrigade((team, j, round) => team === 0 && j === 0 && round > 0).join('\n') });
    const member = (result: Awaited<ReturnType<typeof scan>>) => result.accounts.find((a) => a.id === 'b0_0')!.evidence.find((e) => e.code === 'network-member');
    const tied = member(await scan([f['c.csv']]))!;
    expect([tied.ties, tied.clockFit as number >= 10]).toEqual([1, true]);
    expect(member(await scan([f['c.csv']], { minClockTie: '1e9' }))).toBeUndefined();
  });

  it("weakens a membership resting on likes when the member's own hours fit the page's clock (--member-clock-against), not when they fit the network's", async () => {
    // The bare brigade, and profiles that each trade likes both ways with three of its members and copy one of its lines
    // among four comments on Monday to Thursday: "sup" at 20:00 Baku, as the citizens comment (a supporter of the
    // government), "op" at 12:00, in the network's shift. "two", another evening citizen, comments three minutes after
    // the supporter on each post, copies another line once and trades likes with one member. (Two of the three at a
    // time: the brigade's 28 and three more make a group the community split cuts in three.)
    const files = (extras: ('sup' | 'op' | 'two')[]) => {
      const rows = bareBrigade();
      const reactions = [REACTIONS];
      const friends = ['b0_0_0', 'b1_0_1', 'b2_0_2'];
      for (const id of extras) {
        if (id === 'two') {
          for (let d = 1; d <= 4; d++) rows.push(`two_${d},p${d},two,Aynur Cəfərova,,,${at(d, 16, 23 + d)},${d === 1 ? '"Yazıçı pul alıb yazır, utanmalıdır"' : `öz sözüm ${d}`}`);
          reactions.push('b3_0_3,two,two,,like', 'two_2,b3_0,x,,like');
          continue;
        }
        for (let d = 1; d <= 4; d++) rows.push(`${id}_${d},p${d},${id},${id === 'sup' ? 'Səbinə Rzayeva' : 'Orxan Nəsirov'},,,${at(d, id === 'sup' ? 16 : 8, 20 + d)},${d === 1 ? '"Bu xəbər yalandır, müxalifət yenə xalqı aldadır"' : `${id} öz sözüm ${d}`}`);
        friends.forEach((comment, k) => {
          reactions.push(`${comment},${id},${id},,like`);
          reactions.push(`${id}_${k + 1},${comment.split('_').slice(0, 2).join('_')},x,,like`);
        });
      }
      const f = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': reactions.join('\n') });
      return [f['c.csv'], f['r.csv']] as const;
    };
    const member = (result: Awaited<ReturnType<typeof scan>>, id: string) => result.accounts.find((a) => a.id === id)!;
    const membership = (result: Awaited<ReturnType<typeof scan>>, id: string) => member(result, id).evidence.find((e) => e.code === 'network-member');
    const [comments, reactions] = files(['sup', 'op']);
    const result = await scan([comments], {}, reactions);
    const sup = membership(result, 'sup')!, op = membership(result, 'op')!;
    expect([sup.via, sup.mutual, sup.strength, sup.hoursAgainst]).toEqual(['reactions', 3, 0.6, 1]);
    expect(Number(sup.clockFit)).toBeLessThanOrEqual(1 / 3);
    expect(Number(sup.clockFit)).toBeGreaterThan(0);
    expect(member(result, 'sup').verdict).toBe('suspicious');
    expect([op.mutual, op.strength, op.hoursAgainst]).toEqual([3, 0.65, undefined]);
    expect(Number(op.clockFit)).toBeGreaterThan(1);
    expect(member(result, 'op').verdict).toBe('inauthentic');
    // 0: the hours are not read against a membership; the supporter is flagged on its likes and one copied line.
    const never = await scan([comments], { memberClockAgainst: '0' }, reactions);
    expect([membership(never, 'sup')!.strength, membership(never, 'sup')!.hoursAgainst]).toEqual([0.65, undefined]);
    expect(member(never, 'sup').verdict).toBe('inauthentic');
    // The supporter, weakly attached, is no seed of the network's sittings: as one it made "two", who sat beside it, a
    // sitter of the network, and flagged it (a review found).
    const [withTwo, twoReactions] = files(['sup', 'two']);
    const beside = await scan([withTwo], {}, twoReactions);
    expect(membership(beside, 'sup')!.hoursAgainst).toBe(1);
    expect(membership(beside, 'two')!.via).not.toBe('sessions');
    expect(member(beside, 'two').verdict).not.toBe('inauthentic');
  });

  it('flags the members of a bare brigade (no Page flag, no reactions, three comments each) by their network and their own hours', async () => {
    const f = tempFiles({ 'c.csv': bareBrigade().join('\n') });
    const result = await scan([f['c.csv']]);
    const brigade = result.accounts.filter((a) => a.id.startsWith('b'));
    expect(brigade.length).toBe(28);
    expect(brigade.every((a) => a.comments === 3)).toBe(true);
    const networks = result.networks.filter((n) => n.members.some((m) => m.startsWith('b')));
    expect(networks.map((n) => [n.size, n.assessment.verdict, n.assessment.basis])).toEqual([[28, 'inauthentic', ['shift', 'lunch']]]);
    // Three comments each: no account carries an hours test of its own; pooled with its network's, each does.
    for (const a of brigade) {
      const member = a.evidence.find((e) => e.code === 'network-member')!;
      expect(member.clockFit as number).toBeGreaterThanOrEqual(20);
      expect(member.strength).toBe(0.65);
      expect(a.verdict).toBe('inauthentic');
    }
    expect(result.accounts.filter((a) => !a.id.startsWith('b') && a.verdict !== 'authentic')).toEqual([]);
    // Without the pooled hours (a Bayes factor no member reaches), membership alone leaves them suspicious: with no
    // member carrying the group's own evidence, no sittings are read either (each team's four post within minutes, and
    // would vouch for each other as colleagues at lunch would).
    const unpooled = await scan([f['c.csv']], { minClockFit: '1e9' });
    expect(unpooled.accounts.filter((a) => a.id.startsWith('b')).map((a) => a.verdict)).toEqual(Array(28).fill('suspicious'));
  });

  it("weighs a member's hours against the page's other commenters, not against the network's own ungrouped members", async () => {
    // The bare brigade, and forty of its loners: profiles tied to nothing, six comments each on weekdays 10:00–16:00
    // Baku. As "the page's other commenters" they made the page's clock look like the network's, and its members'
    // three comments no longer fitted the network's clock better than the page's.
    const rows = bareBrigade();
    const days = [1, 2, 3, 4, 8, 9, 10, 11];
    for (let i = 0; i < 40; i++) for (let k = 0; k < 6; k++) rows.push(`lo${i}_${k},p${days[(i + k) % 8]},lo${i},Tənha ${i},,,${at(days[(i + k) % 8]!, 6 + ((i + k) % 6), (7 * i + k) % 60)},tək fikir ${i} ${k}`);
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const result = await scan([f['c.csv']]);
    const brigade = result.accounts.filter((a) => a.id.startsWith('b'));
    expect(brigade.map((a) => a.verdict)).toEqual(Array(28).fill('inauthentic'));
    expect(Math.min(...brigade.map((a) => a.evidence.find((e) => e.code === 'network-member')!.clockFit as number))).toBeGreaterThanOrEqual(20);
    expect(result.accounts.filter((a) => (a.id.startsWith('o') || a.id.startsWith('e')) && a.verdict !== 'authentic')).toEqual([]);
  });

  it("takes a Page under a person's category (Blogger) into its network on a repertoire of the network's templates, and a public figure that echoes one of them not at all", async () => {
    const rows = [HEADER];
    citizens(rows);
    const templates = TEMPLATES;
    // Twelve Pages with shop categories and two with a blogger's, each writing three of the four templates on one post.
    const brigade = [...GIVEN.map((g, i) => ({ id: `pg${i}`, name: `${g} ${SURNAMES[i]}`, category: 'Cosmetics store' })), { id: 'bl0', name: 'Nərmin Vəliyeva', category: 'Blogger' }, { id: 'bl1', name: 'Samir Qasımov', category: 'Blogger' }];
    brigade.forEach((p, i) => {
      for (let k = 0; k < 3; k++) rows.push(`${p.id}_${k},p1,${p.id},${p.name},page,${p.category},${at(1, 12 + k, i)},${templates[(i + k) % 4]}`);
    });
    // A public figure's Page under its owner's name: its own words, and one of the templates once.
    rows.push('pf_0,p1,pf,Zaur Mirzəyev,page,Public figure,' + at(1, 15, 30) + ',Hörmətli dostlar fikrimi bildirirəm');
    rows.push('pf_1,p1,pf,Zaur Mirzəyev,page,Public figure,' + at(1, 16, 30) + ',' + templates[0]);
    // A journalist's Page under "Media" (a category a person's Page carries as well as a newsroom's): its own words and
    // one of the templates once; and one under "Just for fun" writing three of them, as the network's Pages do.
    rows.push('md_0,p1,md,Rauf Həsənli,page,Media,' + at(1, 15, 33) + ',Bu barədə öz araşdırmamı yazmışam');
    rows.push('md_1,p1,md,Rauf Həsənli,page,Media,' + at(1, 16, 33) + ',' + templates[1]);
    for (let k = 0; k < 3; k++) rows.push(`jf_${k},p1,jf,Lalə Nəbiyeva,page,Just for fun,${at(1, 12 + k, 50)},${templates[(k + 2) % 4]}`);
    // A public figure that speaks as the government's supporters do: two of the templates among six comments of its own.
    for (let k = 0; k < 6; k++) rows.push(`sp_${k},p1,sp,Elnarə Quliyeva,page,Athlete,${at(1, 13 + (k % 4), 40 + k)},${k < 2 ? templates[k + 1] : `öz sözüm var ${k} bu barədə`}`);
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const result = await scan([f['c.csv']]);
    const network = result.networks.find((n) => n.members.includes('pg0'))!;
    expect([network.assessment.verdict, network.assessment.basis]).toEqual(['inauthentic', ['pages']]);
    const speaker = result.accounts.find((a) => a.id === 'sp')!;
    const speaks = speaker.evidence.find((e) => e.code === 'network-member')!;
    expect([speaks.via, speaks.templates, speaks.copies, speaks.comments, speaks.strength, speaker.verdict]).toEqual(['templates', 2, 2, 6, 0.6, 'suspicious']);
    // Two templates are too few a repertoire (--member-min-repertoire 3), whatever share of its comments they are;
    // with two enough and any share, it would have been one of the network's Pages.
    const anyShare = await scan([f['c.csv']], { memberMinCopiedShare: '0' });
    expect(anyShare.accounts.find((a) => a.id === 'sp')!.verdict).toBe('suspicious');
    const twoEnough = await scan([f['c.csv']], { memberMinCopiedShare: '0', memberMinRepertoire: '2' });
    expect(twoEnough.accounts.find((a) => a.id === 'sp')!.verdict).toBe('inauthentic');
    for (const id of ['bl0', 'bl1']) {
      const account = result.accounts.find((a) => a.id === id)!;
      const member = account.evidence.find((e) => e.code === 'network-member')!;
      expect([member.via, member.templates, member.copies, member.comments, account.verdict]).toEqual(['page', 3, 3, 3, 'inauthentic']);
    }
    // Tied by its one echo, attached only for being a Page with a person's name, which is not one of the network's Pages:
    // not a member at all, nor flagged; so the journalist under "Media", whose name beside that echo (0.6 and 0.6)
    // flagged it until Dec 8. Under "Just for fun" with the network's repertoire, it is one of the network's Pages.
    for (const id of ['md', 'pf']) {
      const page = result.accounts.find((a) => a.id === id)!;
      expect([id, page.evidence.some((e) => e.code === 'network-member'), page.verdict === 'inauthentic']).toEqual([id, false, false]);
    }
    const fun = result.accounts.find((a) => a.id === 'jf')!;
    expect([fun.evidence.find((e) => e.code === 'network-member')!.via, fun.verdict]).toEqual(['page', 'inauthentic']);
  });

  it("does not take a public figure liked by its readers for one of the network's Pages, whatever it copies; one liked by the network it is", async () => {
    const rows = [HEADER];
    citizens(rows);
    const templates = TEMPLATES;
    const pages = GIVEN.map((g, i) => ({ id: `pg${i}`, name: `${g} ${SURNAMES[i]}` }));
    pages.forEach((p, i) => {
      for (let k = 0; k < 3; k++) rows.push(`${p.id}_${k},p1,${p.id},${p.name},page,Cosmetics store,${at(1, 12 + k, i)},${templates[(i + k) % 4]}`);
    });
    // An "Athlete" Page: two of the templates among four comments, a repertoire by the half.
    for (let k = 0; k < 4; k++) rows.push(`at_${k},p1,at,Elnarə Quliyeva,page,Athlete,${at(1, 13 + k, 40 + k)},${k < 2 ? templates[k + 1] : `öz sözüm var ${k} bu barədə`}`);
    const liked = (by: string[]) => [REACTIONS, ...by.map((r, i) => `at_${i % 4},${r},${r},profile,like`)].join('\n');
    // Liked by six citizens and one of the network's Pages: its readers.
    const byReaders = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': liked(['o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'pg0']) });
    const readers = await scan([byReaders['c.csv']], {}, byReaders['r.csv']);
    const figure = readers.accounts.find((a) => a.id === 'at')!;
    const weighed = figure.evidence.find((e) => e.code === 'network-member')!;
    expect([weighed.via, weighed.templates, weighed.copies, weighed.comments, weighed.supporters, weighed.reactors, weighed.strength, figure.verdict]).toEqual(['templates', 2, 2, 4, 1, 7, 0.6, 'suspicious']);
    // Liked by four of the network's Pages and one citizen: the network's own.
    const byNetwork = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': liked(['pg0', 'pg1', 'pg2', 'pg3', 'o0']) });
    const network = await scan([byNetwork['c.csv']], {}, byNetwork['r.csv']);
    const member = network.accounts.find((a) => a.id === 'at')!;
    const carried = member.evidence.find((e) => e.code === 'network-member')!;
    expect([carried.via, carried.supporters, carried.reactors, carried.strength, member.verdict]).toEqual(['page', 4, 5, 0.65, 'inauthentic']);
  });

  it("judges a group against the page's other commenters, not against a network's loners (--group-yardstick-passes)", async () => {
    const rows = [HEADER];
    citizens(rows);
    const slogans = ['Yalan xəbərdir bu', 'Satqın sayt bağlansın', 'Xalq hər şeyi görür', 'Dövlətimiz çox güclüdür'];
    const lines = ['Müxalifət yenə xalqı aldatmaq istəyir', 'Dövlətimiz güclüdür bu saytlar satqındır', 'Hər şey qaydasındadır boş söhbətdir', 'Yazıçı pul alıb yazır utanmalıdır'];
    // Network A: twelve shop Pages with its templates and its slogans on p1.
    GIVEN.forEach((g, i) => {
      for (let k = 0; k < 3; k++) rows.push(`a${i}_${k},p1,a${i},${g} ${SURNAMES[i]},page,Cosmetics store,${at(1, 8 + k, i)},${TEMPLATES[(i + k) % 4]}`);
      for (let k = 0; k < 2; k++) rows.push(`as${i}_${k},p1,a${i},${g} ${SURNAMES[i]},page,Cosmetics store,${at(1, 11 + k, i)},${slogans[(i + k) % 4]}`);
    });
    // Its loners: six shop Pages with one of its slogans each, 40 minutes apart, tied to nobody (one slogan ties nobody).
    for (let i = 0; i < 6; i++) rows.push(`l${i},p1,l${i},${GIVEN[(i + 5) % 12]} ${SURNAMES[(i * 7 + 2) % 12]},page,Shoe store,${at(1, 1 + Math.floor((i * 40) / 60), (i * 40) % 60)},${slogans[i % 4]}`);
    // Group B: ten profiles and six person-named Pages ("Web designer") with lines of their own on p2 and p4.
    for (let i = 0; i < 16; i++) {
      const page = i >= 10;
      for (const d of [2, 4]) for (let k = 0; k < 2; k++) rows.push(`b${i}_${d}_${k},p${d},b${i},${GIVEN[(i + 3) % 12]} ${SURNAMES[(i * 5 + 1) % 12]},${page ? 'page' : 'profile'},${page ? 'Web designer' : ''},${at(d, 7 + k, i * 2)},${lines[(i + k + d) % 4]}`);
    }
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const pagesOfB = (result: Awaited<ReturnType<typeof scan>>) => {
      const network = result.networks.find((n) => n.members.includes('b0'))!;
      const tell = network.assessment.evidence.find((t) => t.tell === 'pages')!;
      return [network.assessment.verdict, tell.pages, tell.members, tell.baseline];
    };
    const flagged = (result: Awaited<ReturnType<typeof scan>>, prefix: string) => result.accounts.filter((a) => a.id.startsWith(prefix) && a.verdict === 'inauthentic').map((a) => a.id).sort();
    // One pass: the loners are a sixth of the ungrouped commenters of known type, and B's 6 Pages in 16 (Wilson lower
    // bound 0.18) fall short of twice that.
    const once = await scan([f['c.csv']], { groupYardstickPasses: '1' });
    expect(pagesOfB(once)).toEqual(['coordinated-authentic', 6, 16, 0.1667]);
    expect(flagged(once, 'l')).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5']);
    expect(flagged(once, 'b')).toEqual([]);
    // The loners were attached to A in the first pass: the second judges B against the citizens alone.
    const result = await scan([f['c.csv']]);
    expect(pagesOfB(result)).toEqual(['inauthentic', 6, 16, 0]);
    // Its Pages on their own evidence; its profiles, which copy its lines within minutes of its Pages on both posts, on
    // those sittings.
    expect(flagged(result, 'b')).toEqual(['b0', 'b1', 'b10', 'b11', 'b12', 'b13', 'b14', 'b15', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9']);
    expect(result.accounts.find((a) => a.id === 'b0')!.evidence.find((e) => e.code === 'network-member')!.via).toBe('sessions');
    expect(flagged(result, 'o')).toEqual([]);
  });

  it("attaches a network's Pages by the template they share with its fake profiles, though the profiles are not in its core", async () => {
    // Six Pages with a person's name and a shop category and ten profiles, late at night on three posts within minutes
    // (one group), each writing the network's line once and its own words twice. A profile with one template is not
    // firmly tied (it needs two), so the core is the six Pages; the line's authors are then 6 of 16 in the core.
    const rows = [HEADER];
    citizens(rows);
    for (let i = 0; i < 16; i++) {
      const page = i < 6;
      const name = i < 12 ? `${GIVEN[i]} ${SURNAMES[(i * 5 + 3) % 12]}` : ['Vüsal Orucov', 'Ramin Sadıqov', 'Sevinc Əhmədova', 'Lalə Qasımova'][i - 12];
      for (let d = 1; d <= 3; d++) rows.push(`n${i}_${d},p${d},n${i},${name},${page ? 'page' : 'profile'},${page ? 'Cosmetics store' : ''},${at(d, 19, i)},${d === 1 ? TEMPLATES[0] : `mənim fikrim ${i} ${d} belədir`}`);
    }
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const result = await scan([f['c.csv']]);
    const network = result.networks.find((n) => n.members.includes('n0'))!;
    expect([network.size, network.assessment.verdict, network.assessment.basis]).toEqual([16, 'inauthentic', ['pages']]);
    const pages = result.accounts.filter((a) => /^n[0-5]$/.test(a.id));
    // Whether the line is the network's and whether a Page's partners are mostly the network's are asked of the
    // group, not the core: measured against the core, the line was "a common phrase" and no Page was attached.
    for (const a of pages) {
      const member = a.evidence.find((e) => e.code === 'network-member')!;
      expect([member.via, member.ties, member.strength, a.verdict]).toEqual(['page', 1, 0.65, 'inauthentic']);
    }
    // Only the core vouches: the profiles, one template each, carry nothing of the network's.
    const profiles = result.accounts.filter((a) => /^n([6-9]|1[0-5])$/.test(a.id));
    expect(profiles.map((a) => a.evidence.some((e) => e.code === 'network-member'))).toEqual(Array(10).fill(false));
    expect(result.accounts.filter((a) => a.id.startsWith('o') && a.verdict !== 'authentic')).toEqual([]);
  });

  it("tries shifts an hour either side of the profile's: a network keeping 10–19 with a lunch at 12 is measured in its own shift", async () => {
    // In 09–18 less 13:00 the network has 1 occasion of 31.
    const rows = lateShiftNetwork('w');
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const shiftOf = (result: Awaited<ReturnType<typeof scan>>) => result.networks.find((n) => n.members.includes('w0_0'))!.assessment.evidence.find((t) => t.tell === 'shift')!;
    const own = shiftOf(await scan([f['c.csv']]));
    expect([own.share, own.passed, own.windows, own.shiftEnd, own.lunchFrom === 13]).toEqual([1, true, 36, 19, false]);
    const profileOnly = shiftOf(await scan([f['c.csv']], { groupShiftSearch: '0' }));
    expect([profileOnly.share, profileOnly.passed, profileOnly.windows, profileOnly.shiftStart, profileOnly.shiftEnd, profileOnly.lunchFrom]).toEqual([0.0323, false, 1, 9, 18, 13]);
  });

  it("looks for a group's lunch break where the shift it was measured in breaks: colleagues' lunch-hour peak is no break an hour later", async () => {
    // Twenty colleagues comment together at 13:00 Baku on fifteen weekdays, and a few at 10:00 and 15:00; never at 12:00
    // or 14:00. Citizens comment in the evening, office workers around lunch. In a shift with its lunch at 12 their
    // 13:00 peak is "in the shift"; the hour after the peak, 14:00, is empty — tested there, apart from the shift, it
    // read as a lunch break and the group was judged inauthentic on its shift and lunch (independent-b month 1010); so
    // did 12:00, an hour as empty as the one before it.
    const rows = [HEADER];
    citizens(rows);
    const days = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19];
    const name = (i: number) => (i < 12 ? `${GIVEN[i]} ${SURNAMES[(i * 7 + 1) % 12]}` : `Kolleqa ${i}`);
    days.forEach((day, d) => {
      for (let i = 0; i < 20; i++) rows.push(`k${i}_${d},p${day},k${i},${name(i)},profile,,${at(day, 9, i)},nahar vaxtı ${i} ${d}`);
      if (d % 3 === 0) for (let i = 0; i < 4; i++) rows.push(`k${i}_${d}_m,p${day},k${i},${name(i)},profile,,${at(day, 6, 30 + i)},səhər ${i} ${d}`);
      if (d % 3 === 1) for (let i = 4; i < 8; i++) rows.push(`k${i}_${d}_a,p${day},k${i},${name(i)},profile,,${at(day, 11, 30 + i)},günorta ${i} ${d}`);
      for (let j = 0; j < 6; j++) rows.push(`w${j}_${d},p${day},w${j},Ofis ${j},profile,,${at(day, 8 + (j % 3), 45 - j)},iş yerindən ${j} ${d}`);
    });
    // They like each other's comments (what makes them one group).
    const reactions = [REACTIONS];
    for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) if (i !== j) reactions.push(`k${i}_${j % 15},k${j},${name(j)},profile,like`);
    const f = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': reactions.join('\n') });
    const result = await scan([f['c.csv']], {}, f['r.csv']);
    const network = result.networks.find((n) => n.members.includes('k0'))!;
    expect(network.size).toBe(20);
    const tell = (id: string) => network.assessment.evidence.find((t) => t.tell === id)!;
    // In the shift the group fits best (its lunch at 12, so its 13:00 peak is in it) it passes; the break is looked for
    // at 12, and an hour no busier than the one before it is no break (12:00 and 11:00 are both empty).
    expect([tell('shift').passed, tell('shift').lunchFrom, tell('lunch').lunchHour, tell('lunch').passed]).toEqual([true, 12, 12, false]);
    expect(network.assessment.verdict).not.toBe('inauthentic');
    expect(result.accounts.filter((a) => a.id.startsWith('k') && a.verdict === 'inauthentic')).toEqual([]);
  });

  it('sees a break of two hours, and a quiet hour beside the break: a break is quieter than the group\'s ordinary hour', async () => {
    // Seven teams of four, one group by the round's template, on fifteen weekdays at 9, 10, 11 and 14–17 Baku: never at
    // 12 or 13. Quieter than both neighbours (the first form of the rule) missed it: 12:00 is no quieter than 13:00.
    const rows = [HEADER];
    citizens(rows);
    const days = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19];
    const hours = [9, 10, 11, 14, 15, 16, 17];
    let r = 0;
    for (const day of days) {
      for (const hourBaku of hours) {
        const team = r % 7;
        for (let j = 0; j < 4; j++) rows.push(`q${team}_${j}_${r},p${day},q${team}_${j},${GIVEN[(team + j) % 12]} ${SURNAMES[(5 * team + j) % 12]} ${team},,,${at(day, hourBaku - 4, 10 + j)},${TEMPLATES[r % 4]}`);
        r++;
      }
    }
    // Office workers on the same posts at lunch: the page's others comment more then, not less.
    days.forEach((day, d) => {
      for (let j = 0; j < 6; j++) rows.push(`w${j}_${d},p${day},w${j},Ofis ${j},profile,,${at(day, 8 + (j % 3), 45 - j)},iş yerindən ${j} ${d}`);
    });
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    for (const options of [{}, { lunch: '12-14' }, { groupShiftSearch: '0' }]) {
      const result = await scan([f['c.csv']], options);
      const network = result.networks.find((n) => n.members.includes('q0_0'))!;
      expect([network.assessment.verdict, network.assessment.basis.includes('lunch')]).toEqual(['inauthentic', true]);
    }
    // A profile whose lunch lies outside its shift is tried as set (it once had no shift to try, and crashed).
    const odd = await scan([f['c.csv']], { workHours: '09-13', groupShiftSearch: '0' });
    expect(odd.networks.find((n) => n.members.includes('q0_0'))!.assessment.evidence.find((t) => t.tell === 'shift')!.windows).toBe(1);
  });

  it("reads a network's members' hours in the shift its group was judged in, less the profile's lunch", async () => {
    // The network above, its first two teams Pages posing as people: judged on its Pages and its shift. Its profiles are read
    // in the group's shift less 13:00 (the profile's lunch): their 18:00 comments fit the network's clock. In the profile's
    // 09–18 less 13:00 none would be in it.
    const rows = lateShiftNetwork('v', 2);
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const result = await scan([f['c.csv']]);
    const network = result.networks.find((n) => n.members.includes('v0_0'))!;
    const shift = network.assessment.evidence.find((t) => t.tell === 'shift')!;
    expect([network.assessment.verdict, network.assessment.basis, shift.shiftEnd]).toEqual(['inauthentic', ['pages', 'shift'], 19]);
    const member = result.accounts.find((a) => a.id === 'v5_0')!.evidence.find((e) => e.code === 'network-member')!;
    expect(member.clockFit as number).toBeGreaterThanOrEqual(20);
  });

  it("multiplies the shift tell's p by the shifts it tried", async () => {
    // Seven teams of four, one group by the round's template, at 10:00 and 15:00 Baku on fifteen weekdays; forty citizens,
    // half of them in the daytime.
    const rows = [HEADER];
    const days = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19];
    for (let i = 0; i < 40; i++) for (const [d, day] of days.entries()) if ((i + d) % 3 === 0) rows.push(`o${i}_${d},p${day},o${i},Citizen ${i},profile,,${at(day, i % 2 ? 6 + (i % 7) : 15 + (i % 4), i)},fikrim ${i} ${d}`);
    let r = 0;
    for (const day of days) {
      for (const hourBaku of [10, 15]) {
        const team = r % 7;
        for (let j = 0; j < 4; j++) rows.push(`b${team}_${j}_${r},p${day},b${team}_${j},Ad ${team} ${j},profile,,${at(day, hourBaku - 4, 10 + j)},${TEMPLATES[r % 4]}`);
        r++;
      }
    }
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const shiftOf = (result: Awaited<ReturnType<typeof scan>>, id: string) => result.networks.find((n) => n.members.includes(id))!.assessment.evidence.find((t) => t.tell === 'shift')!;
    const result = await scan([f['c.csv']]);
    const searched = shiftOf(result, 'b0_0');
    const lunch = searched.lunchFrom === -1 ? 'none' : `${searched.lunchFrom}-${searched.lunchTo}`;
    // The same shift set as the profile's and nothing else tried: the p before the correction.
    const alone = shiftOf(await scan([f['c.csv']], { groupShiftSearch: '0', workHours: `${String(searched.shiftStart).padStart(2, '0')}-${searched.shiftEnd}`, lunch }), 'b0_0');
    expect([searched.windows, alone.windows, alone.share]).toEqual([36, 1, searched.share]);
    expect((searched.p as number) / (alone.p as number)).toBeCloseTo(36, 0);
  });

  it("lets a profile that copies a network's lines carry its verdict when it posts in the network's sittings, not one that echoes them hours later", async () => {
    const f = tempFiles({ 'c.csv': sittingsAndEchoes().join('\n') });
    const result = await scan([f['c.csv']]);
    const member = (id: string) => result.accounts.find((a) => a.id === id)!;
    const via = (id: string) => member(id).evidence.find((e) => e.code === 'network-member')?.via;
    expect(result.networks.find((n) => n.members.includes('pg0'))!.assessment.basis).toEqual(['pages']);
    for (let j = 0; j < 4; j++) {
      expect([via(`op${j}`), member(`op${j}`).verdict]).toEqual(['sessions', 'inauthentic']);
      expect([via(`echo${j}`), member(`echo${j}`).verdict]).toEqual(['templates', 'suspicious']);
    }
    const sittings = member('op0').evidence.find((e) => e.code === 'network-member')!;
    expect([sittings.sessionHits, sittings.sessionMinutes]).toEqual([6, 1]);
    // One that passed vouches for nobody: a fast profile beside the Pages and beside every echo passes, the echoes not.
    const fast = await scan([tempFiles({ 'c.csv': sittingsAndEchoes(true).join('\n') })['c.csv']]);
    const fastMember = (id: string) => fast.accounts.find((a) => a.id === id)!;
    expect(fastMember('fast').evidence.find((e) => e.code === 'network-member')?.via).toBe('sessions');
    for (let j = 0; j < 4; j++) expect([fastMember(`echo${j}`).evidence.find((e) => e.code === 'network-member')?.via, fastMember(`echo${j}`).verdict]).toEqual(['templates', 'suspicious']);
    // Switched off, the same profile is one more echo.
    const off = await scan([f['c.csv']], { sessionMaxMinutes: '0' });
    expect(off.accounts.find((a) => a.id === 'op0')!.verdict).toBe('suspicious');
  });

  it("gives a member full strength, and one template a second tie, when its likes come from and go to its network beyond the page's (--min-engagement-fit, --min-engagement-tie), not one the network merely likes", async () => {
    const { rows, reactions } = likesAndEchoes();
    const f = tempFiles({ 'c.csv': rows.join('\n'), 'r.csv': reactions.join('\n') });
    const membership = (result: Awaited<ReturnType<typeof scan>>, id: string) => result.accounts.find((a) => a.id === id)!.evidence.find((e) => e.code === 'network-member')!;
    // The toy network is small: its operators' three likes each way fit it about ten times better than the page's.
    const loose = await scan([f['c.csv']], { minEngagementFit: '5', minEngagementTie: '5' }, f['r.csv']);
    expect(loose.networks.find((n) => n.members.includes('pg0'))!.assessment.basis).toEqual(['pages']);
    for (let j = 0; j < 4; j++) {
      // Two of the network's lines among six comments, three likes from the network and three to it, no Page both ways
      // (no mutual tie), three hours after the Pages (no sittings).
      const op = membership(loose, `op${j}`);
      expect([op.via, op.strength, op.mutual, op.likesReceived, op.likesFromNetwork, op.likesGiven, op.likesToNetwork]).toEqual(['engagement', 0.65, 0, 3, 3, 3, 3]);
      expect(Number(op.engagementFit)).toBeGreaterThanOrEqual(5);
      expect(membership(loose, `echo${j}`).via).toBe('templates');
    }
    // Liked by the network twelve times, liking only citizens: what it received is not its own act.
    const camo = membership(loose, 'camo');
    expect([camo.via, camo.strength, camo.likesFromNetwork, camo.likesToNetwork]).toEqual(['templates', 0.6, 12, 0]);
    expect(loose.accounts.find((a) => a.id === 'camo')!.verdict).toBe('suspicious');
    // One template and likes that fit stand for two ties (--min-engagement-tie), as hours do.
    expect([membership(loose, 'lone').ties, membership(loose, 'lone').via, membership(loose, 'lone').likesTie]).toEqual([1, 'engagement', 1]);
    // At the defaults three likes each way (a factor of about 10) are a tie (Jeffreys' strong, 10) but no full strength
    // (Kass and Raftery's strong, 20).
    const defaults = await scan([f['c.csv']], {}, f['r.csv']);
    expect([membership(defaults, 'op0').via, membership(defaults, 'op0').strength]).toEqual(['templates', 0.6]);
    expect([membership(defaults, 'lone').ties, membership(defaults, 'lone').via, membership(defaults, 'lone').strength]).toEqual([1, 'templates', 0.6]);
    expect(Number(membership(defaults, 'lone').engagementFit)).toBeGreaterThanOrEqual(10);
    // Likes traded with one Page are one tie, not two: the friend is not attached, nor flagged, on them.
    expect(defaults.accounts.find((a) => a.id === 'friend')!.evidence.some((e) => e.code === 'network-member')).toBe(false);
    expect(defaults.accounts.find((a) => a.id === 'friend')!.verdict).not.toBe('inauthentic');
    expect(loose.accounts.find((a) => a.id === 'friend')!.evidence.some((e) => e.code === 'network-member')).toBe(false);
    // Asked for more, one template is one tie: not attached.
    const strict = await scan([f['c.csv']], { minEngagementTie: '20' }, f['r.csv']);
    expect(strict.accounts.find((a) => a.id === 'lone')!.evidence.some((e) => e.code === 'network-member')).toBe(false);
  });
});

