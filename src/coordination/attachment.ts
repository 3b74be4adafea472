import type { Model } from '../model/types.js';
import type { CoordinationTies } from './ties.js';

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
export function attachmentTo(model: Model, ties: CoordinationTies, members: number[], grouped: Int32Array, texts = groupTexts(model, ties, members), oneSloganFirm: (a: number) => boolean = () => false, network?: ReadonlySet<number>): Map<number, { inside: number; all: number; beyondTiming: number; mutual: number; supporters: number; reactors: number; partners: Set<number>; firmWith: ReadonlySet<number> }> {
  const inside = new Set(members);
  const partners = new Map<number, Set<number>>();
  // Per account, its independent ties beyond timing: each template it shares (keyed −1 − family) and each
  // member it exchanged reactions with.
  const beyondTiming = new Map<number, Set<number>>();
  const firm = (account: number, member: number) => {
    if (account === member) return;
    let set = beyondTiming.get(account);
    if (!set) beyondTiming.set(account, (set = new Set()));
    set.add(member);
  };
  const tie = (account: number, member: number) => {
    if (account === member) return;
    let set = partners.get(account);
    if (!set) partners.set(account, (set = new Set()));
    set.add(member);
  };
  for (const e of ties.coComment) {
    if (inside.has(e.b)) tie(e.a, e.b);
    if (inside.has(e.a)) tie(e.b, e.a);
  }
  const templates = texts;
  const slogansShared = new Map<number, number[]>();
  for (const { key, authors, slogan, mine, template } of templates) {
    if (mine.length === 0) continue;
    // A template counts once, however many members posted it: echoing one slogan is one tie.
    for (const a of authors) {
      for (const m of mine) tie(a, m);
      if (!template || !mine.some((m) => m !== a)) continue;
      if (!slogan) firm(a, key);
      else {
        let list = slogansShared.get(a);
        if (!list) slogansShared.set(a, (list = []));
        list.push(key);
      }
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
  const n = model.accounts.length;
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
  // The same relations with anyone, for the share of an account's partners that are in the group.
  const all = new Map<number, Set<number>>();
  const any = (account: number, other: number) => {
    if (account === other || !partners.has(account)) return;
    let set = all.get(account);
    if (!set) all.set(account, (set = new Set()));
    set.add(other);
  };
  // Co-commenting counts toward `all` only with grouped accounts: with an ungrouped citizen it is chance.
  for (const e of ties.coComment) {
    if (grouped[e.b] !== -1) any(e.a, e.b);
    if (grouped[e.a] !== -1) any(e.b, e.a);
  }
  for (const { authors } of templates) {
    if (!authors.some((a) => partners.has(a))) continue;
    for (const a of authors) if (partners.has(a)) for (const b of authors) any(a, b);
  }
  // Support received counts toward `all` only from accounts in some group: nobody chooses who likes them,
  // and a brigade Page liked by hundreds of citizens is no less a member for it.
  // Every account that supported it, in the group or not.
  const reactors = new Map<number, Set<number>>();
  for (let e = 0; e < model.engagements.length; e++) {
    if (!supportiveReaction(e)) continue;
    if (grouped[from[e]!] !== -1) any(to[e]!, from[e]!);
    if (!partners.has(to[e]!)) continue;
    let by = reactors.get(to[e]!);
    if (!by) reactors.set(to[e]!, (by = new Set()));
    by.add(from[e]!);
  }
  const insideOf = (a: number, set: Set<number>) => {
    let count = set.size;
    if (network) for (const other of all.get(a) ?? []) if (!set.has(other) && network.has(other)) count++;
    return count;
  };
  return new Map([...partners].map(([a, set]) => [a, { inside: insideOf(a, set), all: all.get(a)?.size ?? set.size, beyondTiming: beyondTiming.get(a)?.size ?? 0, mutual: mutual.get(a)?.size ?? 0, supporters: supporters.get(a)?.size ?? 0, reactors: reactors.get(a)?.size ?? 0, partners: set, firmWith: beyondTiming.get(a) ?? NO_TIES }]));
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
