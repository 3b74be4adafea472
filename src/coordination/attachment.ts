import type { Model } from '../model/types.js';
import type { CoordinationTies } from './ties.js';

/**
 * How firmly each account is tied into a group (../shared/reference/group-tests.md §4: "attachment, not
 * contact"): the distinct members it shares a kept co-commenting edge or a copy-paste family with, or from
 * whom it received supportive replies and reactions. Support it *gave* does not count: any citizen may like
 * a brigade comment, and that makes no one a member. `all` counts the same relations with anyone, so a
 * prolific superfan who co-comments with everybody is not taken for a member. `beyondTiming`: the members
 * tied to it by more than co-commenting — when a brigade fills a post's afternoon, citizens commenting
 * then fall within a minute of its members by chance (a citizen with 3 comments had 46 such partners), so
 * timing never counts toward firm attachment. Accounts with no tie are absent.
 */
export function attachmentTo(model: Model, ties: CoordinationTies, members: number[], grouped: Int32Array): Map<number, { inside: number; all: number; beyondTiming: number; partners: Set<number> }> {
  const inside = new Set(members);
  const partners = new Map<number, Set<number>>();
  // Per account, the members tied to it by more than timing: a shared template, or a reaction received.
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
  for (const authors of ties.families.values()) {
    const mine = authors.filter((a) => inside.has(a));
    if (mine.length === 0) continue;
    // A text most of whose authors are outside the group is a common phrase, not the group's template.
    const template = mine.length * 2 >= authors.length;
    for (const a of authors) {
      for (const m of mine) {
        tie(a, m);
        if (template) firm(a, m);
      }
    }
  }
  for (const e of model.engagements) {
    // Reactions only: a brigade replies under its critics' comments, and a reply may be an argument.
    if (!e.supportive || e.kind !== 'reaction' || !inside.has(e.from) || e.from === e.to) continue;
    tie(e.to, e.from);
    firm(e.to, e.from);
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
  for (const authors of ties.families.values()) {
    if (!authors.some((a) => partners.has(a))) continue;
    for (const a of authors) if (partners.has(a)) for (const b of authors) any(a, b);
  }
  // Support received counts toward `all` only from accounts in some group: nobody chooses who likes them,
  // and a brigade Page liked by hundreds of citizens is no less a member for it.
  for (const e of model.engagements) if (e.supportive && e.kind === 'reaction' && grouped[e.from] !== -1) any(e.to, e.from);
  return new Map([...partners].map(([a, set]) => [a, { inside: set.size, all: all.get(a)?.size ?? set.size, beyondTiming: beyondTiming.get(a)?.size ?? 0, partners: set }]));
}
