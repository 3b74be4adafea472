import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import { measureText, pct } from '../report/messages.js';
import { readResult } from '../result-io.js';
import { wilson } from '../util/stats.js';
import { maxOf, minOf } from '../util/arrays.js';

const LABELS = new Set(['inauthentic', 'authentic']);

export interface Evaluation {
  labelled: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: { value: number; ci95: [number, number] };
  recall: { value: number; ci95: [number, number] };
  specificity: { value: number; ci95: [number, number] };
  /** The top-N inauthentic share of the result, corrected for the measured error (Rogan–Gladen). */
  correctedShare: { observed: number; value: number; ci95: [number, number] } | null;
}

/**
 * Rogan & Gladen (1978): true prevalence from an observed one and the classifier's sensitivity and
 * specificity, p = (p̂ + Sp − 1) / (Se + Sp − 1), clamped to [0, 1].
 */
export function roganGladen(observed: number, sensitivity: number, specificity: number): number {
  const denominator = sensitivity + specificity - 1;
  if (denominator <= 0) return NaN;
  return Math.min(1, Math.max(0, (observed + specificity - 1) / denominator));
}

export function evaluate(labels: { verdict: string; label: string }[], observedShare: number | null): Evaluation {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { verdict, label } of labels) {
    const flagged = verdict === 'inauthentic', truth = label === 'inauthentic';
    if (flagged && truth) tp++;
    else if (flagged) fp++;
    else if (truth) fn++;
    else tn++;
  }
  const measure = (k: number, n: number) => ({ value: n === 0 ? NaN : k / n, ci95: wilson(k, n) });
  const precision = measure(tp, tp + fp), recall = measure(tp, tp + fn), specificity = measure(tn, tn + fp);
  let correctedShare: Evaluation['correctedShare'] = null;
  if (observedShare !== null && tp + fn > 0 && tn + fp > 0) {
    // A conservative interval: the corrected share at the extremes of the sensitivity and
    // specificity intervals (the observed share is a census of the top N, not a sample).
    const corners = [recall.ci95[0], recall.ci95[1]].flatMap((se) => [specificity.ci95[0], specificity.ci95[1]].map((sp) => roganGladen(observedShare, se, sp)));
    const finite = corners.filter(Number.isFinite);
    correctedShare = {
      observed: observedShare,
      value: roganGladen(observedShare, recall.value, specificity.value),
      ci95: finite.length ? [minOf(finite), maxOf(finite)] : [NaN, NaN],
    };
  }
  return { labelled: labels.length, tp, fp, fn, tn, precision, recall, specificity, correctedShare };
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'Measure the `inauthentic` verdict against hand labels (a sheet from `brigade sample`, label column filled with inauthentic or authentic; empty rows are skipped): precision, recall and specificity with 95% Wilson intervals, and the top-N share corrected for the measured error (Rogan–Gladen) with a conservative interval.',
    )
    .argument('<result>', 'result JSON of `brigade scan --format json`')
    .requiredOption('--labels <file>', 'the labelled sheet (CSV)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (resultPath: string, raw: { labels: string; format: string }) => {
      process.stdout.write(await evaluationText(resultPath, raw.labels, raw.format === 'json' ? 'json' : 'text'));
    });
}

/** Reads a result and a labelled sheet; the evaluation as text or JSON. Terminal-safe: no data is echoed raw. */
export async function evaluationText(resultPath: string, labelsPath: string, format: 'text' | 'json'): Promise<string> {
  const raw = { labels: labelsPath, format };
  const result = await readResult(resultPath);
  let rows: Record<string, string>[];
  try {
    rows = parse(await readFile(raw.labels), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new InputError(raw.labels, `cannot be read as CSV (${(error as Error).message.split('\n')[0]})`);
  }
  const verdictOf = new Map(result.accounts.map((a) => [a.id, a.verdict]));
  const labels: { verdict: string; label: string }[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    if (!('label' in row) || !('author_id' in row)) throw new InputError(raw.labels, 'needs the columns author_id and label (as `brigade sample` writes them)', 1);
    const label = (row.label ?? '').trim().toLowerCase();
    if (label === '') return;
    if (!LABELS.has(label)) throw new InputError(raw.labels, `label must be inauthentic, authentic or empty, found ${JSON.stringify(row.label)}`, line, 'label');
    const id = (row.author_id ?? '').replace(/^'/, '');
    const verdict = verdictOf.get(id);
    if (!verdict) throw new InputError(raw.labels, `author ${JSON.stringify(id)} is not in ${resultPath}`, line, 'author_id');
    labels.push({ verdict, label });
  });
  if (labels.length === 0) throw new InputError(raw.labels, 'no labelled rows');
  const evaluation = evaluate(labels, result.topN.overall.considered > 0 ? result.topN.overall.share : null);
  if (raw.format === 'json') return `${JSON.stringify(evaluation, null, 2)}\n`;
  const out = [
    `${evaluation.labelled} labelled: ${evaluation.tp} true positives, ${evaluation.fp} false positives, ${evaluation.fn} false negatives, ${evaluation.tn} true negatives`,
    `precision ${measureText(evaluation.precision, 'no account labelled was judged inauthentic')}; ` +
      `recall ${measureText(evaluation.recall, 'no positives labelled')}; specificity ${measureText(evaluation.specificity, 'no negatives labelled')}`,
  ];
  const c = evaluation.correctedShare;
  if (c) out.push(`top-N share ${pct(c.observed)} observed; corrected for the measured error (Rogan–Gladen): ${pct(c.value)} (${pct(c.ci95[0])}–${pct(c.ci95[1])})`);
  else out.push('no corrected share: the labels need both inauthentic and authentic examples');
  return `${out.join('\n')}\n`;
}
