import type { Model } from '../model/types.js';
import type { CoordinationTies } from './ties.js';

/**
 * How firmly each account is tied into a group (../shared/reference/group-tests.md §4: "attachment, not
 * contact"): the distinct members it shares a kept co-commenting edge or a copy-paste family with, or from
 * whom it received supportive replies and reactions. Support it *gave* does not count: any citizen may like
 * a brigade comment, and that makes no one a member. `all` counts the same relations with anyone, so a
 * prolific superfan who co-comments with everybody is not taken for a member. Accounts with no tie are absent.
 */
export function attachmentTo(model: Model, ties: CoordinationTies, members: number[]): Map<number, { inside: number; all: number }> {
  const inside = new Set(members);
  const partners = new Map<number, Set<number>>();
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
    for (const a of authors) for (const m of mine) tie(a, m);
  }
  for (const e of model.engagements) if (e.supportive && inside.has(e.from)) tie(e.to, e.from);
  // The same relations with anyone, for the share of an account's partners that are in the group.
  const all = new Map<number, Set<number>>();
  const any = (account: number, other: number) => {
    if (account === other || !partners.has(account)) return;
    let set = all.get(account);
    if (!set) all.set(account, (set = new Set()));
    set.add(other);
  };
  for (const e of ties.coComment) {
    any(e.a, e.b);
    any(e.b, e.a);
  }
  for (const authors of ties.families.values()) {
    if (!authors.some((a) => partners.has(a))) continue;
    for (const a of authors) if (partners.has(a)) for (const b of authors) any(a, b);
  }
  for (const e of model.engagements) if (e.supportive) any(e.to, e.from);
  return new Map([...partners].map(([a, set]) => [a, { inside: set.size, all: all.get(a)?.size ?? set.size }]));
}
