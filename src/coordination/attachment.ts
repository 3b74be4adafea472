import type { Model } from '../model/types.js';
import type { CoordinationTies } from './ties.js';
import { groupsOfMembers, pushTo } from '../util/arrays.js';

const NO_TIES: ReadonlySet<number> = new Set();

/**
 * How firmly each account is tied into a group (../shared/reference/group-tests.md §4: "attachment, not
 * contact"): the distinct members it shares a kept co-commenting edge, a copy-paste family or a slogan with, or from
 * whom it received supportive replies and reactions. Support it *gave* does not count: any citizen may like
 * a brigade comment, and that makes no one a member. `all` counts the same relations with anyone, so a
 * prolific superfan who co-comments with everybody is not taken for a member. `beyondTiming`: its
 * independent ties beyond co-commenting (each shared template once, each member it exchanged reactions
 * with) — when a brigade fills a post's afternoon, citizens commenting
 * then fall within a minute of its members by chance (a citizen with 3 comments had 46 such partners), so
 * timing never counts toward firm attachment. `supporters`: the members that gave it a supportive reaction;
 * `reactors`: every account that did (a public figure is liked by its readers, an operator's Page by its network).
 * `firmWith`: what its firm ties are to — members it exchanged reactions with (their indexes) and templates (−1 − family, or a
 * slogan's key: groupTexts). Accounts with no tie are absent.
 * `network`: where `members` is a core drawn from larger groups (score/network-verdict.ts), those groups' whole
 * membership. Its partners there count as `inside` (they are the network's, not outsiders), while its ties still
 * count only to `members`: who may vouch is the core's, whose an account is, the network's.
 */
export function attachmentTo(model: Model, ties: CoordinationTies, members: number[], grouped: Int32Array, texts = groupTexts(model, ties, members), oneSloganFirm: (a: number) => boolean = () => false, network?: ReadonlySet<number>): Map<number, Attachment> {
  const inside = new Set(members);
  const n = model.accounts.length;
  // An account's partners are a union: the members it co-comments with or that support it (`direct`), and the
  // members among the authors of each copied text it wrote. A text can have thousands of authors (a slogan, or a
  // network's line in a country-wide export): a Set of partners per author held a text's authors once per author,
  // and a replicated month of 10⁶ comments ran out of a 4 GB heap. So the relations are kept as lists (`direct`, and
  // per account the texts it wrote) and the unions counted with stamps, one pass per account, memory linear.
  const direct = new Map<number, number[]>();
  const order: number[] = [];
  const hasPartner = new Uint8Array(n);
  const note = (account: number) => {
    if (!hasPartner[account]) {
      hasPartner[account] = 1;
      order.push(account);
    }
  };
  const tie = (account: number, member: number) => {
    if (account === member) return;
    note(account);
    pushTo(direct, account, member);
  };
  // Per account, its independent ties beyond timing: each template it shares (keyed −1 − family) and each
  // member it exchanged reactions with.
  const beyondTiming = new Map<number, Set<number>>();
  const firm = (account: number, member: number) => {
    if (account === member) return;
    let set = beyondTiming.get(account);
    if (!set) beyondTiming.set(account, (set = new Set()));
    set.add(member);
  };
  for (const e of ties.coComment) {
    if (inside.has(e.b)) tie(e.a, e.b);
    if (inside.has(e.a)) tie(e.b, e.a);
  }
  // Per account, the texts (indexes into `texts`) it wrote, all of them (for `all`); those with members among their
  // authors make its partners.
  const textsOf = groupsOfMembers(texts.map(({ authors }, t): [number, number[]] => [t, authors]));
  const slogansShared = new Map<number, number[]>();
  for (const { key, authors, slogan, mine, template } of texts) {
    if (mine.length === 0) continue;
    // A template counts once, however many members posted it: echoing one slogan is one tie.
    for (const a of authors) {
      // Another member wrote it too (a member's own text ties it to nobody).
      if (!mine.some((m) => m !== a)) continue;
      note(a);
      if (!template) continue;
      if (!slogan) firm(a, key);
      else pushTo(slogansShared, a, key);
    }
  }
  // Slogans tie as in the graph: only a repertoire of them (ties.sloganMinShared), each then one firm tie. An
  // echo of one line is not membership (on data built by other hands, public figures who echoed one line of a
  // flood's were "attached" to it) — except for the accounts `oneSloganFirm` names (score/network-verdict.ts).
  for (const [a, keys] of slogansShared) if (keys.length >= ties.sloganMinShared || oneSloganFirm(a)) for (const key of keys) firm(a, key);
  // Reactions: a member's like is a tie, and a firm one only when returned (a and the member each
  // reacted to the other). Brigades like citizens' comments as camouflage, and citizens like theirs;
  // neither is membership. Reactions only: a brigade replies under its critics' comments.
  const liked = new Set<number>();
  // Per account, the members it exchanged reactions with (both ways).
  const mutual = new Map<number, Set<number>>();
  // Per account, the members that gave it a supportive reaction.
  const supporters = new Map<number, Set<number>>();
  const { from, to } = model.engagements;
  // Supportive reactions (not replies) by one account to another's comment.
  const supportiveReaction = (e: number) => model.engagements.supportive[e] === 1 && model.engagements.reaction[e] === 1 && from[e] !== to[e];
  for (let e = 0; e < model.engagements.length; e++) if (supportiveReaction(e)) liked.add(from[e]! * n + to[e]!);
  for (let e = 0; e < model.engagements.length; e++) {
    if (!supportiveReaction(e) || !inside.has(from[e]!)) continue;
    tie(to[e]!, from[e]!);
    let by = supporters.get(to[e]!);
    if (!by) supporters.set(to[e]!, (by = new Set()));
    by.add(from[e]!);
    if (liked.has(to[e]! * n + from[e]!)) {
      firm(to[e]!, from[e]!);
      let set = mutual.get(to[e]!);
      if (!set) mutual.set(to[e]!, (set = new Set()));
      set.add(from[e]!);
    }
  }
  // The same relations with anyone, for the share of an account's partners that are in the group: co-commenting only
  // with grouped accounts (with an ungrouped citizen it is chance), every author of each text it wrote, and support
  // received only from accounts in some group (nobody chooses who likes them, and a brigade Page liked by hundreds of
  // citizens is no less a member for it).
  const directAll = new Map<number, number[]>();
  const any = (account: number, other: number) => {
    if (account === other || !hasPartner[account]) return;
    pushTo(directAll, account, other);
  };
  for (const e of ties.coComment) {
    if (grouped[e.b] !== -1) any(e.a, e.b);
    if (grouped[e.a] !== -1) any(e.b, e.a);
  }
  // Every account that supported it, in the group or not.
  const reactors = new Map<number, Set<number>>();
  for (let e = 0; e < model.engagements.length; e++) {
    if (!supportiveReaction(e)) continue;
    if (grouped[from[e]!] !== -1) any(to[e]!, from[e]!);
    if (!hasPartner[to[e]!]) continue;
    let by = reactors.get(to[e]!);
    if (!by) reactors.set(to[e]!, (by = new Set()));
    by.add(from[e]!);
  }
  // Stamps: partnerMark[o] === the stamp of the pass counting an account's partners, allMark[o] === a while counting
  // its relations with anyone. Each pass over partners takes a new stamp (the partners are walked again when asked).
  const partnerMark = new Int32Array(n).fill(-1), allMark = new Int32Array(n).fill(-1);
  let stamp = -1;
  /** Its partners, each once: calls `visit` for each, and returns how many; `stamp` then marks them. */
  const partnersOf = (a: number, visit?: (o: number) => void): number => {
    let count = 0;
    stamp++;
    const mark = (o: number) => {
      if (o === a || partnerMark[o] === stamp) return;
      partnerMark[o] = stamp;
      count++;
      visit?.(o);
    };
    for (const o of direct.get(a) ?? []) mark(o);
    for (const t of textsOf.get(a) ?? []) for (const m of texts[t]!.mine) mark(m);
    return count;
  };
  const out = new Map<number, Attachment>();
  for (const a of order) {
    const partnerCount = partnersOf(a);
    const own = stamp;
    // Relations with anyone; beside them, the network's members among those that are not its partners.
    let all = 0, networkOthers = 0;
    const seen = (o: number) => {
      if (o === a || allMark[o] === a) return;
      allMark[o] = a;
      all++;
      if (network && partnerMark[o] !== own && network.has(o)) networkOthers++;
    };
    for (const o of directAll.get(a) ?? []) seen(o);
    for (const t of textsOf.get(a) ?? []) for (const o of texts[t]!.authors) seen(o);
    out.set(a, {
      inside: partnerCount + networkOthers, all: all > 0 ? all : partnerCount, beyondTiming: beyondTiming.get(a)?.size ?? 0, mutual: mutual.get(a)?.size ?? 0,
      supporters: supporters.get(a)?.size ?? 0, reactors: reactors.get(a)?.size ?? 0,
      partners: () => {
        const set = new Set<number>();
        partnersOf(a, (o) => set.add(o));
        return set;
      },
      firmWith: beyondTiming.get(a) ?? NO_TIES,
    });
  }
  return out;
}

/** How an account is tied into a group (attachmentTo). */
export interface Attachment {
  inside: number;
  all: number;
  beyondTiming: number;
  mutual: number;
  supporters: number;
  reactors: number;
  /** Its partners, made when asked (a Set of them for every account was what ran out of memory). */
  partners: () => Set<number>;
  firmWith: ReadonlySet<number>;
}

/**
 * The copied texts the group's members wrote: the copy-paste families and the slogans, each under a key of its own
 * (family ids are comment indexes, so slogans are keyed past them), with the members among its authors. A text
 * most of whose authors are outside the group is a common phrase, not the group's `template`. `network`: as in
 * attachmentTo, the groups a core was drawn from; their members count toward that majority.
 */
export function groupTexts(model: Model, ties: CoordinationTies, members: number[], network?: ReadonlySet<number>) {
  const inside = new Set(members);
  return [
    ...[...ties.families].map(([f, authors]) => ({ key: -1 - f, id: f, authors, slogan: false })),
    ...[...ties.slogans].map(([s, authors]) => ({ key: -1 - model.columns.length - s, id: s, authors, slogan: true })),
  ].map((text) => {
    const mine = text.authors.filter((a) => inside.has(a));
    const ours = network ? text.authors.filter((a) => inside.has(a) || network.has(a)).length : mine.length;
    return { ...text, mine, template: mine.length > 0 && ours * 2 >= text.authors.length };
  });
}

/** A group's copied texts (groupTexts), read once and shared by its attachment and its members' repertoires. */
export type GroupTexts = ReturnType<typeof groupTexts>;

/** What an account wrote of a group's templates. */
export interface Repertoire {
  /** Distinct templates of the group among its comments. */
  templates: number;
  /** Its comments that are copies of them (a slogan counted once). */
  copies: number;
  /** All its comments. */
  comments: number;
}

/**
 * Per account that wrote any, the group's templates among its comments (texts most of whose authors are
 * members; slogans only as a repertoire of `ties.sloganMinShared` or more, as in attachment). An operator's Page
 * posts the operation's lines over and over; a public figure who echoes it writes one or two of them among
 * its own words (group-tests.md §4).
 */
export function templateRepertoire(model: Model, ties: CoordinationTies, texts: GroupTexts): Map<number, Repertoire> {
  const templatesOf = new Map<number, { families: Set<number>; slogans: Set<number> }>();
  const add = (a: number, kind: 'families' | 'slogans', id: number) => {
    let own = templatesOf.get(a);
    if (!own) templatesOf.set(a, (own = { families: new Set(), slogans: new Set() }));
    own[kind].add(id);
  };
  for (const text of texts) if (text.template) for (const a of text.authors) add(a, text.slogan ? 'slogans' : 'families', text.id);
  const out = new Map<number, Repertoire>();
  if (templatesOf.size === 0) return out;
  for (const [a, { families, slogans }] of templatesOf) {
    const sloganCount = slogans.size >= ties.sloganMinShared ? slogans.size : 0;
    if (families.size + sloganCount > 0) out.set(a, { templates: families.size + sloganCount, copies: sloganCount, comments: 0 });
  }
  const { author } = model.columns;
  for (let c = 0; c < model.columns.length; c++) {
    const r = out.get(author[c]!);
    if (!r) continue;
    r.comments++;
    const f = ties.familyOfComment[c]!;
    if (f >= 0 && templatesOf.get(author[c]!)!.families.has(f)) r.copies++;
  }
  return out;
}
