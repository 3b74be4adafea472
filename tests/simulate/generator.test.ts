import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDayHour, inShift } from '../../src/simulate/clocks.js';
import { generate, type Dataset, type Kind } from '../../src/simulate/generator.js';
import { drawKnobs, FAMILIES, inRange, KNOB_NAMES, knobRange, type Family } from '../../src/simulate/knobs.js';
import { SCENARIOS } from '../../src/simulate/scenarios.js';
import { commentsCsv, reactionsCsv, truthCsv, writeDataset } from '../../src/simulate/write.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const cache = new Map<string, Dataset>();
const data = (family: Family, seed: number): Dataset => {
  const key = `${family}/${seed}`;
  if (!cache.has(key)) cache.set(key, generate({ ...SCENARIOS[family]!, seed }));
  return cache.get(key)!;
};
// Generating a month takes about a second on an idle machine; all draws the tests read are made once, up front.
beforeAll(() => {
  for (const family of FAMILIES) data(family, 1);
  data('month', 2);
}, 120_000);
const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];
const ORGANIC_KINDS: Kind[] = ['citizen', 'office', 'diaspora', 'seller', 'public-figure', 'media', 'business', 'activist', 'student', 'colleague'];

describe('knobs', () => {
  it('every knob of 200 draws per family lies inside its range, and fixed knobs stay as fixed', () => {
    for (const family of FAMILIES) {
      const outside: string[] = [];
      for (let seed = 0; seed < 200; seed++) {
        const k = drawKnobs(family, seed);
        for (const knob of KNOB_NAMES) if (!inRange(family, knob, k[knob])) outside.push(`${family} seed ${seed} ${knob}=${k[knob]}`);
      }
      expect(outside).toEqual([]);
      expect(drawKnobs(family, 3, { templateShare: 0.5 }).templateShare).toBe(0.5);
    }
  }, 30_000);

  it('reaches both ends of the ranges issue #9 names (draws spread over the range, not clustered)', () => {
    const seen = (family: Family, knob: (typeof KNOB_NAMES)[number]) => Array.from({ length: 200 }, (_, s) => drawKnobs(family, s)[knob]);
    const spans: [Family, (typeof KNOB_NAMES)[number], number, number][] = [
      ['month', 'commentsPerAccount', 2.5, 35], ['month', 'inShiftShare', 0.55, 0.92], ['month', 'insideReactionShare', 0.55, 0.9],
      ['month', 'personCategoryShare', 0.05, 0.35], ['month', 'fakeProfileShare', 0.1, 0.6], ['month', 'templateShare', 0.3, 0.9],
    ];
    for (const [family, knob, low, high] of spans) {
      const values = seen(family, knob);
      expect(Math.min(...values), knob).toBeLessThan(low);
      expect(Math.max(...values), knob).toBeGreaterThan(high);
    }
    const lunches = new Set(seen('month', 'lunchHour'));
    expect([...lunches].sort()).toEqual([0, 12, 13, 14]);
    expect(new Set(seen('month', 'shiftStart'))).toEqual(new Set([8, 9, 10]));
    expect(new Set(seen('month', 'shiftEnd'))).toEqual(new Set([17, 18, 19]));
  });

  it('one seed gives unrelated draws in different families', () => {
    expect(drawKnobs('month', 7).templateShare).not.toBe(drawKnobs('organic-hours', 7).templateShare);
  });
});

describe('generated datasets', () => {
  it('are deterministic per seed and differ between seeds', () => {
    const a = data('month', 1);
    const b = generate({ ...SCENARIOS.month!, seed: 1 });
    expect(commentsCsv(a)).toBe(commentsCsv(b));
    expect(reactionsCsv(a)).toBe(reactionsCsv(b));
    expect(truthCsv(a)).toBe(truthCsv(b));
    expect(commentsCsv(data('month', 2))).not.toBe(commentsCsv(a));
  }, 60_000);

  it.each([...FAMILIES])('%s: the truth labels every account of the CSV, consistently with its kind and its Page flag', (family) => {
    const d = data(family, 1);
    const comments = rows(commentsCsv(d));
    const truth = new Map(rows(truthCsv(d)).map((r) => [r.account_id!, r]));
    const authors = new Set(comments.map((c) => c.author_id!));
    for (const id of authors) expect(truth.has(id), id).toBe(true);
    const reactors = d.withReactions ? new Set(rows(reactionsCsv(d)).map((r) => r.reactor_id!)) : new Set<string>();
    // Every truth row is an account the export shows: a commenter or a reactor.
    for (const id of truth.keys()) expect(authors.has(id) || reactors.has(id), id).toBe(true);
    for (const r of truth.values()) {
      expect(r.label).toBe(r.kind!.startsWith('brigade-') ? 'inauthentic' : 'authentic');
      expect(r.role).toBe(r.kind);
    }
    if (d.authorType) {
      for (const c of comments) {
        const kind = truth.get(c.author_id!)!.kind!;
        const page = ['brigade-page', 'seller', 'public-figure', 'media', 'business'].includes(kind);
        expect(c.author_type, `${kind} ${c.author_id}`).toBe(page ? 'page' : 'profile');
      }
    } else {
      expect(Object.keys(comments[0]!)).not.toContain('author_type');
      expect(Object.keys(comments[0]!)).not.toContain('author_category');
    }
  }, 30_000);

  it.each([...FAMILIES])('%s: every organic kind is present; brigade only outside control', (family) => {
    const kinds = new Set(data(family, 1).accounts.map((a) => a.kind));
    for (const kind of ORGANIC_KINDS) expect(kinds.has(kind), kind).toBe(true);
    if (family === 'control') expect([...kinds].filter((k) => k.startsWith('brigade'))).toEqual([]);
    else expect(kinds.has('brigade-page') || kinds.has('brigade-profile')).toBe(true);
  });

  it('a flood has one post; a month has 40; month-bare has no flag and no reactions file', () => {
    expect(new Set(data('flood', 1).comments.map((c) => c.postId)).size).toBe(1);
    expect(new Set(data('month', 1).comments.map((c) => c.postId)).size).toBe(40);
    expect(data('month-bare', 1).authorType).toBe(false);
    expect(data('month-bare', 1).withReactions).toBe(false);
  });

  it("the brigade's realised in-shift share and inside reaction share follow the knobs drawn", () => {
    for (const family of ['month', 'fake-profiles'] as const) {
      const d = data(family, 1);
      const k = d.knobs;
      const brigade = d.comments.filter((c) => c.author.kind.startsWith('brigade'));
      const inside = brigade.filter((c) => {
        const { day, hour } = localDayHour(c.createdMs, 4);
        return inShift({ start: k.shiftStart, end: k.shiftEnd, lunch: k.lunchHour }, day, hour);
      }).length;
      expect(Math.abs(inside / brigade.length - k.inShiftShare), family).toBeLessThan(0.05);
      const byId = new Map(d.comments.map((c) => [c.commentId, c]));
      let own = 0, all = 0;
      for (const r of d.reactions) {
        const c = byId.get(r.commentId)!;
        if (!c.author.kind.startsWith('brigade') || c.parentId) continue;
        all++;
        if (r.reactor.group === c.author.group) own++;
      }
      if (all > 200) expect(Math.abs(own / all - k.insideReactionShare), family).toBeLessThan(0.06);
    }
  });

  it('the brigade takes categories from the wide shop list and person categories at the drawn share; sellers use the same list', () => {
    const d = data('month', 2);
    const pages = d.accounts.filter((a) => a.kind === 'brigade-page' && a.category);
    const sellers = d.accounts.filter((a) => a.kind === 'seller' && a.category);
    expect(pages.length).toBeGreaterThan(0);
    expect(sellers.length).toBeGreaterThan(0);
    // Sellers comment under a person's name, as the brigade does: two words, no shop word.
    for (const s of sellers) expect(s.name.split(' ').length).toBe(2);
    expect(knobRange('month', 'personCategoryShare')).toEqual([0, 0.4]);
  });

  it('students post in the weekday daytime and colleagues together at lunch (the look-alikes are really there)', () => {
    const d = data('month', 1);
    const daytime = (kind: Kind) => {
      const cs = d.comments.filter((c) => c.author.kind === kind);
      return cs.filter((c) => {
        const { day, hour } = localDayHour(c.createdMs, 4);
        return day >= 1 && day <= 5 && hour >= 9 && hour < 18;
      }).length / cs.length;
    };
    expect(daytime('student')).toBeGreaterThan(0.5);
    const lunch = d.comments.filter((c) => c.author.kind === 'colleague' && [12, 13].includes(localDayHour(c.createdMs, 4).hour));
    expect(lunch.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the supporters family', () => {
  it("has the government's sincere supporters, who like the brigade's comments and are liked by it; no other family has them", () => {
    const d = data('supporters', 1);
    const supporters = new Set(d.accounts.filter((a) => a.kind === 'supporter'));
    expect(supporters.size).toBe(d.knobs.supporters);
    expect(supporters.size).toBeGreaterThanOrEqual(10);
    const author = new Map(d.comments.map((c) => [c.commentId, c.author]));
    const brigade = (kind: Kind | undefined) => kind === 'brigade-page' || kind === 'brigade-profile';
    const given = d.reactions.filter((x) => supporters.has(x.reactor));
    const received = d.reactions.filter((x) => supporters.has(author.get(x.commentId)!));
    // Most of what they give goes to the brigade, and the brigade gives them likes.
    expect(given.filter((x) => brigade(author.get(x.commentId)?.kind)).length / given.length).toBeGreaterThan(0.5);
    expect(received.filter((x) => brigade(x.reactor.kind)).length).toBeGreaterThan(0);
    for (const family of FAMILIES.filter((f) => f !== 'supporters')) expect(data(family, 1).accounts.some((a) => a.kind === 'supporter'), family).toBe(false);
  });
});

describe('a folder written twice', () => {
  it('holds the second draw only: a reactions.csv of an earlier draw goes when the new draw has none, so a scan of the folder reads no stale reactions', async () => {
    // Small draws: what matters is which files the folder holds and what a scan of it reads.
    const small = { posts: 4, organicAccounts: 60, brigadeAccounts: 30, targetedPosts: 2 };
    const withReactions = generate({ ...SCENARIOS.month!, fixed: { ...small, reactions: 1 } });
    const without = generate({ ...SCENARIOS.month!, seed: 7, fixed: { ...small, reactions: 0 } });
    const dir = tempFiles({}).dir;
    expect((await writeDataset(withReactions, dir)).removed).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['comments.csv', 'knobs.json', 'reactions.csv', 'truth.csv']);
    // Comment ids repeat between draws: the earlier draw's reactions would attach to the new draw's comments.
    expect(withReactions.comments.some((c) => c.commentId === without.comments[0]!.commentId)).toBe(true);
    expect(await writeDataset(without, dir)).toEqual({ written: ['comments.csv', 'truth.csv', 'knobs.json'].map((f) => join(dir, f)), removed: [join(dir, 'reactions.csv')] });
    expect(readdirSync(dir).sort()).toEqual(['comments.csv', 'knobs.json', 'truth.csv']);
    const result = await scan([dir]);
    expect(result.meta.inputs.map((i) => i.role)).toEqual(['comments']);
    expect(result.meta.signals.find((s) => s.id === 'closed-engagement')).toMatchObject({ available: false, unavailableReason: 'no-reactions' });
    // A folder of that name is the user's, not a draw's: left alone.
    mkdirSync(join(dir, 'reactions.csv'));
    expect((await writeDataset(without, dir)).removed).toEqual([]);
  }, 60_000);
});
