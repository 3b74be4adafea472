import type { ScanResult } from '../result.js';
import { round } from '../signals/_shared/stats.js';
import { isInauthenticRole, type Dataset, type Role } from './generator.js';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Share of truly authentic accounts judged inauthentic. */
  falsePositiveRate: number;
}

export interface ScenarioMetrics {
  scenario: string;
  classifier: Confusion;
  /** Activists (the #FreeMehman community) judged inauthentic: must be 0. */
  activistsFlagged: number;
  activistsSuspicious: number;
  /** Top-N share by comments: estimated vs true, pooled over posts, in points. */
  topNShare: { estimated: number; truth: number; errorPoints: number };
  /** The same figures for two naive rules. */
  naive: { everyPage: Confusion & { topNErrorPoints: number }; officeHours90: Confusion & { topNErrorPoints: number } };
  falsePositivesByRole: Partial<Record<Role, number>>;
}

function confusion(predicted: (id: string) => boolean, data: Dataset): Confusion {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const a of data.accounts) {
    const truth = isInauthenticRole(a.role);
    const guess = predicted(a.id);
    if (truth && guess) tp++;
    else if (!truth && guess) fp++;
    else if (truth) fn++;
    else tn++;
  }
  return {
    tp, fp, fn, tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    falsePositiveRate: fp + tn === 0 ? 0 : fp / (fp + tn),
  };
}

/** Compares a scan of a generated dataset with its ground truth (accounts that appear in the data). */
export function measure(data: Dataset, result: ScanResult): ScenarioMetrics {
  const verdict = new Map(result.accounts.map((a) => [a.id, a.verdict]));
  const present = { ...data, accounts: data.accounts.filter((a) => verdict.has(a.id)) };
  const classifier = confusion((id) => verdict.get(id) === 'inauthentic', present);
  const role = new Map(data.accounts.map((a) => [a.id, a.role]));
  const falsePositivesByRole: Partial<Record<Role, number>> = {};
  for (const a of result.accounts) {
    const r = role.get(a.id)!;
    if (a.verdict === 'inauthentic' && !isInauthenticRole(r)) falsePositivesByRole[r] = (falsePositivesByRole[r] ?? 0) + 1;
  }
  const activists = result.accounts.filter((a) => role.get(a.id) === 'activist' || (role.get(a.id) === 'office-worker' && data.comments.some((c) => c.author.id === a.id && c.text.includes('#FreeMehman'))));

  // Top-N: the comments the scan counted, re-derived here from the export order (rank=order, top-level).
  const n = result.topN.n;
  const perPost = new Map<string, typeof data.comments>();
  for (const c of data.comments) {
    if (c.parentId) continue;
    let list = perPost.get(c.postId);
    if (!list) perPost.set(c.postId, (list = []));
    if (list.length < n) list.push(c);
  }
  const top = [...perPost.values()].flat();
  const share = (pred: (c: (typeof top)[number]) => boolean) => (top.length === 0 ? 0 : top.filter(pred).length / top.length);
  const truthShare = share((c) => isInauthenticRole(c.author.role));

  const accountsById = new Map(data.accounts.map((a) => [a.id, a]));
  const inShift = (ms: number) => {
    const local = new Date(ms + 4 * 3_600_000);
    const d = local.getUTCDay(), h = local.getUTCHours();
    return d >= 1 && d <= 5 && h >= 9 && h < 18 && h !== 13;
  };
  const shiftShare = new Map<string, [number, number]>();
  for (const c of data.comments) {
    const s = shiftShare.get(c.author.id) ?? [0, 0];
    s[0] += inShift(c.createdMs) ? 1 : 0;
    s[1]++;
    shiftShare.set(c.author.id, s);
  }
  const everyPage = (id: string) => data.scenario.authorType && accountsById.get(id)?.type === 'page';
  const office90 = (id: string) => {
    const s = shiftShare.get(id);
    return !!s && s[0] / s[1] >= 0.9;
  };
  const naiveFigures = (rule: (id: string) => boolean) => ({
    ...confusion(rule, present),
    topNErrorPoints: round(Math.abs(share((c) => rule(c.author.id)) - truthShare) * 100),
  });
  const estimated = result.topN.overall.share;
  return {
    scenario: data.scenario.name,
    classifier,
    activistsFlagged: activists.filter((a) => a.verdict === 'inauthentic').length,
    activistsSuspicious: activists.filter((a) => a.verdict === 'suspicious').length,
    topNShare: { estimated: round(estimated), truth: round(truthShare), errorPoints: round(Math.abs(estimated - truthShare) * 100) },
    naive: { everyPage: naiveFigures(everyPage), officeHours90: naiveFigures(office90) },
    falsePositivesByRole,
  };
}
