import type { ScanResult } from './result.js';
import type { ShareFigures } from './score/top-n.js';

/** One difference between two results, as data; worded by report/messages.ts. */
export type Difference =
  | { kind: 'verdict'; id: string; expected: string; actual: string }
  | { kind: 'account-missing'; id: string; expected: string }
  | { kind: 'account-added'; id: string; actual: string }
  | { kind: 'share'; postId: string; field: string; expected: number; actual: number }
  | { kind: 'post-missing'; postId: string }
  | { kind: 'post-added'; postId: string }
  | { kind: 'figure'; path: string; expected: string; actual: string };

const SHARE_FIELDS = ['share', 'authorShare', 'upperBoundShare'] as const;

/**
 * What changed from `expected` to `actual`: every verdict, and every top-N share that moved more than
 * `tolerance` (a fraction; 0 for "identical"). With `exact`, every other figure must match too.
 */
export function compareResults(expected: ScanResult, actual: ScanResult, tolerance: number, exact = false): Difference[] {
  const out: Difference[] = [];
  const actualAccounts = new Map(actual.accounts.map((a) => [a.id, a]));
  for (const e of expected.accounts) {
    const a = actualAccounts.get(e.id);
    if (!a) out.push({ kind: 'account-missing', id: e.id, expected: e.verdict });
    else if (a.verdict !== e.verdict) out.push({ kind: 'verdict', id: e.id, expected: e.verdict, actual: a.verdict });
    actualAccounts.delete(e.id);
  }
  for (const a of actualAccounts.values()) out.push({ kind: 'account-added', id: a.id, actual: a.verdict });

  const posts = (r: ScanResult) => new Map<string, ShareFigures>([...r.topN.posts.map((p) => [p.postId, p] as const), ['overall', r.topN.overall]]);
  const actualPosts = posts(actual);
  for (const [postId, e] of posts(expected)) {
    const a = actualPosts.get(postId);
    if (!a) {
      out.push({ kind: 'post-missing', postId });
      continue;
    }
    actualPosts.delete(postId);
    for (const field of SHARE_FIELDS) {
      if (Math.abs(a[field] - e[field]) > tolerance + 1e-12) out.push({ kind: 'share', postId, field, expected: e[field], actual: a[field] });
    }
    if (Math.abs(a.allComments.share - e.allComments.share) > tolerance + 1e-12) {
      out.push({ kind: 'share', postId, field: 'allComments.share', expected: e.allComments.share, actual: a.allComments.share });
    }
  }
  for (const postId of actualPosts.keys()) out.push({ kind: 'post-added', postId });

  if (exact) {
    // Everything else the result states, field by field: the paths of inputs may differ (their hashes
    // may not), and so may the brigade version, which the caller reports beside the outcome.
    // Files skipped in a scanned folder describe the folder, not the data: re-run from the recorded
    // inputs, the same findings come without them.
    const strip = (r: ScanResult) => ({
      ...r,
      meta: { ...r.meta, version: '', inputs: r.meta.inputs.map(({ file: _file, ...rest }) => rest) },
      warnings: r.warnings.filter((w) => w.code !== 'skipped-file'),
    });
    diffValues(strip(expected), strip(actual), '', out);
  }
  return out;
}

function diffValues(expected: unknown, actual: unknown, path: string, out: Difference[]): void {
  if (out.length > 200) return;
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push({ kind: 'figure', path, expected: JSON.stringify(expected), actual: JSON.stringify(actual) });
    return;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    diffValues((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  }
}
