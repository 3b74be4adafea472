import type { ScanResult } from '../result.js';
import { isInauthenticRole, type Dataset, type Kind } from './generator.js';
import type { Knobs } from './knobs.js';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

/** The organic kinds whose members must never be flagged (issue #9), and the look-alikes counted beside them. */
export const PROTECTED_KINDS = ['activist', 'student', 'colleague'] as const satisfies readonly Kind[];
export const LOOKALIKE_KINDS = ['seller', 'public-figure'] as const satisfies readonly Kind[];

export interface TopNError {
  postId: string;
  considered: number;
  estimated: number;
  truth: number;
  errorPoints: number;
}

export interface DrawMetrics {
  family: string;
  seed: number;
  knobs: Knobs;
  comments: number;
  accounts: number;
  brigadeAccounts: number;
  /** `inauthentic` counts as flagged; `suspicious` does not. Accounts are those the scan reports. */
  classifier: Confusion;
  /** Authentic accounts judged inauthentic, by kind; and those judged suspicious. */
  flaggedByKind: Partial<Record<Kind, number>>;
  suspiciousByKind: Partial<Record<Kind, number>>;
  /** Activists, students and colleagues judged inauthentic (target: 0). */
  protectedFlagged: number;
  /** Authentic accounts judged inauthentic in all (target on control: ≤ 2). */
  falsePositives: number;
  /** Top-N share of inauthentic comments: the post with the largest error, and the pooled figure (points). */
  topN: { n: number; worstPost: TopNError | null; overall: TopNError };
  /** Rounds of the verdicts' fixed point, and whether they settled before `maxRounds` (a scan that did not is a bug). */
  rounds: number;
  converged: boolean;
}

const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

export function confusion(predicted: (id: string) => boolean, truth: (id: string) => boolean, ids: Iterable<string>): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const id of ids) {
    const t = truth(id), p = predicted(id);
    if (t && p) tp++;
    else if (p) fp++;
    else if (t) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn, precision: tp + fp === 0 ? 1 : round(tp / (tp + fp)), recall: tp + fn === 0 ? 1 : round(tp / (tp + fn)) };
}

/**
 * Compares a scan of a generated dataset with its truth. Top-N truth is re-derived from the export order
 * (the scan's default ranking): the first N top-level comments of each post.
 */
export function measure(data: Dataset, result: ScanResult): DrawMetrics {
  const kindOf = new Map(data.accounts.map((a) => [a.id, a.kind]));
  const verdict = new Map(result.accounts.map((a) => [a.id, a.verdict]));
  const known = result.accounts.map((a) => a.id).filter((id) => kindOf.has(id));
  const unknown = result.accounts.length - known.length;
  if (unknown > 0) throw new Error(`${unknown} scanned accounts have no truth row`);
  const inauthentic = (id: string) => isInauthenticRole(kindOf.get(id)!);
  const classifier = confusion((id) => verdict.get(id) === 'inauthentic', inauthentic, known);

  const flaggedByKind: Partial<Record<Kind, number>> = {};
  const suspiciousByKind: Partial<Record<Kind, number>> = {};
  for (const id of known) {
    const kind = kindOf.get(id)!;
    if (isInauthenticRole(kind)) continue;
    if (verdict.get(id) === 'inauthentic') flaggedByKind[kind] = (flaggedByKind[kind] ?? 0) + 1;
    if (verdict.get(id) === 'suspicious') suspiciousByKind[kind] = (suspiciousByKind[kind] ?? 0) + 1;
  }

  const n = result.topN.n;
  const top = new Map<string, boolean[]>();
  for (const c of data.comments) {
    if (c.parentId) continue;
    let list = top.get(c.postId);
    if (!list) top.set(c.postId, (list = []));
    if (list.length < n) list.push(isInauthenticRole(c.author.kind));
  }
  const share = (list: boolean[]) => (list.length === 0 ? 0 : list.filter(Boolean).length / list.length);
  let worstPost: TopNError | null = null;
  for (const post of result.topN.posts) {
    const list = top.get(post.postId) ?? [];
    const e: TopNError = {
      postId: post.postId, considered: post.considered, estimated: round(post.share), truth: round(share(list)),
      errorPoints: round(Math.abs(post.share - share(list)) * 100, 2),
    };
    if (!worstPost || e.errorPoints > worstPost.errorPoints) worstPost = e;
  }
  const all = [...top.values()].flat();
  const overall: TopNError = {
    postId: 'overall', considered: result.topN.overall.considered, estimated: round(result.topN.overall.share), truth: round(share(all)),
    errorPoints: round(Math.abs(result.topN.overall.share - share(all)) * 100, 2),
  };
  return {
    family: data.scenario.name,
    seed: data.scenario.seed,
    knobs: data.knobs,
    comments: data.comments.length,
    accounts: known.length,
    brigadeAccounts: known.filter(inauthentic).length,
    classifier,
    flaggedByKind,
    suspiciousByKind,
    protectedFlagged: PROTECTED_KINDS.reduce((s, kind) => s + (flaggedByKind[kind] ?? 0), 0),
    falsePositives: classifier.fp,
    topN: { n, worstPost, overall },
    rounds: result.meta.rounds,
    converged: result.meta.converged,
  };
}
