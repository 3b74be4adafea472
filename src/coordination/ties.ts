import type { Model } from '../model/types.js';
import type { CoCommentingOptions } from '../signals/co-commenting.js';
import type { CopyPasteOptions } from '../signals/copy-paste.js';
import { prunedCoCommentEdges, type CoCommentEdge } from './co-comment.js';
import { copyPasteFamilies, familyAuthors } from './copies.js';

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
  const familiesOf = new Map<number, number[]>();
  const familyOfComment = new Int32Array(model.columns.length).fill(-1);
  if (copyPaste) {
    const id = (a: number) => model.accounts[a]!.id;
    const byId = (x: number, y: number) => (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0);
    const perComment = copyPasteFamilies(model, copyPaste);
    const authors = [...familyAuthors(model, perComment, copyPaste.minAccounts)].sort((x, y) => x[0] - y[0]);
    for (const [f, set] of authors) {
      const members = [...set].sort(byId);
      families.set(f, members);
      for (const a of members) {
        let list = familiesOf.get(a);
        if (!list) familiesOf.set(a, (list = []));
        list.push(f);
      }
    }
    perComment.forEach((f, c) => {
      if (f >= 0 && families.has(f)) familyOfComment[c] = f;
    });
  }
  const tied = (a: number, b: number): boolean => {
    if (a === b) return false;
    if (pairs.has(Math.min(a, b) * n + Math.max(a, b))) return true;
    const fa = familiesOf.get(a), fb = familiesOf.get(b);
    if (!fa || !fb) return false;
    // Both ascending: a merge walk.
    for (let i = 0, j = 0; i < fa.length && j < fb.length; ) {
      if (fa[i] === fb[j]) return true;
      if (fa[i]! < fb[j]!) i++;
      else j++;
    }
    return false;
  };
  return { coComment, families, familyOfComment, familiesOf, coCommentDegree, tied };
}

/** The largest group an account is tied into by one relation: its largest family, or itself and its co-commenting partners. */
export function tiedGroupSize(ties: CoordinationTies, account: number): number {
  let size = ties.coCommentDegree[account]! > 0 ? ties.coCommentDegree[account]! + 1 : 0;
  for (const f of ties.familiesOf.get(account) ?? []) size = Math.max(size, ties.families.get(f)!.length);
  return size;
}
