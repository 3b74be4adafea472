#!/usr/bin/env node
// Independent labelled-data generator for brigade (see README.md in this folder): written from the
// public facts alone, without reading the detector or its simulator.
//   node independent/generate.mjs --family month --seed 7 --out /tmp/d
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Rng } from './rng.mjs';
import * as P from './pools.mjs';

export const FAMILIES = ['flood', 'month', 'bare', 'organic-hours', 'fake-profiles', 'control'];

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const BAKU = 4; // UTC+4, no DST since 2016; every draw's dates are after that

// ---- knob ranges --------------------------------------------------------------------------------
// Each knob is drawn per draw from its range; [lo, hi] numbers, or a list of choices. The issue's
// minimum widths are marked; everything else is our own guess at what is plausible.
const COMMON = {
  brigadeAccounts: [150, 300],
  networks: [3, 7],
  commentsMin: [2, 14],          // comments per brigade account over the export: 2–40 (issue)
  commentsMax: [3, 40],
  inShiftShare: [0.5, 0.97],     // issue
  shiftStart: [8, 10],
  shiftEnd: [17, 19],
  lunchHour: ['none', 12, 13, 14],
  workdays: ['mon-fri', 'mon-fri', 'mon-fri', 'mon-sat'],
  insideReactionShare: [0.5, 0.95], // issue
  reactionsPerBrigadeComment: [1.5, 12],
  personCategoryShare: [0, 0.4],    // issue
  blankCategoryShare: [0, 0.3],
  fakeProfileShare: [0, 0.7],       // issue
  templateShare: [0.2, 1],          // issue
  namePoolSize: [40, 600],
  sessionSize: [2, 10],
  brigadeDelayHours: [0.3, 12],
  postsTargetedShare: [0.4, 1],
  brigadeReplyShare: [0, 0.2],
  brigadeOutsideGiving: [0, 0.15],
  reactions: [true, false],
  pageFlag: [true],
  posts: [40],
  organicAccounts: [900, 1500],
  organicReactionsMean: [0.5, 3],
  activistCommunities: [2, 3],
  colleagueGroups: [1, 2],
  sellers: [5, 20],
  publicFigures: [3, 12],
  media: [3, 8],
  businesses: [4, 12],
  superfans: [3, 10],
  officeShare: [0.1, 0.25],
  diasporaShare: [0.05, 0.15],
  supporterShare: [0.1, 0.35],
  replyShare: [0.1, 0.3],
  lurkers: [200, 600],
};
export const RANGES = {
  flood: { ...COMMON, brigadeAccounts: [120, 320], networks: [1, 3], posts: [1], organicAccounts: [600, 1000], activistCommunities: [1, 2], postsTargetedShare: [1, 1] },
  month: { ...COMMON },
  bare: { ...COMMON, reactions: [false], pageFlag: [false] },
  'organic-hours': { ...COMMON, inShiftShare: null, pageFlag: [true, false], posts: [40, 40, 40, 1] },
  'fake-profiles': { ...COMMON, brigadeAccounts: [120, 260], networks: null, networkSize: [20, 40],
    inShiftShare: [0.55, 0.85], fakeProfileShare: [0.55, 0.9], templateShare: [0.2, 0.45] },
  control: { ...COMMON, brigadeAccounts: [0, 0], networks: [0, 0], organicAccounts: [950, 1100], posts: [40, 40, 1], pageFlag: [true, false] },
};

const INTEGER_KNOBS = new Set(['brigadeAccounts', 'networks', 'commentsMin', 'commentsMax', 'shiftStart', 'shiftEnd',
  'namePoolSize', 'organicAccounts', 'activistCommunities', 'colleagueGroups', 'sellers', 'publicFigures', 'media',
  'businesses', 'superfans', 'lurkers', 'networkSize']);

export function drawKnobs(family, rng) {
  const ranges = RANGES[family];
  if (!ranges) throw new Error(`unknown family ${family} (one of ${FAMILIES.join(', ')})`);
  const k = {};
  for (const [name, range] of Object.entries(ranges)) {
    if (range === null) { k[name] = null; continue; }
    if (typeof range[0] !== 'number' || range.length !== 2) { k[name] = rng.pick(range); continue; }
    k[name] = INTEGER_KNOBS.has(name) ? rng.int(range[0], range[1]) : Math.round(rng.uniform(range[0], range[1]) * 1000) / 1000;
  }
  // a range of comments per account inside 2–40: the maximum never below the minimum
  if (k.commentsMax <= k.commentsMin) k.commentsMax = Math.min(40, k.commentsMin + rng.int(1, 20));
  if (family === 'fake-profiles') k.networks = Math.max(1, Math.round(k.brigadeAccounts / k.networkSize));
  if (family === 'organic-hours' || k.brigadeAccounts === 0) k.brigadeClock = family === 'organic-hours' ? 'citizen' : 'none';
  else k.brigadeClock = 'shift';
  return k;
}

// ---- clocks -----------------------------------------------------------------------------------
function local(t, offset) {
  const d = new Date(t + offset * HOUR);
  return { dow: (d.getUTCDay() + 6) % 7, hour: d.getUTCHours() + d.getUTCMinutes() / 60 };
}
// A citizen's day (relative weights by local hour): quiet nights, a lunch bump, busy evenings.
const CITIZEN = [2, 1.2, 0.6, 0.3, 0.2, 0.3, 0.8, 1.8, 2.8, 3.2, 3.3, 3.4, 3.8, 4.2, 3.6, 3.4, 3.6, 4.2, 5.2, 6.2, 7, 7, 6, 4];
const CMAX = 7;
const clocks = {
  citizen: (h, dow) => CITIZEN[Math.floor(h)] / CMAX * (dow >= 5 ? 1 : 0.92),
  office: (h, dow, a) => dow >= 5 ? 0.5 * CITIZEN[Math.floor(h)] / CMAX
    : (h >= a.lunch && h < a.lunch + 1) ? 1 : (h >= 9 && h < 18) ? 0.45 : (h >= 19 && h < 24) ? 0.55 : 0.05,
  student: (h, dow) => dow < 5 && h >= 10 && h < 17 ? 1 : CITIZEN[Math.floor(h)] / CMAX * 0.6,
  staff: (h, dow) => dow < 5 && h >= 9 && h < 19 ? 1 : 0.2 * CITIZEN[Math.floor(h)] / CMAX,
  shop: (h, dow) => h >= 10 && h < 21 ? (dow === 6 ? 0.4 : 1) : 0.1,
  owl: (h) => (h >= 21 || h < 3 ? 1 : 0.25),
};

function inShift(t, k) {
  const { dow, hour } = local(t, BAKU);
  const lastDay = k.workdays === 'mon-sat' ? 5 : 4;
  if (dow > lastDay || hour < k.shiftStart || hour >= k.shiftEnd) return false;
  return !(k.lunchHour !== 'none' && hour >= k.lunchHour && hour < k.lunchHour + 1);
}

/** a time after `start` (delay from `delay()`) that `accept` takes, by rejection; before `end` */
function sampleTime(rng, start, end, delay, accept) {
  let t = start;
  for (let i = 0; i < 600; i++) {
    t = start + delay();
    if (t <= start || t >= end) continue;
    if (rng.next() < accept(t)) return t;
  }
  return Math.min(end - 60_000, start + rng.uniform(0.1, 1) * (end - start));
}

function organicDelay(rng) { return () => (rng.chance(0.7) ? rng.exp(3 * HOUR) : rng.exp(30 * HOUR)); }

// ---- the draw -----------------------------------------------------------------------------------
export function generate(family, seed) {
  const root = new Rng(seed, family);
  const k = drawKnobs(family, root.fork('knobs'));
  const rng = root.fork('world');
  const usedIds = new Set();
  const newId = (n) => { let id; do id = rng.digits(n); while (usedIds.has(id)); usedIds.add(id); return id; };

  // posts
  const start = Date.UTC(rng.int(2018, 2025), rng.int(0, 10), rng.int(1, 25), 0, 0, 0);
  const pageId = newId(15);
  const posts = [];
  if (k.posts === 1) {
    // a flood needs a working week ahead of it: published Monday–Thursday in the daytime
    let t = start + rng.int(0, 6) * DAY;
    while (local(t, BAKU).dow > 3) t += DAY;
    t = t - ((t + BAKU * HOUR) % DAY) + rng.uniform(8, 16) * HOUR - BAKU * HOUR + DAY;
    while (local(t, BAKU).dow > 3) t += DAY;
    posts.push({ id: `${pageId}_${newId(16)}`, t, pop: 1 });
  } else {
    for (let i = 0; i < k.posts; i++) {
      const day = start + rng.int(0, 29) * DAY;
      const h = rng.weighted([[8, 2], [10, 3], [12, 3], [14, 3], [16, 3], [18, 3], [20, 2], [22, 1]]) + rng.uniform(0, 2);
      posts.push({ id: `${pageId}_${newId(16)}`, t: day + (h - BAKU) * HOUR, pop: Math.exp(rng.normal(0, 0.8)) });
    }
    posts.sort((a, b) => a.t - b.t);
  }
  const end = posts[posts.length - 1].t + 4 * DAY;
  const popPairs = posts.map((p) => [p, p.pop]);

  const accounts = [];
  const comments = [];
  const addAccount = (a) => { accounts.push(a); return a; };
  const person = (styles) => P.personName(rng, styles);

  // ---- brigade: networks of Pages (and fake profiles) run by operators in sessions ----------------
  const brigade = [];
  if (k.brigadeAccounts > 0) {
    const nameRng = rng.fork('names');
    const namePool = Array.from({ length: k.namePoolSize }, () => P.personName(nameRng, [['az', 70], ['latin', 22], ['ru', 3], ['cyr', 5]]));
    for (let i = 0; i < k.brigadeAccounts; i++) {
      const net = `op${(i % k.networks) + 1}`;
      const isProfile = rng.chance(k.fakeProfileShare);
      let category = '';
      if (!isProfile) {
        if (rng.chance(k.personCategoryShare)) category = rng.pick(P.PERSON_CATEGORIES);
        else if (!rng.chance(k.blankCategoryShare)) category = rng.pick(P.BRIGADE_SHOP_CATEGORIES);
      }
      const quota = rng.int(k.commentsMin, k.commentsMax);
      brigade.push(addAccount({ id: newId(15), name: rng.pick(namePool), type: isProfile ? 'profile' : 'page', category,
        kind: isProfile ? 'brigade-profile' : 'brigade-page', group: net, label: 'inauthentic', quota }));
    }
    // each network has its own slice of the script and its own targets
    for (let n = 1; n <= k.networks; n++) {
      const members = brigade.filter((a) => a.group === `op${n}`);
      const script = rng.sample(P.BRIGADE_TEMPLATES, rng.int(8, 20));
      const targets = posts.length === 1 ? posts : rng.sample(posts, Math.max(1, Math.round(posts.length * k.postsTargetedShare)));
      // operators hold 5–20 assets each
      const ops = [];
      for (const m of rng.shuffle(members.slice())) {
        if (!ops.length || ops[ops.length - 1].length >= rng.int(5, 20)) ops.push([]);
        ops[ops.length - 1].push(m);
      }
      for (const op of ops) {
        const left = new Map(op.map((m) => [m, m.quota]));
        while (left.size) {
          const size = Math.max(1, Math.min(left.size, Math.round(rng.normal(k.sessionSize, k.sessionSize / 3))));
          const who = rng.sample([...left.keys()], size);
          const post = rng.pick(targets);
          const delay = () => rng.exp(k.brigadeDelayHours * HOUR) + (rng.chance(0.3) ? rng.uniform(0, 72) * HOUR : 0);
          const wantShift = k.brigadeClock === 'shift' && rng.chance(k.inShiftShare);
          const accept = k.brigadeClock === 'citizen' ? (t) => clocks.citizen(local(t, BAKU).hour, local(t, BAKU).dow)
            : wantShift ? (t) => (inShift(t, k) ? 1 : 0)
              : (t) => (inShift(t, k) ? 0 : clocks.citizen(local(t, BAKU).hour, local(t, BAKU).dow));
          let t = sampleTime(rng, post.t, end, delay, accept);
          for (const m of who) {
            const text = rng.chance(k.templateShare) ? P.templateLine(rng, script) : P.proFree(rng);
            comments.push({ post, author: m, t, text, reply: rng.chance(k.brigadeReplyShare) });
            t += rng.uniform(15, 300) * 1000;
            const q = left.get(m) - 1;
            if (q <= 0) left.delete(m); else left.set(m, q);
          }
        }
      }
    }
  }

  // ---- organic side -----------------------------------------------------------------------------
  const org = rng.fork('organic');
  const solo = (a, n, clock, textFn) => {
    for (let i = 0; i < n; i++) {
      const post = org.weighted(popPairs);
      const t = sampleTime(org, post.t, end, organicDelay(org), (x) => { const l = local(x, a.offset); return clock(l.hour, l.dow, a); });
      comments.push({ post, author: a, t, text: textFn(org), reply: org.chance(k.replyShare) });
    }
  };
  const nPer = (mean) => 1 + org.poisson(Math.exp(org.normal(Math.log(mean), 0.8)));
  const monthly = posts.length > 1;
  const mk = (props) => addAccount({ id: newId(15), type: 'profile', category: '', label: 'authentic', group: '', offset: BAKU, ...props });

  for (let i = 0; i < k.sellers; i++) {
    const brand = org.chance(0.3);
    const given = org.pick(org.chance(0.7) ? P.FEMALE : P.MALE);
    const a = mk({ name: brand ? `${given} ${org.pick(P.SELLER_BRANDS)}` : person(), type: 'page', category: org.pick(P.SELLER_CATEGORIES), kind: 'seller' });
    solo(a, org.int(1, monthly ? 6 : 2), clocks.shop, P.sellerText);
  }
  for (let i = 0; i < k.publicFigures; i++) {
    const cat = org.chance(0.75) ? org.pick(P.PERSON_CATEGORIES) : org.pick(['Doctor', 'Lawyer & law firm', 'Psychologist', 'Entrepreneur', 'Coach', 'Scientist']);
    const a = mk({ name: person(), type: 'page', category: cat, kind: 'public-figure' });
    solo(a, org.int(1, monthly ? 8 : 2), clocks.citizen, (r) => (r.chance(0.3) ? P.proFree(r) : P.citizenText(r)));
  }
  for (let i = 0; i < k.media; i++) {
    const [name, cat] = P.MEDIA[i % P.MEDIA.length];
    const a = mk({ name, type: 'page', category: cat, kind: 'media' });
    solo(a, org.int(monthly ? 2 : 1, monthly ? 15 : 3), clocks.staff, P.mediaText);
  }
  for (let i = 0; i < k.businesses; i++) {
    const [name, cat] = P.BUSINESSES[i % P.BUSINESSES.length];
    const a = mk({ name, type: 'page', category: cat, kind: 'business' });
    solo(a, org.int(1, monthly ? 5 : 2), clocks.shop, P.bizText);
  }
  for (let i = 0; i < k.superfans; i++) {
    const a = mk({ name: person(), kind: 'superfan' });
    const pro = org.chance(0.5);
    solo(a, org.int(monthly ? 15 : 4, monthly ? 80 : 15), org.chance(0.3) ? clocks.owl : clocks.citizen,
      (r) => (pro ? (r.chance(0.05) ? r.pick(P.BRIGADE_TEMPLATES) : P.proFree(r)) : P.citizenText(r)));
  }

  // activist communities (one of students rallying in the weekday daytime) and colleagues at lunch
  const rallies = (members, nEvents, when, textFn, spreadMin, participation) => {
    for (let e = 0; e < nEvents; e++) {
      const post = org.weighted(popPairs);
      let t0 = sampleTime(org, post.t, end, () => org.uniform(0.2, 72) * HOUR, (x) => { const l = local(x, BAKU); return when(l.hour, l.dow) ? 1 : 0; });
      for (const m of members) {
        if (!org.chance(participation)) continue;
        const times = org.int(1, 2);
        for (let j = 0; j < times; j++) comments.push({ post, author: m, t: Math.min(end - 1000, t0 + org.uniform(0, spreadMin) * 60_000), text: textFn(org), reply: org.chance(0.15) });
      }
    }
  };
  const communities = [];
  for (let c = 0; c < k.activistCommunities; c++) {
    const students = c === 0;
    const camp = P.campaign(org);
    const size = org.int(20, 80);
    const group = students ? `stu${c + 1}` : `act${c + 1}`;
    const members = Array.from({ length: size }, () => mk({ name: person(), kind: students ? 'student' : 'activist', group }));
    communities.push(members);
    const when = students ? (h, dow) => dow < 5 && h >= 10 && h < 17 : (h, dow) => (dow >= 5 ? h >= 11 && h < 23 : h >= 18.5 && h < 23.5);
    rallies(members, monthly ? org.int(3, 8) : org.int(1, 2), when, (r) => P.activistText(r, camp), org.uniform(10, 120), org.uniform(0.4, 0.9));
    for (const m of members) solo(m, org.poisson(monthly ? 1.5 : 0.3), students ? clocks.student : clocks.citizen, (r) => (r.chance(0.3) ? P.activistText(r, camp) : P.citizenText(r)));
  }
  const colleagueGroups = [];
  for (let g = 0; g < k.colleagueGroups; g++) {
    const lunch = org.pick([12, 13]);
    const members = Array.from({ length: org.int(5, 15) }, () => mk({ name: person(), kind: 'colleague', group: `col${g + 1}`, lunch }));
    colleagueGroups.push(members);
    rallies(members, monthly ? org.int(4, 10) : org.int(1, 2), (h, dow) => dow < 5 && h >= lunch && h < lunch + 0.75, P.citizenText, org.uniform(3, 15), org.uniform(0.5, 1));
    for (const m of members) solo(m, org.poisson(monthly ? 1 : 0.2), clocks.office, P.citizenText);
  }

  // the crowd: citizens, office workers, diaspora
  const named = accounts.filter((a) => a.label === 'authentic').length;
  const crowd = Math.max(0, k.organicAccounts - named);
  for (let i = 0; i < crowd; i++) {
    const r = org.next();
    let a;
    if (r < k.officeShare) a = mk({ name: person(), kind: 'office', lunch: org.pick([12, 13, 13, 14]) });
    else if (r < k.officeShare + k.diasporaShare) a = mk({ name: person([['az', 40], ['latin', 40], ['ru', 10], ['cyr', 10]]), kind: 'diaspora', offset: org.pick([1, 1, 2, 3, 3, -5, -8]) });
    else a = mk({ name: person(), kind: 'citizen' });
    const pro = org.chance(k.supporterShare);
    const textFn = (x) => (pro ? (x.chance(0.03) ? x.pick(P.BRIGADE_TEMPLATES) : P.proFree(x)) : P.citizenText(x));
    solo(a, nPer(monthly ? 2.2 : 1.3), a.kind === 'office' ? clocks.office : clocks.citizen, textFn);
  }

  // ---- replies, reactions, ranking ----------------------------------------------------------------
  comments.sort((a, b) => a.t - b.t);
  const byPost = new Map(posts.map((p) => [p.id, []]));
  for (const c of comments) {
    c.id = `${c.post.id.split('_')[1]}_${newId(16)}`;
    const tops = byPost.get(c.post.id);
    c.parent = null;
    if (c.reply && tops.length) {
      // the brigade answers critics; citizens answer anyone
      const cand = tops.slice(-40);
      c.parent = org.pick(cand);
      c.parent.replies = (c.parent.replies ?? 0) + 1;
    } else tops.push(c);
    c.reactions = [];
  }
  const lurkers = Array.from({ length: k.lurkers }, () => ({ id: newId(15), name: person(), type: 'profile', category: '', kind: 'reactor', group: '', label: 'authentic' }));
  const organicAccounts = accounts.filter((a) => a.label === 'authentic');
  const reactorPool = lurkers.concat(organicAccounts);
  const rx = rng.fork('reactions');
  const rtype = () => rx.weighted([['like', 70], ['love', 12], ['haha', 6], ['wow', 3], ['angry', 6], ['care', 3]]);
  const react = (c, who) => { if (who !== c.author && !c.reactions.some((x) => x.who === who)) c.reactions.push({ who, type: rtype() }); };
  const byGroup = new Map();
  for (const a of accounts) if (a.group) { if (!byGroup.has(a.group)) byGroup.set(a.group, []); byGroup.get(a.group).push(a); }
  for (const c of comments) {
    const a = c.author;
    if (a.label === 'inauthentic') {
      const n = rx.poisson(k.reactionsPerBrigadeComment);
      const inside = rx.binomial(n, k.insideReactionShare);
      const net = byGroup.get(a.group);
      for (let i = 0; i < inside; i++) react(c, rx.chance(0.85) ? rx.pick(net) : rx.pick(brigade));
      for (let i = 0; i < n - inside; i++) react(c, rx.pick(reactorPool));
    } else {
      for (let i = rx.poisson(k.organicReactionsMean * c.post.pop ** 0.3); i > 0; i--) react(c, rx.pick(reactorPool));
      if (a.kind === 'activist' || a.kind === 'student' || a.kind === 'colleague') {
        const fellows = byGroup.get(a.group);
        for (let i = rx.poisson(a.kind === 'colleague' ? 2 : 5); i > 0; i--) react(c, rx.pick(fellows));
      }
      if (brigade.length && rx.chance(k.brigadeOutsideGiving)) for (let i = rx.int(1, 3); i > 0; i--) react(c, rx.pick(brigade));
    }
  }

  // file order per post: Facebook's "most relevant" arrives as row order — reactions and replies
  // push a comment up, with noise; replies follow their parent
  const ordered = [];
  for (const p of posts) {
    const tops = byPost.get(p.id);
    for (const c of tops) c.rank = 1.6 * Math.log1p(c.reactions.length) + Math.log1p(c.replies ?? 0) + org.normal(0, 0.8);
    tops.sort((a, b) => b.rank - a.rank || a.t - b.t);
    const kids = new Map();
    for (const c of comments) if (c.post === p && c.parent) { if (!kids.has(c.parent)) kids.set(c.parent, []); kids.get(c.parent).push(c); }
    for (const c of tops) { ordered.push(c); for (const r of kids.get(c) ?? []) ordered.push(r); }
  }

  const everyone = reactorPool.concat(brigade);
  const reactorIds = new Set();
  for (const c of comments) for (const r of c.reactions) reactorIds.add(r.who.id);
  const authorIds = new Set(comments.map((c) => c.author.id));
  const inTruth = everyone.filter((a) => authorIds.has(a.id) || (k.reactions && reactorIds.has(a.id)));
  return { family, seed, knobs: k, posts, comments: ordered, accounts: inTruth, authorIds };
}

// ---- writing ------------------------------------------------------------------------------------
function csvField(v) { const s = String(v ?? ''); return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }
function csv(header, rows) { return [header.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\n') + '\n'; }

export function render(draw) {
  const k = draw.knobs;
  const header = ['comment_id', 'post_id', 'parent_id', 'author_id', 'author_name'];
  if (k.pageFlag) header.push('author_type', 'author_category');
  header.push('created_at', 'text', 'like_count', 'reply_count');
  const rows = draw.comments.map((c) => {
    const r = [c.id, c.post.id, c.parent ? c.parent.id : '', c.author.id, c.author.name];
    if (k.pageFlag) r.push(c.author.type, c.author.category);
    r.push(new Date(c.t).toISOString(), c.text, c.reactions.length, c.replies ?? 0);
    return r;
  });
  const out = { 'comments.csv': csv(header, rows) };
  if (k.reactions) {
    const rr = [];
    for (const c of draw.comments) for (const x of c.reactions) rr.push([c.id, x.who.id, x.who.name, k.pageFlag ? x.who.type : '', x.type]);
    out['reactions.csv'] = csv(['comment_id', 'reactor_id', 'reactor_name', 'reactor_type', 'reaction_type'], rr);
  }
  out['truth.csv'] = csv(['account_id', 'label', 'kind', 'group'], draw.accounts.map((a) => [a.id, a.label, a.kind, a.group]));
  out['knobs.json'] = JSON.stringify({ family: draw.family, seed: draw.seed, ...k }, null, 2) + '\n';
  return out;
}

export function writeDraw(draw, dir) {
  mkdirSync(dir, { recursive: true });
  const files = render(draw);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files);
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') o.help = true;
    else if (a.startsWith('--')) o[a.slice(2)] = argv[++i];
    else throw new Error(`unexpected argument ${a}`);
  }
  return o;
}

const USAGE = `usage: node independent/generate.mjs --family F --seed S --out DIR
  F: ${FAMILIES.join(' | ')}
  writes DIR/comments.csv, DIR/reactions.csv (draws with reactions), DIR/truth.csv, DIR/knobs.json`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const o = parseArgs(process.argv.slice(2));
    if (o.help) { process.stdout.write(USAGE + '\n'); }
    else {
      if (!o.family || o.seed === undefined || !o.out) throw new Error('--family, --seed and --out are required');
      if (!FAMILIES.includes(o.family)) throw new Error(`unknown family ${o.family}`);
      if (!/^\d+$/.test(o.seed)) throw new Error('--seed must be a non-negative integer');
      const files = writeDraw(generate(o.family, Number(o.seed)), o.out);
      process.stderr.write(`wrote ${files.join(', ')} to ${o.out}\n`);
    }
  } catch (e) {
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  }
}
