#!/usr/bin/env node
// Independent generator of labelled Facebook comment dumps with and without comment brigades.
// Usage: node independent-b/generate.mjs --family F --seed N --out DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, Picker } from './lib/rng.mjs';
import { MIN, H, D, BAKU_OFFSET_MIN, PROFILES, Clock, makeClock, officeProfile, Shift, localParts, zoneOffsetMin } from './lib/clock.mjs';
import { SURNAMES, MALE, FEMALE, drawPerson, displayName, drawStyle, CITIZEN_STYLES, slug, drawSurname } from './lib/names.mjs';
import * as T from './lib/texts.mjs';

export const FAMILIES = ['flood', 'month', 'bare', 'organic-hours', 'fake-profiles', 'control'];

// Page categories. Person categories are what a real person's own Page has; the shop/service ones are what
// AIW saw on the 2020 network (art, shopping & retail, web design, sports, cosmetics, e-commerce website) and
// what real small sellers use; the "odd" ones are real Facebook categories a detector may never have listed.
const CATS = {
  person: ['Public figure', 'Blogger', 'Personal blog', 'Journalist', 'Politician', 'Artist', 'Writer', 'Athlete', 'Musician/band', 'Actor', 'Digital creator', 'Video creator'],
  shop: ['Shopping & retail', 'Cosmetics store', 'Clothing store', 'E-commerce website', 'Health/beauty', 'Product/service', 'Jewelry/watches', 'Home decor', 'Baby goods/kids goods',
    'Furniture', 'Mobile phone shop', "Women's clothing store", 'Gift shop', 'Shoe store'],
  service: ['Web designer', 'Beauty salon', 'Hair salon', 'Nail salon', 'Photographer', 'Event planner', 'Graphic designer', 'Cargo & freight company', 'Car rental', 'Real estate agent',
    'Tailor/seamstress', 'Florist', 'Bakery', 'Personal coach', 'Interior design studio', 'Travel agency', 'Website'],
  odd: ['Dentist', 'Makeup artist', 'Tutor/teacher', 'Psychologist', 'Lawyer & law firm', 'Fitness trainer', 'Driving school', 'Veterinarian', 'Language school', 'Nutritionist',
    'Massage service', 'Pharmacy', 'Optician', 'Calligrapher', 'Carpet cleaning service', 'Cake shop', 'Wedding planning service', 'Pediatrician'],
  opMisc: ['Art', 'Sports', 'Community', 'Entertainment website', 'Education', 'Science website', 'Games/toys', 'Arts & entertainment', 'Sports & recreation', 'Just for fun'],
  media: ['Media/news company', 'News & media website', 'Newspaper', 'TV channel', 'Radio station', 'Magazine', 'Broadcasting & media production company'],
  business: ['Restaurant', 'Bank', 'Telecommunication company', 'Shopping mall', 'Hotel', 'Car dealership', 'Supermarket', 'Airline company', 'Insurance company', 'Furniture store'],
  fan: ['Fan page', 'Community', 'Sports team'],
};
const MEDIA_NAMES = ['Xəbər24', 'Baku Today', 'Gündəm Xəbər', 'Azərbaycan Bu Gün', 'Новости Баку', 'Region Xəbər', 'Bizim Səs TV', 'Qafqaz İnfo', 'Yeni Gündəm', 'Xalq Xəbər',
  'Paytaxt Media', 'Şəhər TV', 'Baku Post', 'Səs Qəzeti Online', 'Ekspress Xəbər'];
const BUSINESS_NAMES = ['Gənclik Mall', 'Şəhər Avto Servis', 'Nərgiz Restoranı', 'Bakı Mebel Evi', 'Kapital Texnika', 'Ləzzət Şirniyyat', 'Xəzər Turizm', 'Əlvan Çiçək Salonu',
  'Mega Ev Əşyaları', 'Sahil Hotel', 'Ulduz Market', 'AzMobil', 'Dəniz Sığorta', 'Bakı Kabab Evi', 'Nur Optika'];
const FAN_NAMES = ['Qarabağ FK Fanatları', 'Neftçi Azarkeşləri', 'Bakı Sevənlər', 'Muğam Sevərlər'];
const DIASPORA_ZONES = [['Europe/Moscow', 3], ['Europe/Istanbul', 3], ['Europe/Berlin', 2], ['Europe/London', 1.5], ['Europe/Kyiv', 1], ['Asia/Tbilisi', 1],
  ['Asia/Dubai', 0.7], ['America/New_York', 1], ['America/Toronto', 0.5], ['America/Los_Angeles', 0.4], ['Asia/Almaty', 0.4], ['Europe/Paris', 0.6]];

const clamp = (x, a, b) => Math.max(a, Math.min(b, x));
const r3 = (x) => Math.round(x * 1000) / 1000;

export function generate(family, seed) {
  if (!FAMILIES.includes(family)) throw new Error(`unknown family ${family} (one of ${FAMILIES.join(', ')})`);
  const rng = new Rng(`independent-b|${family}|${seed}`);
  const K = { family, seed: Number(seed) };
  const knob = (name, v) => { K[name] = typeof v === 'number' && !Number.isInteger(v) ? r3(v) : v; return v; };

  // ---------- the export ----------
  const year = knob('year', rng.int(2020, 2023));
  const month = knob('month', rng.int(1, 12));
  const monthStart = Date.UTC(year, month - 1, 1) - BAKU_OFFSET_MIN * MIN; // Baku midnight
  const monthDays = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const midMonth = monthStart + 15 * D;

  let nPosts, pageFlag, reactions, brigadeClock, hasBrigade = true;
  switch (family) {
    case 'flood': nPosts = 1; pageFlag = true; reactions = rng.chance(0.7); brigadeClock = 'shift'; break;
    case 'month': nPosts = rng.int(30, 50); pageFlag = true; reactions = rng.chance(0.7); brigadeClock = 'shift'; break;
    case 'bare': nPosts = rng.int(30, 50); pageFlag = false; reactions = false; brigadeClock = 'shift'; break;
    case 'organic-hours': nPosts = rng.chance(0.35) ? 1 : rng.int(20, 50); pageFlag = rng.chance(0.5); reactions = rng.chance(0.5); brigadeClock = 'citizen'; break;
    case 'fake-profiles': nPosts = rng.chance(0.2) ? 1 : rng.int(20, 50); pageFlag = true; reactions = rng.chance(0.6); brigadeClock = 'shift'; break;
    case 'control': nPosts = rng.chance(0.3) ? 1 : rng.int(20, 50); pageFlag = rng.chance(0.6); reactions = rng.chance(0.6); brigadeClock = null; hasBrigade = false; break;
  }
  knob('posts', nPosts); knob('pageFlag', pageFlag); knob('reactions', reactions); knob('brigadeClock', brigadeClock); knob('hasBrigade', hasBrigade);
  const oneP = nPosts === 1;
  const timeFormat = knob('timeFormat', rng.pick(['Z', '+0000', '+04:00']));

  // ---------- ids ----------
  const used = new Set();
  const uid = (prefix, len) => { for (;;) { const s = prefix + rng.digits(len); if (!used.has(s)) { used.add(s); return s; } } };
  const pageId = uid('1', 14);

  // ---------- posts ----------
  const newsroom = new Clock(BAKU_OFFSET_MIN, Array.from({ length: 168 }, (_, i) => PROFILES.newsroom[i % 24] * (i >= 120 ? 0.7 : 1)));
  const posts = [];
  for (let i = 0; i < nPosts; i++) {
    let t;
    do { t = monthStart + rng.int(0, monthDays - 1) * D + rng.r() * D; } while (!newsroom.accept(rng, t));
    const topic = oneP ? rng.pick(T.TOPICS.filter((x) => x.sensitive)) : rng.pick(T.TOPICS);
    posts.push({ time: Math.floor(t / 1000) * 1000, topic, pop: Math.exp(0.8 * rng.normal()) * (topic.sensitive ? 1.5 : 1), likeMu: oneP ? rng.u(-0.6, 1.0) : rng.u(-0.3, 1.2) });
  }
  posts.sort((a, b) => a.time - b.time);
  posts.forEach((p, i) => { p.id = `${pageId}_${uid('', 15)}`; p.index = i; p.comments = []; });
  const postPicker = new Picker(posts, posts.map((p) => p.pop));

  // ---------- accounts ----------
  const accounts = [];
  function addAccount(a) {
    const isPage = a.type === 'page';
    a.id = a.id ?? uid(isPage ? '10' : '1000', isPage ? 13 : 11);
    a.url = rng.chance(0.6) || !a.name ? `https://www.facebook.com/profile.php?id=${a.id}` : `https://www.facebook.com/${slug(rng, a.name)}`;
    a.label = a.label ?? 'authentic'; a.group = a.group ?? ''; a.category = a.category ?? '';
    a.lang = a.lang ?? (rng.chance(0.78) ? 'az' : rng.chance(0.85) ? 'ru' : 'en');
    a.comments = 0; a.reacted = 0;
    accounts.push(a);
    return a;
  }
  const personName = (styles = CITIZEN_STYLES, pool = null) => displayName(rng, drawPerson(rng, pool), drawStyle(rng, styles));
  const bakuCitizenClock = () => makeClock(rng, BAKU_OFFSET_MIN, PROFILES.citizenWD, PROFILES.citizenWE, { shift: rng.int(-1, 2) });

  // ---------- timing helpers ----------
  const oTau1 = knob('organicDelayFastHours', rng.u(1, 5)) * H;
  const oTau2 = knob('organicDelaySlowHours', rng.u(8, 30)) * H;
  const organicTime = (after, clock, spanDays = 5) => {
    for (let i = 0; i < 400; i++) {
      const x = rng.r();
      const delay = x < 0.55 ? rng.exp(oTau1) : x < 0.87 ? rng.exp(oTau2) : rng.u(0, spanDays * D);
      const t = after + 90 * 1000 + delay;
      if (clock.accept(rng, t)) return Math.floor(t);
    }
    return Math.floor(after + 90 * 1000 + rng.exp(oTau1));
  };

  const comments = [];
  function addComment(c) {
    c.id = `${c.post.id.split('_')[1]}_${uid('', 15)}`;
    c.likers = new Map(); c.replies = [];
    c.post.comments.push(c); comments.push(c);
    c.author.comments++;
    return c;
  }

  // ---------- organic population ----------
  const orgKnobs = {};
  let nCit;
  if (family === 'control') nCit = rng.int(520, 680);
  else if (oneP) nCit = rng.int(350, 1100);
  else nCit = rng.int(900, 1900);
  orgKnobs.citizens = nCit;
  orgKnobs.office = Math.round(nCit * rng.u(0.06, 0.15));
  orgKnobs.diaspora = Math.round(nCit * rng.u(0.04, 0.12));
  orgKnobs.superfans = rng.int(4, 20);
  orgKnobs.sellers = Math.round(rng.int(12, 50) * (oneP ? 0.6 : 1));
  orgKnobs.publicFigures = rng.int(4, 15);
  orgKnobs.media = rng.int(3, 10);
  orgKnobs.businesses = rng.int(4, 14);
  orgKnobs.activistCommunities = rng.int(1, 2);
  orgKnobs.studentCommunities = 1;
  orgKnobs.colleagueGroups = rng.int(1, 3);
  orgKnobs.organicReplyShare = rng.u(0.12, 0.35);
  knob('organic', orgKnobs);

  const count = (multi, single) => (oneP ? single() : multi());
  const orgDrafts = []; // {author, n}

  for (let i = 0; i < orgKnobs.citizens; i++) {
    const a = addAccount({ kind: 'citizen', type: 'profile', name: personName(), clock: bakuCitizenClock() });
    orgDrafts.push({ a, n: count(() => Math.min(25, 1 + rng.geom(0.9)), () => Math.min(8, 1 + rng.geom(0.35))) });
  }
  for (let i = 0; i < orgKnobs.office; i++) {
    const lunch = rng.pick([12, 12, 13, 13, 13, 14]);
    const clock = makeClock(rng, BAKU_OFFSET_MIN, officeProfile(lunch, rng.u(0.2, 0.9)), PROFILES.citizenWE);
    const a = addAccount({ kind: 'office', type: 'profile', name: personName(), clock });
    orgDrafts.push({ a, n: count(() => Math.min(30, 1 + rng.geom(2.5)), () => 1 + rng.geom(0.4)) });
  }
  const diasporaZones = new Picker(DIASPORA_ZONES, DIASPORA_ZONES.map((z) => z[1]));
  for (let i = 0; i < orgKnobs.diaspora; i++) {
    const zone = diasporaZones.pick(rng)[0];
    const off = zoneOffsetMin(zone, midMonth);
    const clock = makeClock(rng, off, PROFILES.citizenWD, PROFILES.citizenWE, { shift: rng.int(-1, 2) });
    const a = addAccount({ kind: 'diaspora', type: 'profile', name: personName(), clock, zone, lang: rng.pick(['az', 'az', 'ru', 'en']) });
    orgDrafts.push({ a, n: count(() => Math.min(20, 1 + rng.geom(1.3)), () => 1 + rng.geom(0.3)) });
  }
  for (let i = 0; i < orgKnobs.superfans; i++) {
    const retiree = rng.chance(0.5);
    const clock = retiree ? makeClock(rng, BAKU_OFFSET_MIN, PROFILES.retiree, PROFILES.retiree) : bakuCitizenClock();
    const fanPage = rng.chance(0.15);
    const a = fanPage
      ? addAccount({ kind: 'superfan', type: 'page', category: rng.pick(CATS.fan), name: rng.pick(FAN_NAMES), clock })
      : addAccount({ kind: 'superfan', type: 'profile', name: personName(), clock });
    orgDrafts.push({ a, n: count(() => Math.round(rng.logu(15, 150)), () => rng.int(3, 18)), spread: true });
  }
  const sellerCats = [...CATS.shop, ...CATS.service, ...CATS.odd];
  for (let i = 0; i < orgKnobs.sellers; i++) {
    const p = drawPerson(rng);
    let name = displayName(rng, p, drawStyle(rng, { az: 0.6, lat: 0.3, cyr: 0.1 }));
    const cat = rng.pick(sellerCats);
    const dec = rng.r();
    if (dec < 0.15) name = `${name} ${rng.pick(['Makeup', 'Beauty', 'Shop', 'Design', 'Studio', 'Cakes', 'Boutique'])}`;
    else if (dec < 0.22) name = `${name} | ${cat}`;
    else if (dec < 0.27) name = `Dr. ${name}`;
    const clock = makeClock(rng, BAKU_OFFSET_MIN, PROFILES.sellerWD, PROFILES.sellerWE);
    const a = addAccount({ kind: 'seller', type: 'page', category: cat, name, clock, promo: rng.u(0, 0.6) });
    orgDrafts.push({ a, n: count(() => Math.min(20, 1 + rng.geom(1.8)), () => 1 + rng.geom(0.3)) });
  }
  for (let i = 0; i < orgKnobs.publicFigures; i++) {
    const p = drawPerson(rng);
    const name = displayName(rng, p, drawStyle(rng, { az: 0.7, lat: 0.2, cyr: 0.1 }));
    const w = Array.from({ length: 168 }, (_, h) => 0.5 * PROFILES.citizenWD[h % 24] + 0.5 * PROFILES.sellerWD[h % 24]);
    const clock = new Clock(BAKU_OFFSET_MIN, w.map((x) => x * Math.exp(0.3 * rng.normal())));
    const a = addAccount({ kind: 'public-figure', type: 'page', category: rng.pick(CATS.person), name, clock });
    orgDrafts.push({ a, n: count(() => Math.min(40, 1 + rng.geom(4)), () => 1 + rng.geom(0.8)) });
  }
  const mediaNames = rng.sample(MEDIA_NAMES, orgKnobs.media);
  for (const name of mediaNames) {
    const clock = makeClock(rng, BAKU_OFFSET_MIN, PROFILES.mediaWD, PROFILES.mediaWE, { noise: 0.2 });
    const a = addAccount({ kind: 'media', type: 'page', category: rng.pick(CATS.media), name, clock, site: slug(rng, name).replace(/\.\d+$/, '') + '.az' });
    orgDrafts.push({ a, n: count(() => Math.round(rng.logu(3, 45)), () => 1 + rng.geom(0.8)) });
  }
  const bizNames = rng.sample(BUSINESS_NAMES, orgKnobs.businesses);
  for (const name of bizNames) {
    const clock = makeClock(rng, BAKU_OFFSET_MIN, PROFILES.businessWD, PROFILES.businessSun, { sat: PROFILES.businessSat, noise: 0.2 });
    const a = addAccount({ kind: 'business', type: 'page', category: rng.pick(CATS.business), name, clock });
    orgDrafts.push({ a, n: count(() => 1 + rng.geom(2.5), () => 1 + rng.geom(0.2)) });
  }

  // organic comments of the individual accounts
  function organicCommentText(a, post) {
    if (a.kind === 'media' && rng.chance(0.75)) return T.mediaText(rng, a.site, post.topic);
    if (a.kind === 'business' && rng.chance(0.7)) return T.businessText(rng);
    if (a.kind === 'seller' && rng.chance(a.promo)) return T.promoText(rng);
    return T.organicText(rng, a.lang, post.topic);
  }
  for (const { a, n, spread } of orgDrafts) {
    for (let k = 0; k < n; k++) {
      const post = spread && !oneP ? rng.pick(posts) : postPicker.pick(rng);
      addComment({ post, author: a, time: organicTime(post.time, a.clock), wantReply: rng.chance(orgKnobs.organicReplyShare), text: organicCommentText(a, post) });
    }
  }

  // ---------- communities: activists, students, colleagues ----------
  const communities = [];
  const usedTags = new Set();
  const daytimeCall = new Clock(BAKU_OFFSET_MIN, Array.from({ length: 168 }, (_, i) => (i < 120 && i % 24 >= 10 && i % 24 < 17 ? 1 : 0.01)));
  const eveningCall = new Clock(BAKU_OFFSET_MIN, Array.from({ length: 168 }, (_, i) => (i % 24 >= 19 && i % 24 <= 23 ? 1 : i % 24 >= 12 && i % 24 < 19 ? 0.25 : 0.02)));
  const nCommunities = orgKnobs.activistCommunities + orgKnobs.studentCommunities;
  for (let ci = 0; ci < nCommunities; ci++) {
    const student = ci === 0; // the first community is always the students
    const size = rng.int(20, 80);
    const kind = student ? 'student' : 'activist';
    const g = { id: `${kind}${ci + 1}`, kind, size, campaign: T.drawCampaign(rng, student, usedTags), likeProb: rng.u(0.1, 0.5), participation: rng.u(0.4, 0.95),
      spreadMin: rng.logu(5, 90), campaignPosts: oneP ? 1 : rng.int(1, 5), replyShare: rng.u(0.1, 0.35) };
    g.members = [];
    for (let m = 0; m < size; m++) {
      const clock = student ? makeClock(rng, BAKU_OFFSET_MIN, PROFILES.studentWD, PROFILES.studentWE) : bakuCitizenClock();
      const a = addAccount({ kind, group: g.id, type: 'profile', name: personName(), clock, lang: rng.chance(0.9) ? 'az' : 'ru' });
      g.members.push(a);
    }
    const cposts = oneP ? posts : rng.sample(student ? posts : posts.filter((p) => p.topic.sensitive).concat(posts.slice(0, 2)), g.campaignPosts);
    g.sessions = [];
    for (const post of cposts) {
      const callClock = student ? daytimeCall : eveningCall;
      const call = organicTime(post.time, callClock, 3);
      g.sessions.push({ post: post.index, call: new Date(call).toISOString() });
      for (const a of g.members) {
        if (!rng.chance(g.participation)) continue;
        const n = 1 + rng.geom(0.4);
        for (let k = 0; k < n; k++) addComment({ post, author: a, community: g, time: Math.floor(call + rng.exp(g.spreadMin * MIN)), wantReply: rng.chance(g.replyShare), text: T.campaignText(rng, g.campaign, a.lang) });
      }
    }
    for (const a of g.members) { // their ordinary comments
      const n = oneP ? rng.geom(0.2) : rng.geom(1.2);
      for (let k = 0; k < n; k++) { const post = postPicker.pick(rng); addComment({ post, author: a, time: organicTime(post.time, a.clock), wantReply: rng.chance(orgKnobs.organicReplyShare), text: T.organicText(rng, a.lang, post.topic) }); }
    }
    communities.push(g);
  }
  for (let gi = 0; gi < orgKnobs.colleagueGroups; gi++) {
    const size = rng.int(5, 15);
    const lunchHour = rng.pick([12, 12.5, 13, 13, 13.5]);
    const g = { id: `colleagues${gi + 1}`, kind: 'colleague', size, lunchHour, likeProb: rng.u(0.3, 0.8), participation: rng.u(0.4, 0.9), sessions: [], replyShare: rng.u(0.15, 0.45) };
    g.members = [];
    for (let m = 0; m < size; m++) {
      const clock = makeClock(rng, BAKU_OFFSET_MIN, officeProfile(Math.floor(lunchHour), rng.u(0.2, 0.8)), PROFILES.citizenWE);
      g.members.push(addAccount({ kind: 'colleague', group: g.id, type: 'profile', name: personName(), clock }));
    }
    const nSess = oneP ? rng.int(1, 2) : rng.int(2, 8);
    for (let s = 0; s < nSess; s++) {
      const post = oneP ? posts[0] : postPicker.pick(rng);
      // first weekday lunch after the post
      let lp = localParts(post.time + s * (oneP ? D : 0), BAKU_OFFSET_MIN);
      let dayStart = lp.days * D - BAKU_OFFSET_MIN * MIN;
      let t = dayStart + lunchHour * H + rng.u(0, 15) * MIN;
      for (let guard = 0; guard < 10 && (t <= post.time || localParts(t, BAKU_OFFSET_MIN).dow >= 5); guard++) { dayStart += D; t = dayStart + lunchHour * H + rng.u(0, 15) * MIN; }
      g.sessions.push({ post: post.index, lunch: new Date(t).toISOString() });
      for (const a of g.members) {
        if (!rng.chance(g.participation)) continue;
        const n = 1 + rng.geom(0.3);
        for (let k = 0; k < n; k++) addComment({ post, author: a, community: g, time: Math.floor(t + rng.u(1, 40) * MIN), wantReply: rng.chance(g.replyShare), text: T.organicText(rng, a.lang, post.topic) });
      }
    }
    for (const a of g.members) {
      const n = oneP ? rng.geom(0.2) : rng.geom(2);
      for (let k = 0; k < n; k++) { const post = postPicker.pick(rng); addComment({ post, author: a, time: organicTime(post.time, a.clock), wantReply: rng.chance(orgKnobs.organicReplyShare), text: T.organicText(rng, a.lang, post.topic) }); }
    }
    communities.push(g);
  }
  K.communities = communities.map((g) => ({ id: g.id, kind: g.kind, size: g.size, tag: g.campaign?.tag ?? null, likeProb: r3(g.likeProb), participation: r3(g.participation),
    spreadMin: g.spreadMin ? r3(g.spreadMin) : undefined, lunchHour: g.lunchHour, sessions: g.sessions }));

  // ---------- brigade ----------
  const networks = [];
  if (hasBrigade) {
    const B = {};
    B.networks = family === 'flood' ? rng.int(1, 3) : oneP ? rng.int(1, 3) : family === 'fake-profiles' ? rng.int(2, 6) : family === 'organic-hours' ? rng.int(1, 5) : rng.int(2, 7);
    B.fakeProfileShare = family === 'fake-profiles' ? rng.u(0.45, 0.85) : rng.u(0, 0.7);
    B.personCategoryShare = rng.u(0, 0.4);
    B.namePoolConcentration = rng.u(0, 0.8);
    B.likeOnlyShare = rng.u(0, 0.15);
    knob('brigade', B);

    const catPoolAll = [...CATS.shop, ...CATS.service, ...CATS.opMisc, ...CATS.shop, ...CATS.opMisc, ...CATS.odd];
    for (let ni = 0; ni < B.networks; ni++) {
      const net = { id: `op${ni + 1}` };
      net.fakeProfileShare = clamp(B.fakeProfileShare + rng.u(-0.1, 0.1), 0, 0.95);
      net.cMin = rng.int(1, 3);
      net.cMax = oneP ? Math.round(rng.logu(3, 40)) : rng.int(8, 40);
      if (net.cMax < net.cMin + 1) net.cMax = net.cMin + 1;
      if (oneP) {
        const total = family === 'flood' ? rng.int(250, 1500) : rng.int(150, 1200);
        const meanC = (net.cMax - net.cMin) / Math.log(net.cMax / net.cMin);
        net.size = clamp(Math.round(total / meanC), 12, 700);
      } else net.size = family === 'fake-profiles' ? rng.int(15, 80) : rng.int(15, 150);
      net.inShiftMean = brigadeClock === 'shift' ? (family === 'fake-profiles' ? rng.u(0.5, 0.8) : rng.u(0.5, 0.97)) : null;
      net.inShiftConc = rng.u(6, 40);
      net.insideShareMean = rng.u(0.5, 0.95);
      net.insideConc = rng.u(8, 40);
      net.likesPerComment = family === 'flood' ? rng.logu(4, 30) : rng.logu(1.5, 25);
      net.templateShare = family === 'fake-profiles' ? rng.u(0.05, 0.4) : rng.u(0.2, 1);
      net.variation = rng.u(0.2, 0.9);
      net.langAz = rng.u(0.55, 0.95); net.langEn = rng.u(0, 0.05);
      net.replyShare = rng.u(0, 0.3);
      net.waveShare = rng.u(0.5, 0.95);
      net.wavesPerPost = oneP ? rng.int(2, 8) : rng.int(1, 3);
      net.spreadMin = rng.logu(5, 180);
      net.taskDelayHours = rng.logu(0.3, 8);
      net.hostileReact = rng.u(0, 0.08);
      net.targetShare = oneP ? 1 : rng.u(0.1, 0.6);
      if (brigadeClock === 'shift') {
        const start = rng.pick([8, 8.5, 9, 9, 9, 9.5, 10]);
        const end = Math.min(20, start + Math.round(rng.u(7.5, 10) * 2) / 2);
        net.shift = new Shift({ start, end, lunchStart: rng.pick([12, 12.5, 13, 13, 13, 13.5, 14]), lunchLen: rng.pick([0.5, 1, 1, 1, 1.5]),
          lunchKeep: r3(rng.u(0.6, 1)), saturday: rng.chance(0.2), satEnd: start + rng.int(3, 5), keepsHolidays: rng.chance(0.8) });
      }
      net.offClock = bakuCitizenClock();
      net.catPool = rng.sample(catPoolAll, rng.int(4, 12));
      net.pool = { male: rng.sample(MALE, rng.int(6, 20)), female: rng.sample(FEMALE, rng.int(6, 20)), sur: Array.from({ length: rng.int(5, 15) }, () => drawSurname(rng)) };
      net.styles = { az: rng.u(0.3, 0.8), lat: rng.u(0.1, 0.4), cyr: rng.u(0, 0.25), initial: rng.u(0, 0.05), firstEmoji: rng.u(0, 0.05), nick: rng.u(0, 0.05) };
      net.textStyle = T.makeOperatorStyle(rng);
      // targets
      const nt = Math.max(1, Math.round(nPosts * net.targetShare));
      const tp = new Picker(posts, posts.map((p) => (p.topic.sensitive ? 3 : 1)));
      const tset = new Set(); let guard = 0;
      while (tset.size < nt && guard++ < 10000) tset.add(tp.pick(rng));
      net.targets = [...tset].sort((a, b) => a.index - b.index);
      net.targetPicker = new Picker(net.targets, net.targets.map(() => rng.logu(0.3, 3)));
      net.waves = new Map();
      net.members = []; net.likeOnly = [];
      networks.push(net);
    }

    const opLang = (net) => { const x = rng.r(); return x < net.langAz ? 'az' : x < net.langAz + net.langEn ? 'en' : 'ru'; };
    const makeMember = (net, likeOnly) => {
      const profile = rng.chance(net.fakeProfileShare);
      const p = drawPerson(rng, rng.chance(B.namePoolConcentration) ? net.pool : null);
      const name = displayName(rng, p, drawStyle(rng, net.styles));
      const category = profile ? '' : rng.chance(B.personCategoryShare) ? rng.pick(CATS.person) : rng.pick(net.catPool);
      const a = addAccount({ kind: profile ? 'brigade-profile' : 'brigade-page', label: 'inauthentic', group: net.id, type: profile ? 'profile' : 'page', category, name, lang: opLang(net), likeOnly });
      a.net = net;
      a.likerWeight = Math.exp(0.7 * rng.normal());
      if (!likeOnly) {
        a.inShift = net.inShiftMean == null ? null : rng.betaMean(net.inShiftMean, net.inShiftConc);
        a.insideShare = rng.betaMean(net.insideShareMean, net.insideConc);
        a.nComments = Math.max(1, Math.round(rng.logu(net.cMin, net.cMax)));
      }
      return a;
    };
    for (const net of networks) {
      for (let i = 0; i < net.size; i++) net.members.push(makeMember(net, false));
      const nl = Math.round(net.size * B.likeOnlyShare);
      for (let i = 0; i < nl; i++) net.likeOnly.push(makeMember(net, true));
    }

    // timing
    const shiftTimeAfter = (net, after, meanDelay) => {
      for (let i = 0; i < 600; i++) {
        const t = after + rng.exp(meanDelay) + (i > 150 ? rng.u(0, 4 * D) : 0);
        if (net.shift.contains(t)) return Math.floor(t);
      }
      let t = after; while (!net.shift.contains(t)) t += 15 * MIN;
      return Math.floor(t + rng.u(0, 15) * MIN);
    };
    const wavesOf = (net, post) => {
      if (net.waves.has(post)) return net.waves.get(post);
      const w = [];
      let after = post.time;
      for (let k = 0; k < net.wavesPerPost; k++) {
        const t = brigadeClock === 'shift' ? shiftTimeAfter(net, after, net.taskDelayHours * H) : organicTime(after, net.offClock, 3);
        w.push(t);
        after = t + rng.exp(oneP ? 8 * H : 20 * H);
      }
      net.waves.set(post, w);
      return w;
    };
    const brigadeTime = (a, post) => {
      const net = a.net;
      const wave = rng.pick(wavesOf(net, post));
      const inWave = rng.chance(net.waveShare);
      if (brigadeClock === 'citizen') return inWave ? Math.floor(wave + rng.exp(net.spreadMin * MIN)) : organicTime(post.time, net.offClock);
      if (rng.chance(a.inShift)) {
        if (!inWave) return shiftTimeAfter(net, post.time, net.taskDelayHours * 3 * H);
        for (let i = 0; i < 60; i++) {
          const t = wave + rng.exp(net.spreadMin * MIN);
          if (net.shift.contains(t)) return Math.floor(t);
          if (net.shift.inLunch(t) && net.shift.containsIgnoringLunch(t) && !rng.chance(net.shift.lunchKeep)) return Math.floor(t);
        }
        return shiftTimeAfter(net, wave, net.spreadMin * MIN);
      }
      // off-shift: evenings, nights, weekends (overtime or a personal phone)
      for (let i = 0; i < 200; i++) {
        const t = organicTime(inWave ? wave : post.time, net.offClock);
        if (!net.shift.containsIgnoringLunch(t)) return t;
      }
      return organicTime(post.time, net.offClock);
    };
    for (const net of networks) {
      for (const a of net.members) {
        for (let k = 0; k < a.nComments; k++) {
          const post = net.targetPicker.pick(rng);
          const templ = rng.chance(net.templateShare);
          const lang = rng.chance(0.85) ? a.lang : opLang(net);
          const text = templ ? T.operatorTemplate(rng, net.textStyle, lang, net.variation) : T.operatorFree(rng, lang, post.topic);
          addComment({ post, author: a, net, template: templ, time: brigadeTime(a, post), wantReply: rng.chance(net.replyShare), text });
        }
      }
    }
  }

  // ---------- replies: who answers whom ----------
  for (const post of posts) {
    post.comments.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
    const tops = [];
    for (const c of post.comments) {
      let parent = null;
      if (c.wantReply && tops.length) {
        const recent = (filter, horizon) => {
          const cand = [];
          for (let i = tops.length - 1; i >= 0 && cand.length < 60; i--) {
            if (c.time - tops[i].time > horizon) break;
            if (filter(tops[i])) cand.push(tops[i]);
          }
          return cand;
        };
        if (c.net) {
          const same = rng.chance(0.65) ? recent((p) => p.net === c.net, 12 * H) : [];
          const other = same.length ? same : recent((p) => !p.net, 2 * D);
          if (other.length) parent = other[Math.min(other.length - 1, Math.floor(rng.exp(4)))];
        } else if (c.community) {
          const same = rng.chance(0.75) ? recent((p) => p.community === c.community, 6 * H) : [];
          const cand = same.length ? same : recent(() => true, 2 * D);
          if (cand.length) parent = cand[Math.min(cand.length - 1, Math.floor(rng.exp(5)))];
        } else {
          const cand = recent(() => true, 3 * D);
          if (cand.length) parent = rng.chance(0.6) ? cand[Math.min(cand.length - 1, Math.floor(rng.exp(6)))] : rng.pick(cand);
        }
      }
      if (parent) {
        c.parent = parent; parent.replies.push(c);
        if (c.net) c.text = c.net === parent.net ? T.operatorReply(rng, c.author.lang === 'ru' ? 'ru' : 'az') : rng.chance(0.5) ? T.operatorReply(rng, 'az') : c.text;
        else if (!c.community) c.text = rng.chance(0.6) ? T.organicReply(rng, c.author.lang, !!parent.net) : c.text;
      } else { c.parent = null; tops.push(c); }
    }
  }

  // ---------- reactions (always drawn: like_count exists in every export; reactor lists only when reactions) ----------
  const R = {};
  const organicCommenters = accounts.filter((a) => a.label === 'authentic' && a.comments > 0);
  R.reactorPool = Math.round(organicCommenters.length * rng.u(0.8, 2.2));
  R.reactorPageShare = rng.u(0.01, 0.06);
  knob('reactionsModel', R);
  const reactors = [];
  for (let i = 0; i < R.reactorPool; i++) {
    const page = rng.chance(R.reactorPageShare);
    const zone = rng.chance(0.1);
    const a = page
      ? addAccount({ kind: 'reactor', type: 'page', category: rng.pick([...CATS.shop, ...CATS.odd, ...CATS.person, 'Community', 'Local business']), name: rng.chance(0.6) ? personName({ az: 0.7, lat: 0.3 }) : rng.pick(BUSINESS_NAMES) + ' ' + rng.int(1, 99) })
      : addAccount({ kind: 'reactor', type: 'profile', name: personName(), zoneHint: zone });
    reactors.push(a);
  }
  const reactorPicker = new Picker(reactors, reactors.map(() => Math.exp(1.1 * rng.normal())));
  const RT_ORG = new Picker(['like', 'love', 'haha', 'sad', 'angry', 'wow', 'care'], [65, 12, 9, 5, 5, 2, 2]);
  const RT_IN = new Picker(['like', 'love', 'care'], [75, 20, 5]);
  const RT_HOSTILE = new Picker(['like', 'haha', 'angry', 'sad', 'wow'], [40, 30, 22, 4, 4]);
  const postCommenters = new Map(posts.map((p) => [p, [...new Set(p.comments.filter((c) => c.author.label === 'authentic').map((c) => c.author))]]));
  const addLike = (c, a, type) => { if (a === c.author || c.likers.has(a)) return false; c.likers.set(a, type); return true; };
  const outside = (c, n, typePicker) => {
    const pc = postCommenters.get(c.post);
    for (let i = 0, tries = 0; i < n && tries < n * 6; tries++) {
      const a = rng.chance(0.35) && pc.length ? rng.pick(pc) : reactorPicker.pick(rng);
      if (addLike(c, a, typePicker.pick(rng))) i++;
    }
  };
  const organicLikes = (c) => { const x = Math.exp(c.post.likeMu + 1.15 * rng.normal()) * (c.parent ? 0.4 : 1) - 0.8; return Math.max(0, Math.round(x)); };
  const netPickers = new Map(networks.map((n) => { const pool = [...n.members, ...n.likeOnly]; return [n, { pool, picker: new Picker(pool, pool.map((a) => a.likerWeight)) }]; }));
  for (const c of comments) {
    if (c.net) {
      const { pool, picker } = netPickers.get(c.net);
      const I = Math.min(pool.length - 1, rng.poisson(c.net.likesPerComment * (c.parent ? 0.5 : 1)));
      for (let i = 0, tries = 0; i < I && tries < I * 8; tries++) if (addLike(c, picker.pick(rng), RT_IN.pick(rng))) i++;
      const s = c.author.insideShare;
      const O = I > 0 ? rng.poisson((I * (1 - s)) / s) : rng.poisson(0.4);
      outside(c, O, RT_HOSTILE);
    } else if (c.community) {
      const g = c.community;
      for (const m of g.members) if (m !== c.author && rng.chance(g.likeProb)) addLike(c, m, RT_IN.pick(rng));
      outside(c, Math.round(organicLikes(c) * 0.7), RT_ORG);
    } else {
      outside(c, organicLikes(c), RT_ORG);
      if (networks.length && !c.parent) {
        for (const net of networks) {
          if (!net.waves.has(c.post) || !rng.chance(net.hostileReact)) continue;
          const { picker } = netPickers.get(net);
          const n = rng.int(1, 5);
          for (let i = 0; i < n; i++) addLike(c, picker.pick(rng), rng.chance(0.5) ? 'haha' : 'angry');
        }
      }
    }
  }
  for (const c of comments) for (const a of c.likers.keys()) a.reacted++;

  // ---------- "most relevant" order ----------
  const rankNoise = knob('rankNoise', rng.u(0.3, 0.9));
  const replyWeight = knob('rankReplyWeight', rng.u(0.4, 1.2));
  const rows = [];
  const truthTopN = [];
  for (const post of posts) {
    const tops = post.comments.filter((c) => !c.parent);
    for (const c of tops) c.score = Math.log1p(c.likers.size) + replyWeight * Math.log1p(c.replies.length) + rankNoise * rng.normal();
    tops.sort((a, b) => b.score - a.score);
    let considered = 0, brig = 0;
    for (const c of tops) {
      if (considered < 300) { considered++; if (c.author.label === 'inauthentic') brig++; }
      rows.push(c);
      c.replies.sort((a, b) => a.time - b.time);
      for (const r of c.replies) rows.push(r);
    }
    truthTopN.push({ postId: post.id, considered, inauthentic: brig, share: considered ? r3(brig / considered) : 0 });
  }

  // ---------- realised figures ----------
  const realised = { comments: comments.length, topLevel: comments.filter((c) => !c.parent).length, truthTopN };
  const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };
  realised.networks = networks.map((net) => {
    const cs = comments.filter((c) => c.net === net);
    const counts = net.members.map((a) => a.comments).filter((x) => x > 0);
    let inside = 0, total = 0;
    for (const c of cs) for (const a of c.likers.keys()) { total++; if (a.net === net) inside++; }
    const inShift = net.shift ? cs.filter((c) => net.shift.contains(c.time)).length / Math.max(1, cs.length) : null;
    const std = cs.filter((c) => { const lp = localParts(c.time, BAKU_OFFSET_MIN); return lp.dow < 5 && lp.hour >= 9 && lp.hour < 18; }).length / Math.max(1, cs.length);
    return {
      id: net.id, members: net.members.length, likeOnly: reactions ? net.likeOnly.filter((a) => a.reacted > 0).length : 0,
      pages: net.members.filter((a) => a.type === 'page').length, profiles: net.members.filter((a) => a.type === 'profile').length,
      personCategoryPages: net.members.filter((a) => CATS.person.includes(a.category)).length,
      comments: cs.length, targets: net.targets.length, commentsPerAccount: { min: Math.min(...counts), median: median(counts), max: Math.max(...counts) },
      inOwnShift: inShift == null ? null : r3(inShift), inMonFri0918: r3(std), insideReactionShare: total ? r3(inside / total) : null,
      templateShare: r3(cs.filter((c) => c.template).length / Math.max(1, cs.length)),
    };
  });
  K.networks = networks.map((net) => ({
    id: net.id, size: net.size, likeOnly: net.likeOnly.length, fakeProfileShare: r3(net.fakeProfileShare), commentsPerAccount: [net.cMin, net.cMax],
    inShiftMean: net.inShiftMean == null ? null : r3(net.inShiftMean), inShiftConcentration: r3(net.inShiftConc), insideShareMean: r3(net.insideShareMean),
    insideConcentration: r3(net.insideConc), likesPerComment: r3(net.likesPerComment), templateShare: r3(net.templateShare), templateVariation: r3(net.variation),
    langAz: r3(net.langAz), langEn: r3(net.langEn), replyShare: r3(net.replyShare), waveShare: r3(net.waveShare), wavesPerPost: net.wavesPerPost,
    waveSpreadMin: r3(net.spreadMin), taskDelayHours: r3(net.taskDelayHours), hostileReact: r3(net.hostileReact), targetShare: r3(net.targetShare),
    shift: net.shift ? { ...net.shift } : null, categories: net.catPool,
    namePool: { male: net.pool.male.length, female: net.pool.female.length, surnames: net.pool.sur.map((s) => s[1]) },
  }));
  const kindsSeen = {};
  for (const a of accounts) if (a.comments > 0 || (reactions && a.reacted > 0)) kindsSeen[a.kind] = (kindsSeen[a.kind] ?? 0) + 1;
  realised.accountsByKind = kindsSeen;
  const orgCs = comments.filter((c) => c.author.label === 'authentic');
  realised.organicInMonFri0918 = r3(orgCs.filter((c) => { const lp = localParts(c.time, BAKU_OFFSET_MIN); return lp.dow < 5 && lp.hour >= 9 && lp.hour < 18; }).length / Math.max(1, orgCs.length));
  K.realised = realised;

  // ---------- files ----------
  const fmtTime = (ms) => {
    const iso = new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (timeFormat === 'Z') return iso;
    if (timeFormat === '+0000') return iso.replace('Z', '+0000');
    return new Date(ms + BAKU_OFFSET_MIN * MIN).toISOString().replace(/\.\d{3}Z$/, '+04:00');
  };
  const head = pageFlag
    ? ['comment_id', 'post_id', 'parent_id', 'author_id', 'author_name', 'author_url', 'author_type', 'author_category', 'created_at', 'text', 'like_count', 'reply_count']
    : ['comment_id', 'post_id', 'parent_id', 'author_id', 'author_name', 'author_url', 'created_at', 'text', 'like_count', 'reply_count'];
  const lines = [head.join(',')];
  for (const c of rows) {
    const a = c.author;
    const rec = pageFlag
      ? [c.id, c.post.id, c.parent ? c.parent.id : '', a.id, a.name, a.url, a.type, a.type === 'page' ? a.category : '', fmtTime(c.time), c.text, c.likers.size, c.replies.length]
      : [c.id, c.post.id, c.parent ? c.parent.id : '', a.id, a.name, a.url, fmtTime(c.time), c.text, c.likers.size, c.replies.length];
    lines.push(rec.map(csvCell).join(','));
  }
  const files = { 'comments.csv': lines.join('\n') + '\n' };
  if (reactions) {
    const rl = ['comment_id,reactor_id,reactor_name,reactor_type,reaction_type'];
    for (const c of rows) for (const [a, type] of c.likers) rl.push([c.id, a.id, a.name, pageFlag ? a.type : '', type].map(csvCell).join(','));
    files['reactions.csv'] = rl.join('\n') + '\n';
  }
  const tl = ['account_id,label,kind,group'];
  for (const a of accounts) if (a.comments > 0 || (reactions && a.reacted > 0)) tl.push([a.id, a.label, a.kind, a.group].map(csvCell).join(','));
  files['truth.csv'] = tl.join('\n') + '\n';
  files['knobs.json'] = JSON.stringify(K, null, 2) + '\n';
  return { files, knobs: K };
}

export function csvCell(v) {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeDraw(family, seed, out) {
  const { files, knobs } = generate(family, seed);
  fs.mkdirSync(out, { recursive: true });
  for (const f of ['comments.csv', 'reactions.csv', 'truth.csv', 'knobs.json']) {
    const p = path.join(out, f);
    if (files[f] != null) fs.writeFileSync(p, files[f]); else if (fs.existsSync(p)) fs.unlinkSync(p);
  }
  return knobs;
}

/** `--key value` and bare `--flag` arguments as an object (shared with evaluate.mjs). */
export function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) { const k = a.slice(2); const v = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true; o[k] = v; }
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  if (!o.family || o.seed == null || !o.out) {
    console.error(`usage: node generate.mjs --family F --seed N --out DIR\n  families: ${FAMILIES.join(', ')}`);
    process.exit(2);
  }
  try {
    const k = writeDraw(o.family, Number(o.seed), o.out);
    const r = k.realised;
    console.error(`${o.family} seed ${o.seed}: ${r.comments} comments, posts ${k.posts}, pageFlag ${k.pageFlag}, reactions ${k.reactions}, brigadeClock ${k.brigadeClock} -> ${o.out}`);
  } catch (e) { console.error(e.message); process.exit(2); }
}
