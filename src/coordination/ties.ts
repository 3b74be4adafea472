import type { Model } from '../model/types.js';
import type { CoCommentingOptions } from '../signals/co-commenting.js';
import type { CopyPasteOptions } from '../signals/copy-paste.js';
import { prunedCoCommentEdges, type CoCommentEdge } from './co-comment.js';
import { copyPasteFamilies, familyAuthors } from './copies.js';
import { IntPairMap } from '../util/int-pair-map.js';
import { groupsOfMembers, sharedCount } from '../util/arrays.js';

/**
 * Who acts together with whom: the pruned co-commenting edges and the copy-paste families, computed
 * once per scan and shared by the signals that judge a group (closed-engagement) and by the network
 * view (score/networks.ts), so both see the same ties.
 */
export interface CoordinationTies {
  /** Pruned co-commenting edges, a < b (empty when co-commenting is off). */
  coComment: CoCommentEdge[];
  /** Copy-paste families with at least `minAccounts` distinct authors: family → authors, ascending by account id. */
  families: Map<number, number[]>;
  /** Per comment: its family among `families`, or -1. */
  familyOfComment: Int32Array;
  /** Per account: the families it wrote in, ascending. */
  familiesOf: Map<number, number[]>;
  /**
   * Slogans (short texts repeated word for word, copy-paste's `sloganMinTokens`) written by at least
   * `minAccounts` accounts: slogan → authors, ascending by account id. Ids are their own, not families'.
   */
  slogans: Map<number, number[]>;
  /** Slogans two accounts must share before they are tied (copy-paste's `sloganMinShared`). */
  sloganMinShared: number;
  /** Accounts that wrote the same `sloganMinShared` slogans (or more), weighted by the slogans they share. */
  sloganTies: { a: number; b: number; weight: number }[];
  /** Per account: distinct co-commenting partners. */
  coCommentDegree: Uint32Array;
  /** Whether two accounts share a co-commenting edge or a copy-paste family. */
  tied(a: number, b: number): boolean;
}

export function coordinationTies(model: Model, coCommenting: CoCommentingOptions | null, copyPaste: CopyPasteOptions | null): CoordinationTies {
  const n = model.accounts.length;
  const coComment = coCommenting ? prunedCoCommentEdges(model, coCommenting) : [];
  const coCommentDegree = new Uint32Array(n);
  // Keyed a·n + b: below 2^53 for any account count a scan can hold.
  const pairs = new Set<number>();
  for (const e of coComment) {
    coCommentDegree[e.a]!++;
    coCommentDegree[e.b]!++;
    pairs.add(e.a * n + e.b);
  }
  const families = new Map<number, number[]>();
  let familiesOf = new Map<number, number[]>();
  const familyOfComment = new Int32Array(model.columns.length).fill(-1);
  const slogans = new Map<number, number[]>();
  let sloganTies: { a: number; b: number; weight: number }[] = [];
  if (copyPaste) {
    const id = (a: number) => model.accounts[a]!.id;
    const byId = (x: number, y: number) => (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0);
    const texts = copyPasteFamilies(model, copyPaste);
    const perComment = texts.copies;
    const authors = [...familyAuthors(model, perComment, copyPaste.minAccounts)].sort((x, y) => x[0] - y[0]);
    for (const [f, set] of authors) families.set(f, [...set].sort(byId));
    familiesOf = groupsOfMembers(families);
    perComment.forEach((f, c) => {
      if (f >= 0 && families.has(f)) familyOfComment[c] = f;
    });
    if (texts.slogans) {
      const onPost = sloganOnPost(model, texts.slogans);
      for (const [f, set] of [...familyAuthors(model, onPost, copyPaste.minAccounts)].sort((x, y) => x[0] - y[0])) slogans.set(f, [...set].sort(byId));
      sloganTies = sharedSloganTies(slogans, copyPaste.sloganMinShared, byId);
    }
  }
  const tied = (a: number, b: number): boolean => {
    if (a === b) return false;
    if (pairs.has(Math.min(a, b) * n + Math.max(a, b))) return true;
    const fa = familiesOf.get(a), fb = familiesOf.get(b);
    return fa !== undefined && fb !== undefined && sharedCount(fa, fb, 1) > 0;
  };
  return { coComment, families, slogans, sloganMinShared: copyPaste?.sloganMinShared ?? Infinity, sloganTies, familyOfComment, familiesOf, coCommentDegree, tied };
}

/**
 * An account with more distinct slogans than this gets no slogan ties: it says everything everybody says
 * (and the sets of `minShared` slogans an account has grow as its slogans to that power).
 */
export const MAX_SLOGANS_PER_ACCOUNT = 32;

/** Accounts that wrote the same set of slogans, above which they are joined by a star rather than every pair. */
export const MAX_SLOGAN_PAIRS_SET = 256;

/**
 * Ties between accounts that wrote the same `minShared` slogans. One slogan in common is speech: on data
 * built by other hands, citizens' set phrases ("Allah rəhmət eləsin", greetings) joined 745 of them into one
 * group when a single slogan tied; two in common is a shared repertoire. The accounts are found through each
 * set of `minShared` slogans some account wrote (taken from each account's own slogans, so a slogan written by
 * thousands costs no pairs by itself), and every two writers of a set are tied once, weighted by all the
 * slogans they share.
 */
function sharedSloganTies(slogans: Map<number, number[]>, minShared: number, byId: (x: number, y: number) => number): { a: number; b: number; weight: number }[] {
  const of = groupsOfMembers(slogans);
  const writers = new Map<string, number[]>();
  const chosen: number[] = [];
  const visit = (list: number[], from: number, account: number) => {
    if (chosen.length === minShared) {
      const key = chosen.join(',');
      let set = writers.get(key);
      if (!set) writers.set(key, (set = []));
      set.push(account);
      return;
    }
    for (let i = from; i <= list.length - (minShared - chosen.length); i++) {
      chosen.push(list[i]!);
      visit(list, i + 1, account);
      chosen.pop();
    }
  };
  // Slogan ids ascending per account (the map was filled in id order), so a set has one key.
  for (const [account, list] of of) if (list.length >= minShared && list.length <= MAX_SLOGANS_PER_ACCOUNT) visit(list, 0, account);
  // Pairs weighted by the slogans they share: Louvain then tells a brigade that shares a whole repertoire from
  // the citizens who echo two of its lines. A set written by more than MAX_SLOGAN_PAIRS_SET accounts is a star
  // instead (its pairs would grow as its writers squared).
  const pairs = new IntPairMap();
  const ties: { a: number; b: number; weight: number }[] = [];
  for (const accounts of writers.values()) {
    if (accounts.length < 2) continue;
    accounts.sort(byId);
    if (accounts.length > MAX_SLOGAN_PAIRS_SET) {
      for (let i = 1; i < accounts.length; i++) ties.push({ a: accounts[0]!, b: accounts[i]!, weight: 1 });
      continue;
    }
    for (let i = 0; i < accounts.length; i++) {
      for (let j = i + 1; j < accounts.length; j++) {
        const x = Math.min(accounts[i]!, accounts[j]!), y = Math.max(accounts[i]!, accounts[j]!);
        pairs.set(x, y, 1);
      }
    }
  }
  pairs.forEach((a, b) => ties.push({ a, b, weight: sharedCount(of.get(a)!, of.get(b)!) }));
  return ties.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * Per comment, an id of its slogan on its post (or -1): a slogan is counted where it was written. Sellers
 * paste the same advertisement under any post ("Qəbul üçün zəng edin"), and citizens their set phrases; on data
 * built by other hands nine sellers were tied into a "network of Pages" by their shared advertisements when
 * a slogan counted wherever it was. A brigade writes its lines on the posts it is sent to, together.
 */
function sloganOnPost(model: Model, slogans: Int32Array): Int32Array {
  const ids = new IntPairMap();
  const out = new Int32Array(slogans.length).fill(-1);
  let next = 0;
  for (let c = 0; c < slogans.length; c++) {
    if (slogans[c]! < 0) continue;
    const post = model.columns.post[c]!;
    let id = ids.get(slogans[c]!, post, -1);
    if (id < 0) ids.set(slogans[c]!, post, (id = next++));
    out[c] = id;
  }
  return out;
}

/** The largest group an account is tied into by one relation: its largest family, or itself and its co-commenting partners. */
export function tiedGroupSize(ties: CoordinationTies, account: number): number {
  let size = ties.coCommentDegree[account]! > 0 ? ties.coCommentDegree[account]! + 1 : 0;
  for (const f of ties.familiesOf.get(account) ?? []) size = Math.max(size, ties.families.get(f)!.length);
  return size;
}
