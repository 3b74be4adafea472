import { inShift, timeAfter, type Clock } from './clocks.js';
import { drawKnobs, familySalt, type Knobs } from './knobs.js';
import { Random } from '../util/random.js';
import type { Scenario } from './scenarios.js';
import * as V from './vocabulary.js';
import { appendAll } from '../util/arrays.js';

/** What an account truly is; truth.csv's `kind` column. Only the two brigade kinds are inauthentic. */
export type Kind =
  | 'brigade-page' | 'brigade-profile'
  | 'citizen' | 'office' | 'diaspora' | 'superfan' | 'supporter'
  | 'seller' | 'public-figure' | 'media' | 'business'
  | 'activist' | 'student' | 'colleague';
/** Kept for readers of the first truth format (role = kind). */
export type Role = Kind;

export interface SimAccount {
  id: string;
  name: string;
  type: 'page' | 'profile';
  category: string;
  kind: Kind;
  /** Same as kind. */
  role: Kind;
  /** The operator network (n1, n2, …), activist community (c1, …) or colleague group the account belongs to; '' if none. */
  group: string;
  /** Hours from UTC of the account's own clock. */
  utcOffset: number;
}

export interface SimComment {
  commentId: string;
  postId: string;
  parentId: string;
  author: SimAccount;
  createdMs: number;
  text: string;
  likeCount: number;
  replyCount: number;
}

export interface SimReaction {
  commentId: string;
  reactor: SimAccount;
  type: string;
}

export interface Dataset {
  scenario: Scenario;
  /** The knob values this draw took. */
  knobs: Knobs;
  /** Whether the export carries author_type/author_category, and whether a reactions file is written. */
  authorType: boolean;
  withReactions: boolean;
  accounts: SimAccount[];
  /** In export order: posts by time, each post's top-level comments by relevance, replies after their parent. */
  comments: SimComment[];
  reactions: SimReaction[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BAKU = 4; // UTC+4, no DST since 2016.
const INAUTHENTIC: Kind[] = ['brigade-page', 'brigade-profile'];
export const isInauthenticRole = (kind: Kind) => INAUTHENTIC.includes(kind);

interface Post { id: string; ms: number; targeted: boolean }
interface Network { id: string; members: SimAccount[]; lines: string[]; posts: number[]; categories: string[]; pool: { given: string[]; surnames: string[] } }
interface Community { id: string; members: SimAccount[]; campaign: (typeof V.CAMPAIGNS)[number]; students: boolean; insideLikes: number }

export function generate(scenario: Scenario): Dataset {
  const family = scenario.name;
  const k = drawKnobs(family, scenario.seed, scenario.fixed);
  // The content stream is separate from the knob streams: the same knobs with another seed give another dataset.
  const rng = new Random((Math.imul(scenario.seed, 2_654_435_761) ^ familySalt(family) ^ 0x9e3779b9) >>> 0);
  const r = () => rng.next();
  const between = (lo: number, hi: number) => lo + rng.int(hi - lo + 1);
  const flood = k.posts === 1;
  const clockOf = new Map<SimAccount, Clock>();
  const accounts: SimAccount[] = [];
  const add = (a: Omit<SimAccount, 'id' | 'role'>, clock: Clock) => {
    const full: SimAccount = { id: '', role: a.kind, ...a };
    accounts.push(full);
    clockOf.set(full, clock);
    return full;
  };

  const latin = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ə/g, 'a').replace(/Ə/g, 'A').replace(/ı/g, 'i').replace(/ş/g, 'sh').replace(/ç/g, 'ch');
  /** A citizen's name: Azerbaijani (Zipf over surnames, Məmmədov first), Latin transliteration or Russian spelling. */
  const personName = (): string => {
    const script = r();
    const female = rng.chance(0.45);
    if (script < 0.15) {
      const surname = V.RU_SURNAMES[rng.zipf(V.RU_SURNAMES.length)]!;
      return `${rng.pick(female ? V.RU_FEMALE : V.RU_MALE)} ${female ? `${surname}а` : surname}`;
    }
    const given = rng.pick(female ? V.AZ_FEMALE : V.AZ_MALE);
    if (script < 0.3) return `${latin(given)} ${V.LATIN_SURNAMES[rng.zipf(V.LATIN_SURNAMES.length)]}${female ? 'a' : ''}`;
    if (rng.chance(0.08)) return `${given} ${rng.pick(V.AZ_SURNAMES_LI)}`;
    return `${given} ${V.AZ_SURNAMES[rng.zipf(V.AZ_SURNAMES.length, 0.9)]!}${female ? 'a' : ''}`;
  };
  const poolName = (pool: Network['pool']): string => {
    const given = rng.pick(pool.given);
    const name = `${given} ${rng.pick(pool.surnames)}${V.AZ_FEMALE.includes(given) ? 'a' : ''}`;
    return rng.chance(0.15) ? latin(name) : name;
  };

  // Posts of the news Page: a one-post flood on a weekday morning, or 40 posts over 30 days.
  const startMs = Date.UTC(2021, 2, 1) + 7 * rng.int(150) * DAY; // a Monday
  const posts: Post[] = [];
  for (let i = 0; i < k.posts; i++) {
    const day = flood ? rng.int(4) : Math.floor((i * 30) / k.posts);
    const localHour = flood ? between(9, 12) : between(8, 22);
    posts.push({ id: `1728000000000_${7000000000 + i}`, ms: startMs + day * DAY + (localHour - BAKU) * HOUR + rng.int(60) * 60_000, targeted: false });
  }
  rng.shuffle([...posts.keys()]).slice(0, k.targetedPosts).forEach((i) => (posts[i]!.targeted = true));
  const weightedPosts = posts.flatMap((p, i) => (p.targeted ? [i, i] : [i]));

  // The organic side.
  const ordinary: SimAccount[] = [];
  for (let i = 0; i < k.organicAccounts; i++) {
    const u = r();
    if (u < k.officeShare) ordinary.push(add({ name: personName(), type: 'profile', category: '', kind: 'office', group: '', utcOffset: BAKU }, { kind: 'office', lunch: between(12, 14) }));
    else if (u < k.officeShare + k.diasporaShare) ordinary.push(add({ name: personName(), type: 'profile', category: '', kind: 'diaspora', group: '', utcOffset: rng.pick([1, 2, 3, 3, -5, -8]) }, { kind: 'citizen' }));
    else ordinary.push(add({ name: personName(), type: 'profile', category: '', kind: 'citizen', group: '', utcOffset: BAKU }, { kind: 'citizen' }));
  }
  // Very common names: the same display name behind several distinct people.
  const citizens = ordinary.filter((a) => a.kind === 'citizen');
  for (let c = 0; c < k.commonNameClusters && citizens.length > 10; c++) {
    const female = rng.chance(0.4);
    const base = `${rng.pick(female ? V.AZ_FEMALE.slice(0, 8) : V.AZ_MALE.slice(0, 8))} ${rng.pick(['Məmmədov', 'Əliyev', 'Həsənov', 'Hüseynov'])}${female ? 'a' : ''}`;
    const given = base.split(' ')[0]!;
    const russian = { Məmmədov: 'Мамедов', Əliyev: 'Алиев', Həsənov: 'Гасанов', Hüseynov: 'Гусейнов' }[base.split(' ')[1]!.replace(/a$/, '')]!;
    // The same name as three spellings: Azerbaijani, Latin transliteration, Russian (the given name kept as it is).
    const spellings = [base, latin(base), `${given} ${russian}${female ? 'а' : ''}`];
    for (let j = between(2, 5); j > 0; j--) rng.pick(citizens).name = rng.pick(spellings);
  }
  for (let i = 0; i < k.superfans; i++) ordinary.push(add({ name: personName(), type: 'profile', category: '', kind: 'superfan', group: '', utcOffset: BAKU }, { kind: 'superfan' }));
  const supporters: SimAccount[] = [];
  for (let i = 0; i < k.supporters; i++) supporters.push(add({ name: personName(), type: 'profile', category: '', kind: 'supporter', group: '', utcOffset: BAKU }, { kind: 'citizen' }));
  appendAll(ordinary, supporters);
  const pages: SimAccount[] = [];
  for (let i = 0; i < k.sellers; i++) {
    // A seller's Page under the owner's own name, with a shop category (a fifth left blank by the export).
    const category = rng.chance(0.2) ? '' : rng.pick(V.SHOP_CATEGORIES);
    pages.push(add({ name: personName(), type: 'page', category, kind: 'seller', group: '', utcOffset: BAKU }, { kind: 'business' }));
  }
  for (let i = 0; i < k.publicFigures; i++) {
    const category = rng.chance(0.25) ? '' : rng.pick(V.PERSON_CATEGORIES);
    pages.push(add({ name: personName(), type: 'page', category, kind: 'public-figure', group: '', utcOffset: BAKU }, { kind: 'public-figure' }));
  }
  for (let i = 0; i < k.mediaPages; i++) {
    const [name, category] = V.MEDIA_PAGES[i % V.MEDIA_PAGES.length]!;
    pages.push(add({ name, type: 'page', category, kind: 'media', group: '', utcOffset: BAKU }, { kind: 'business' }));
  }
  for (let i = 0; i < k.businesses; i++) {
    const [name, category] = V.BUSINESS_PAGES[i % V.BUSINESS_PAGES.length]!;
    pages.push(add({ name, type: 'page', category, kind: 'business', group: '', utcOffset: BAKU }, { kind: 'business' }));
  }
  const communities: Community[] = [];
  const campaigns = rng.shuffle([...V.CAMPAIGNS]);
  for (let c = 0; c < k.activistCommunities; c++) {
    // The first community is students: they post in the daytime on weekdays.
    const students = c === 0;
    const community: Community = { id: `c${c + 1}`, members: [], campaign: campaigns[c % campaigns.length]!, students, insideLikes: 3 + r() * 5 };
    for (let i = between(20, 80); i > 0; i--) {
      community.members.push(add(
        { name: personName(), type: 'profile', category: '', kind: students ? 'student' : 'activist', group: community.id, utcOffset: BAKU },
        students ? { kind: 'student' } : { kind: 'citizen' },
      ));
    }
    communities.push(community);
  }
  const colleagueLunch = between(12, 13);
  const colleagues: SimAccount[] = [];
  for (let i = 0; i < k.colleagues; i++) {
    colleagues.push(add({ name: personName(), type: 'profile', category: '', kind: 'colleague', group: 'colleagues', utcOffset: BAKU }, { kind: 'office', lunch: colleagueLunch }));
  }
  const organicAll = [...accounts];

  // The operation: networks, each with its own name pool, templates, categories and targets.
  const shift = { start: k.shiftStart, end: k.shiftEnd, lunch: k.lunchHour };
  const networks: Network[] = [];
  const targeted = posts.flatMap((p, i) => (p.targeted ? [i] : []));
  const count = k.brigadeAccounts > 0 ? Math.max(1, Math.round(k.brigadeAccounts / k.networkSize)) : 0;
  for (let n = 0; n < count; n++) {
    const network: Network = {
      id: `n${n + 1}`, members: [],
      lines: rng.shuffle([...V.TEMPLATE_LINES]).slice(0, k.templatesPerNetwork),
      posts: flood ? targeted : rng.shuffle([...targeted]).slice(0, Math.max(1, Math.ceil(targeted.length * (0.5 + r() * 0.5)))),
      categories: rng.shuffle([...V.SHOP_CATEGORIES]).slice(0, between(8, 25)),
      pool: {
        given: rng.shuffle([...V.AZ_MALE, ...V.AZ_FEMALE]).slice(0, k.namePoolGiven),
        surnames: rng.shuffle([...V.AZ_SURNAMES]).slice(0, k.namePoolSurnames),
      },
    };
    networks.push(network);
  }
  const brigade: SimAccount[] = [];
  for (let i = 0; i < k.brigadeAccounts; i++) {
    const network = networks[i % networks.length]!;
    const page = !rng.chance(k.fakeProfileShare);
    const u = r();
    const category = !page ? '' : u < k.personCategoryShare ? rng.pick(V.PERSON_CATEGORIES) : u < k.personCategoryShare + k.blankCategoryShare ? '' : rng.pick(network.categories);
    const account = add(
      { name: poolName(network.pool), type: page ? 'page' : 'profile', category, kind: page ? 'brigade-page' : 'brigade-profile', group: network.id, utcOffset: BAKU },
      { kind: 'citizen' },
    );
    network.members.push(account);
    brigade.push(account);
  }
  const networkOf = new Map(networks.flatMap((n) => n.members.map((m) => [m, n] as const)));

  // Ids are given in a shuffled order, so that nothing about an account can be read from its id.
  let nextId = 0;
  for (const a of rng.shuffle([...accounts])) a.id = `${a.type === 'page' ? '20' : '10'}${String(1_000_000_000_000 + nextId++).padStart(15, '0')}`;

  const horizon = posts.reduce((m, p) => Math.max(m, p.ms), 0) + 8 * DAY;
  interface Draft { comment: SimComment; post: number; replies: SimComment[]; relevance: number }
  const drafts: Draft[] = [];
  const draft = (author: SimAccount, post: number, ms: number | null, text: string, parent?: Draft) => {
    if (ms === null) return undefined;
    const comment: SimComment = { commentId: '', postId: posts[post]!.id, parentId: '', author, createdMs: Math.min(ms, horizon), text, likeCount: 0, replyCount: 0 };
    if (parent) parent.replies.push(comment);
    else drafts.push({ comment, post, replies: [], relevance: 0 });
    return comment;
  };
  const at = (account: SimAccount, afterMs: number, delay: number) => timeAfter(r, clockOf.get(account)!, account.utcOffset, afterMs, delay);

  // Organic comments.
  const countOf = (a: SimAccount): number => {
    switch (a.kind) {
      case 'superfan': return flood ? between(3, 10) : between(30, 70);
      case 'seller': case 'media': case 'business': return flood ? between(1, 2) : between(1, 8);
      case 'public-figure': return flood ? between(1, 2) : between(2, 8);
      default: return flood ? 1 + (rng.chance(0.3) ? 1 : 0) : 1 + rng.poisson(1.6);
    }
  };
  const textOf = (a: SimAccount) => {
    if (a.kind === 'supporter') return networks.length > 0 && rng.chance(k.supporterEcho) ? V.templateText(r, rng.pick(networks).lines) : V.loyalFreeText(r);
    return (a.kind === 'business' || a.kind === 'seller') && rng.chance(0.3) ? `${V.organicText(r)} Bizi izləyin!` : V.organicText(r);
  };
  for (const a of [...ordinary, ...pages]) {
    for (let i = countOf(a); i > 0; i--) {
      const post = rng.pick(weightedPosts);
      draft(a, post, at(a, posts[post]!.ms, 5), textOf(a));
    }
  }
  // Activist campaigns: a call to post, then the members' slogans within the hour; students rally in the daytime.
  for (const c of communities) {
    const rallies = flood ? [0] : rng.shuffle([...posts.keys()]).slice(0, between(3, 7));
    for (const post of rallies) {
      const rally = timeAfter(r, c.students ? { kind: 'student' } : { kind: 'citizen' }, BAKU, posts[post]!.ms, 6, 72,
        c.students ? (day, hour) => day >= 1 && day <= 5 && hour >= 10 && hour < 17 : (_day, hour) => hour >= 19 && hour < 23);
      if (rally === null) continue;
      const join = 0.6 + r() * 0.3;
      for (const m of c.members) {
        if (!rng.chance(join)) continue;
        for (let i = between(1, 2); i > 0; i--) draft(m, post, rally + rng.exponential(25 * 60_000), V.campaignText(r, c.campaign));
      }
    }
    for (const m of c.members) {
      for (let i = flood ? 0 : between(1, 3); i > 0; i--) {
        const post = rng.pick(weightedPosts);
        draft(m, post, at(m, posts[post]!.ms, 5), V.organicText(r));
      }
    }
  }
  // Colleagues: together at lunch on weekdays, within minutes of each other.
  if (colleagues.length) {
    const lunchPosts = flood ? [0] : rng.shuffle([...posts.keys()]).slice(0, between(3, 6));
    for (const post of lunchPosts) {
      const slot = timeAfter(r, { kind: 'office', lunch: colleagueLunch }, BAKU, posts[post]!.ms, 12, 120, (day, hour) => day >= 1 && day <= 5 && hour === colleagueLunch);
      if (slot === null) continue;
      for (const m of colleagues) if (rng.chance(0.75)) draft(m, post, slot + rng.int(15 * 60_000), V.organicText(r));
    }
    for (const m of colleagues) {
      for (let i = flood ? 0 : between(1, 2); i > 0; i--) {
        const post = rng.pick(weightedPosts);
        draft(m, post, at(m, posts[post]!.ms, 5), V.organicText(r));
      }
    }
  }

  // The operation's comments: in the shift with probability inShiftShare, otherwise on a citizen's clock outside it.
  const shiftClock: Clock = { kind: 'shift', ...shift };
  const citizenClock: Clock = { kind: 'citizen' };
  const brigadeTime = (afterMs: number, delay: number): number | null => {
    if (k.inShiftShare > 0 && rng.chance(k.inShiftShare)) return timeAfter(r, shiftClock, BAKU, afterMs, delay, 168);
    if (k.inShiftShare === 0) return timeAfter(r, citizenClock, BAKU, afterMs, delay, 168);
    return timeAfter(r, citizenClock, BAKU, afterMs, delay, 168, (day, hour) => !inShift(shift, day, hour));
  };
  const brigadeText = (network: Network) => (rng.chance(k.templateShare) ? V.templateText(r, network.lines) : V.loyalFreeText(r));
  for (const a of brigade) {
    const network = networkOf.get(a)!;
    // Lognormal around the knob's median; replies from the network come on top, so the top-level count leaves room for them.
    const n = Math.max(1, Math.min(150, Math.round((k.commentsPerAccount * Math.exp(0.5 * rng.normal())) / (1 + k.replyWithin))));
    for (let i = 0; i < n; i++) {
      const post = rng.pick(network.posts);
      draft(a, post, brigadeTime(posts[post]!.ms, flood ? 24 : 18), brigadeText(network));
    }
  }

  // Engagement: reactions and replies.
  const pending: { comment: SimComment; reactor: SimAccount; type: string }[] = [];
  const reacted = new Map<SimComment, Set<SimAccount>>();
  const react = (comment: SimComment, reactor: SimAccount, type: string) => {
    if (reactor === comment.author) return;
    let seen = reacted.get(comment);
    if (!seen) reacted.set(comment, (seen = new Set()));
    if (seen.has(reactor)) return;
    seen.add(reactor);
    pending.push({ comment, reactor, type });
    comment.likeCount++;
  };
  const communityOf = new Map(communities.flatMap((c) => c.members.map((m) => [m, c] as const)));
  const colleagueSet = new Set(colleagues);
  const anyone = () => rng.pick(organicAll);
  const organicReaction = () => rng.pick(['like', 'like', 'like', 'love', 'haha', 'wow', 'sad', 'angry']);
  const topLevel = [...drafts];
  for (const d of topLevel) {
    const author = d.comment.author;
    const network = networkOf.get(author);
    const community = communityOf.get(author);
    const onTargeted = posts[d.post]!.targeted;
    if (network) {
      for (let i = rng.poisson(k.reactionsPerComment); i > 0; i--) {
        if (rng.chance(k.insideReactionShare) && network.members.length > 1) react(d.comment, rng.pick(network.members), rng.chance(0.8) ? 'like' : 'love');
        else react(d.comment, anyone(), organicReaction());
      }
      if (supporters.length) for (let i = rng.poisson(k.supporterLikesGiven); i > 0; i--) react(d.comment, rng.pick(supporters), rng.chance(0.8) ? 'like' : 'love');
      if (rng.chance(k.replyWithin)) {
        const replier = rng.pick(network.members);
        if (replier !== author) draft(replier, d.post, brigadeTime(d.comment.createdMs, 4), brigadeText(network), d);
      }
      // Critics argue back under brigade comments.
      if (rng.chance(0.08)) {
        const critic = rng.pick(ordinary);
        draft(critic, d.post, at(critic, d.comment.createdMs, 3), V.organicText(r), d);
      }
    } else if (community) {
      for (let i = rng.poisson(community.insideLikes); i > 0; i--) react(d.comment, rng.pick(community.members), rng.chance(0.7) ? 'like' : 'love');
      for (let i = rng.poisson(k.activistOutsideLikes); i > 0; i--) react(d.comment, anyone(), 'like');
      if (rng.chance(0.3)) {
        const replier = rng.pick(community.members);
        if (replier !== author) draft(replier, d.post, at(replier, d.comment.createdMs, 1), V.campaignText(r, community.campaign), d);
      }
    } else {
      const likes = author.kind === 'public-figure' ? 6 : author.kind === 'media' ? 4 : 1.5;
      for (let i = rng.poisson(likes); i > 0; i--) react(d.comment, anyone(), organicReaction());
      if (colleagueSet.has(author)) for (let i = rng.poisson(2); i > 0; i--) react(d.comment, rng.pick(colleagues), 'like');
      if (author.kind === 'seller') for (let i = rng.poisson(0.5); i > 0; i--) react(d.comment, rng.pick(pages), 'like');
      if (author.kind === 'supporter' && networks.length) for (let i = rng.poisson(k.supporterLikesReceived); i > 0; i--) react(d.comment, rng.pick(rng.pick(networks).members), 'like');
      if (rng.chance(0.1)) {
        const replier = rng.pick(ordinary);
        if (replier !== author) draft(replier, d.post, at(replier, d.comment.createdMs, 3), V.organicText(r), d);
      }
      // The operation harasses critics on the posts it targets (more often the larger it is).
      if (networks.length && onTargeted && rng.chance((0.1 * brigade.length) / 300)) {
        const network = rng.pick(networks);
        for (let i = rng.poisson(3); i > 0; i--) react(d.comment, rng.pick(network.members), rng.chance(0.5) ? 'haha' : 'angry');
        draft(rng.pick(network.members), d.post, brigadeTime(d.comment.createdMs, 4), brigadeText(network), d);
      }
    }
  }

  // Likes from people outside the export (lurkers), and Facebook's "most relevant" order.
  for (const d of topLevel) {
    d.comment.likeCount += rng.poisson(1);
    d.comment.replyCount = d.replies.length;
    d.relevance = d.comment.likeCount + 2 * d.replies.length + r() * 3;
    for (const reply of d.replies) reply.likeCount += rng.poisson(0.5);
  }
  // Comment ids in time order within each post (ids carry no hint of who wrote them).
  posts.forEach((p, post) => {
    const mine = topLevel.filter((d) => d.post === post).flatMap((d) => [d.comment, ...d.replies]).sort((a, b) => a.createdMs - b.createdMs);
    mine.forEach((c, i) => (c.commentId = `${p.id}_${100000 + i}`));
  });
  for (const d of topLevel) for (const reply of d.replies) reply.parentId = d.comment.commentId;
  const reactions: SimReaction[] = pending.map(({ comment, reactor, type }) => ({ commentId: comment.commentId, reactor, type }));
  const comments: SimComment[] = [];
  const postOrder = [...posts.keys()].sort((a, b) => posts[a]!.ms - posts[b]!.ms);
  for (const post of postOrder) {
    const ranked = topLevel.filter((d) => d.post === post).sort((x, y) => y.relevance - x.relevance);
    for (const d of ranked) appendAll(comments, [d.comment, ...d.replies.sort((x, y) => x.createdMs - y.createdMs)]);
  }
  const present = new Set(comments.map((c) => c.author));
  if (k.reactions === 1) for (const x of reactions) present.add(x.reactor);
  return {
    scenario, knobs: k, authorType: k.authorType === 1, withReactions: k.reactions === 1,
    // Accounts the export shows: commenters, and reactors when the reactions file is written.
    accounts: accounts.filter((a) => present.has(a)),
    comments, reactions,
  };
}
