import { Random } from '../../../src/util/random.js';
import type { Scenario } from './scenarios.js';
import * as V from './vocabulary.js';

export type Role =
  | 'brigade-page' | 'brigade-profile' | 'organic' | 'office-worker' | 'diaspora' | 'superfan'
  | 'business-page' | 'media-page' | 'public-figure' | 'activist';

export interface SimAccount {
  id: string;
  name: string;
  type: 'page' | 'profile';
  category: string;
  role: Role;
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
  accounts: SimAccount[];
  /** In export order: posts by time, each post's top-level comments by relevance, replies after their parent. */
  comments: SimComment[];
  reactions: SimReaction[];
}

const HOUR = 3_600_000;
const BAKU = 4; // UTC+4, no DST since 2016.
const INAUTHENTIC_ROLES: Role[] = ['brigade-page', 'brigade-profile'];
export const isInauthenticRole = (role: Role) => INAUTHENTIC_ROLES.includes(role);

/** Activity weight (0–1) of a local day (0 = Sunday) and hour, by rhythm. */
function rhythm(role: Role, day: number, hour: number, overtime: number): number {
  const weekday = day >= 1 && day <= 5;
  switch (role) {
    case 'brigade-page':
    case 'brigade-profile': {
      const inShift = weekday && hour >= 9 && hour < 18 && hour !== 13;
      return inShift ? 1 : weekday && hour === 13 ? overtime / 2 : hour >= 8 && hour < 23 ? overtime : 0;
    }
    case 'office-worker':
      if (!weekday) return hour >= 10 ? 0.35 : 0.03;
      return hour === 13 ? 1 : hour >= 9 && hour < 18 ? 0.55 : hour >= 18 && hour < 24 ? 0.6 : hour >= 7 ? 0.25 : 0.02;
    case 'business-page':
    case 'media-page':
    case 'public-figure':
      if (!weekday) return hour >= 10 && hour < 22 ? 0.25 : 0;
      return hour >= 9 && hour < 19 ? 0.9 : hour >= 19 && hour < 23 ? 0.35 : 0.02;
    case 'superfan':
      return hour >= 8 ? 0.6 : 0.1;
    case 'activist':
      return hour >= 19 ? 1 : hour >= 9 ? 0.45 : 0.05;
    default:
      if (!weekday) return hour >= 9 ? 0.8 : hour >= 1 ? 0.05 : 0.3;
      return hour >= 20 ? 1 : hour >= 18 ? 0.7 : hour === 13 ? 0.45 : hour >= 7 ? 0.28 : hour < 1 ? 0.5 : 0.04;
  }
}

export function generate(scenario: Scenario): Dataset {
  const rng = new Random(scenario.seed);
  const r = () => rng.next();
  const accounts: SimAccount[] = [];
  let nextId = 0;
  // 17-digit ids: beyond 2^53, so any code that parses them as numbers corrupts them.
  const newId = (prefix: string) => `${prefix}${String(1_000_000_000_000 + nextId++).padStart(15, '0')}`;

  const personName = (pool?: { given: string[]; surnames: string[] }): string => {
    if (pool) {
      const given = rng.pick(pool.given);
      return `${given} ${rng.pick(pool.surnames)}${V.AZ_FEMALE.includes(given) ? 'a' : ''}`;
    }
    const script = r();
    if (script < 0.15) {
      const female = rng.chance(0.45);
      const surname = V.RU_SURNAMES[rng.zipf(V.RU_SURNAMES.length)]!;
      return `${rng.pick(female ? V.RU_FEMALE : V.RU_MALE)} ${female && !surname.endsWith('ова') ? `${surname}а` : surname}`;
    }
    const female = rng.chance(0.45);
    const given = rng.pick(female ? V.AZ_FEMALE : V.AZ_MALE);
    if (script < 0.3) return `${given.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ə/g, 'a').replace(/Ə/g, 'A').replace(/ı/g, 'i')} ${V.LATIN_SURNAMES[rng.zipf(V.LATIN_SURNAMES.length)]}${female ? 'a' : ''}`;
    if (rng.chance(0.08)) return `${given} ${rng.pick(V.AZ_SURNAMES_LI)}`;
    const surname = V.AZ_SURNAMES[rng.zipf(V.AZ_SURNAMES.length, 0.9)]!;
    return `${given} ${surname}${female ? 'a' : ''}`;
  };
  const add = (account: Omit<SimAccount, 'id'>, prefix = '10') => {
    const full = { id: newId(prefix), ...account };
    accounts.push(full);
    return full;
  };

  // Organic commenters.
  const o = scenario.organic;
  const organic: SimAccount[] = [];
  for (let i = 0; i < o.accounts; i++) {
    const u = r();
    const role: Role = u < o.officeShare ? 'office-worker' : u < o.officeShare + o.diasporaShare ? 'diaspora' : 'organic';
    const utcOffset = role === 'diaspora' ? rng.pick([1, 2, 3, -5, -8]) : BAKU;
    organic.push(add({ name: personName(), type: 'profile', category: '', role, utcOffset }));
  }
  for (let i = 0; i < o.superfans; i++) organic.push(add({ name: personName(), type: 'profile', category: '', role: 'superfan', utcOffset: BAKU }));
  const pages: SimAccount[] = [];
  for (let i = 0; i < scenario.organicPages.businesses; i++) {
    const [name, category] = V.BUSINESS_PAGES[i % V.BUSINESS_PAGES.length]!;
    pages.push(add({ name, type: 'page', category, role: 'business-page', utcOffset: BAKU }, '20'));
  }
  for (let i = 0; i < scenario.organicPages.media; i++) {
    const [name, category] = V.MEDIA_PAGES[i % V.MEDIA_PAGES.length]!;
    pages.push(add({ name, type: 'page', category, role: 'media-page', utcOffset: BAKU }, '20'));
  }
  for (const [name, category] of V.OWNER_SHOPS.slice(0, Math.ceil(scenario.organicPages.businesses / 2))) {
    pages.push(add({ name, type: 'page', category, role: 'business-page', utcOffset: BAKU }, '20'));
  }
  for (let i = 0; i < scenario.organicPages.publicFigures; i++) {
    // A third of exports lack the category of a public figure's Page.
    const category = rng.chance(0.33) ? '' : rng.pick(V.PERSON_CATEGORIES);
    pages.push(add({ name: personName(), type: 'page', category, role: 'public-figure', utcOffset: BAKU }, '20'));
  }
  const activists: SimAccount[] = [];
  for (let i = 0; i < scenario.activists.accounts; i++) {
    activists.push(add({ name: personName(), type: 'profile', category: '', role: rng.chance(scenario.activists.officeShare) ? 'office-worker' : 'activist', utcOffset: BAKU }));
  }
  const activistSet = new Set(activists);

  const b = scenario.brigade;
  const brigade: SimAccount[] = [];
  if (b) {
    const pool = {
      given: rng.shuffle([...V.AZ_MALE, ...V.AZ_FEMALE]).slice(0, b.namePool[0]),
      surnames: rng.shuffle([...V.AZ_SURNAMES]).slice(0, b.namePool[1]),
    };
    for (let i = 0; i < b.accounts; i++) {
      const isPage = rng.chance(b.pageShare);
      const category = isPage && !rng.chance(b.blankCategoryShare) ? rng.pick(V.OFF_TOPIC_CATEGORIES) : '';
      brigade.push(add({ name: personName(pool), type: isPage ? 'page' : 'profile', category, role: isPage ? 'brigade-page' : 'brigade-profile', utcOffset: BAKU }, isPage ? '20' : '10'));
    }
  }
  const brigadeSet = new Set(brigade);

  // Posts of the news Page.
  const startMs = Date.parse(`${scenario.start}T00:00:00Z`);
  const posts: { id: string; ms: number; targeted: boolean; campaign: boolean }[] = [];
  for (let i = 0; i < scenario.posts; i++) {
    const day = scenario.posts === 1 ? 0 : Math.floor((i / scenario.posts) * scenario.days);
    const localHour = scenario.posts === 1 ? 10 : 8 + rng.int(15);
    const ms = startMs + day * 24 * HOUR + (localHour - BAKU) * HOUR + rng.int(60) * 60_000;
    posts.push({ id: `1728000000000_${7000000000 + i}`, ms, targeted: false, campaign: false });
  }
  rng.shuffle([...posts.keys()]).slice(0, scenario.targeted).forEach((i) => (posts[i]!.targeted = true));
  posts.filter((p) => !p.targeted).slice(0, scenario.activists.campaignPosts).forEach((p) => (p.campaign = true));
  const horizon = startMs + (scenario.days + 3) * 24 * HOUR;

  /**
   * When an account comments after `afterMs`: an hour drawn with weight rhythm × exp(−h / meanDelay)
   * over the next four days, then a minute within it. Shift workers wait for their shift.
   */
  const timeAfter = (account: SimAccount, afterMs: number, meanDelayHours: number): number => {
    const overtime = b?.overtime ?? 0;
    const weights: number[] = [];
    let total = 0;
    for (let h = 0; h < 96; h++) {
      const local = new Date(afterMs + h * HOUR + account.utcOffset * HOUR);
      const w = rhythm(account.role, local.getUTCDay(), local.getUTCHours(), overtime) * Math.exp(-h / meanDelayHours);
      weights.push(w);
      total += w;
    }
    let u = rng.next() * total;
    let hour = 0;
    while (hour < 95 && u > weights[hour]!) u -= weights[hour++]!;
    const t = afterMs + hour * HOUR;
    // Within the hour: from the start of that clock hour (or just after the post) to its end.
    const hourStart = Math.max(afterMs + 60_000, Math.floor(t / HOUR) * HOUR);
    const hourEnd = Math.floor(t / HOUR) * HOUR + HOUR;
    return hourStart + rng.int(Math.max(1, hourEnd - hourStart));
  };

  interface Draft { comment: SimComment; post: number; relevance: number; replies: SimComment[] }
  const drafts: Draft[] = [];
  let nextComment = 0;
  const draft = (author: SimAccount, post: number, ms: number, text: string, parent?: Draft): SimComment => {
    const comment: SimComment = {
      commentId: `${posts[post]!.id}_${100000 + nextComment++}`,
      postId: posts[post]!.id,
      parentId: parent ? parent.comment.commentId : '',
      author, createdMs: Math.min(ms, horizon), text, likeCount: 0, replyCount: 0,
    };
    if (parent) parent.replies.push(comment);
    else drafts.push({ comment, post, relevance: 0, replies: [] });
    return comment;
  };

  // Organic comments: posts drawn uniformly, controversial (targeted) posts twice as often.
  const weightedPosts = posts.flatMap((p, i) => (p.targeted ? [i, i] : [i]));
  const commentsOf = (account: SimAccount): number => {
    switch (account.role) {
      case 'superfan': return 30 + rng.int(40);
      case 'business-page': case 'media-page': return 3 + rng.int(8);
      case 'public-figure': return 2 + rng.int(6);
      default: return scenario.posts === 1 ? 1 + (rng.chance(o.meanComments - 0.5) ? 1 : 0) : rng.poisson(o.meanComments) + (rng.chance(0.6) ? 1 : 0);
    }
  };
  for (const account of [...organic, ...pages]) {
    const n = commentsOf(account);
    for (let i = 0; i < n; i++) {
      const post = rng.pick(weightedPosts);
      draft(account, post, timeAfter(account, posts[post]!.ms, 5), organicText(r, account));
    }
  }
  for (const account of activists) {
    posts.forEach((p, post) => {
      if (!p.campaign || !rng.chance(0.85)) return;
      const n = 1 + rng.int(2);
      for (let i = 0; i < n; i++) draft(account, post, timeAfter(account, p.ms, 4), V.activistText(r));
    });
    for (let i = 0; i < 2; i++) {
      const post = rng.pick(weightedPosts);
      draft(account, post, timeAfter(account, posts[post]!.ms, 5), V.organicText(r));
    }
  }
  if (b) {
    for (const account of brigade) {
      posts.forEach((p, post) => {
        if (!p.targeted || !rng.chance(b.joinShare)) return;
        const n = b.commentsPerPost[0] + rng.int(b.commentsPerPost[1] - b.commentsPerPost[0] + 1);
        for (let i = 0; i < n; i++) draft(account, post, timeAfter(account, p.ms, 36), V.brigadeText(r, b.freeText));
      });
    }
  }

  // Engagement: reactions and replies.
  const reactions: SimReaction[] = [];
  const reactionKeys = new Set<string>();
  const react = (d: Draft | SimComment, reactor: SimAccount, type: string) => {
    const comment = 'comment' in d ? d.comment : d;
    if (reactor === comment.author) return;
    const key = `${comment.commentId}|${reactor.id}`;
    if (reactionKeys.has(key)) return;
    reactionKeys.add(key);
    reactions.push({ commentId: comment.commentId, reactor, type });
    comment.likeCount++;
  };
  const everyone = [...organic, ...activists];
  const topLevel = [...drafts];
  for (const d of topLevel) {
    const author = d.comment.author;
    const onTargeted = posts[d.post]!.targeted;
    if (brigadeSet.has(author) && b) {
      const likes = rng.poisson(b.networkLikes);
      for (let i = 0; i < likes; i++) react(d, rng.pick(brigade), rng.chance(0.8) ? 'like' : 'love');
      for (let i = rng.poisson(0.8); i > 0; i--) react(d, rng.pick(everyone), 'like');
      if (rng.chance(b.replyWithin)) {
        const replier = rng.pick(brigade);
        if (replier !== author) draft(replier, d.post, timeAfter(replier, d.comment.createdMs, 4), V.brigadeText(r, b.freeText), d);
      }
    } else if (activistSet.has(author)) {
      for (let i = rng.poisson(5); i > 0; i--) react(d, rng.pick(activists), rng.chance(0.7) ? 'like' : 'love');
      for (let i = rng.poisson(scenario.activists.outsideLikes); i > 0; i--) react(d, rng.pick(everyone), 'like');
      if (rng.chance(0.3)) {
        const replier = rng.pick(activists);
        if (replier !== author) draft(replier, d.post, timeAfter(replier, d.comment.createdMs, 2), V.activistText(r), d);
      }
    } else {
      for (let i = rng.poisson(1.5); i > 0; i--) react(d, rng.pick(everyone), rng.pick(['like', 'like', 'love', 'haha', 'wow', 'sad', 'angry']));
      if (rng.chance(0.1)) {
        const replier = rng.pick(everyone);
        if (replier !== author) draft(replier, d.post, timeAfter(replier, d.comment.createdMs, 3), V.organicText(r), d);
      }
      if (b && onTargeted && rng.chance(b.harassCritics)) {
        for (let i = rng.poisson(3); i > 0; i--) react(d, rng.pick(brigade), rng.chance(0.5) ? 'haha' : 'angry');
        const replier = rng.pick(brigade);
        draft(replier, d.post, timeAfter(replier, d.comment.createdMs, 4), V.brigadeText(r, b.freeText), d);
      }
    }
    // Critics argue back under brigade comments.
    if (brigadeSet.has(author) && rng.chance(0.08)) {
      const replier = rng.pick(organic);
      draft(replier, d.post, timeAfter(replier, d.comment.createdMs, 3), V.organicText(r), d);
    }
  }
  // Likes from people outside the export (lurkers), and Facebook's "most relevant" order.
  for (const d of topLevel) {
    d.comment.likeCount += rng.poisson(1);
    d.comment.replyCount = d.replies.length;
    d.relevance = d.comment.likeCount + 2 * d.replies.length + rng.next() * 3;
    for (const reply of d.replies) reply.likeCount += rng.poisson(0.5);
  }
  const comments: SimComment[] = [];
  const postOrder = [...posts.keys()].sort((a, c) => posts[a]!.ms - posts[c]!.ms);
  for (const post of postOrder) {
    const ranked = topLevel.filter((d) => d.post === post).sort((x, y) => y.relevance - x.relevance);
    for (const d of ranked) comments.push(d.comment, ...d.replies.sort((x, y) => x.createdMs - y.createdMs));
  }
  return { scenario, accounts, comments, reactions };
}

function organicText(r: () => number, account: SimAccount): string {
  return account.role === 'business-page' ? `${V.organicText(r)} Bizi izləyin!` : V.organicText(r);
}
