import type { ScanResult } from '../result.js';
import { reasons } from './reasons.js';
import { csvField } from './sanitize.js';

const COLUMNS = ['id', 'name', 'type', 'category', 'comments', 'reactions_given', 'score', 'verdict', 'basis', 'reasons'];

/** One row per account, most suspicious first; formula-leading cells neutralised. */
export function renderCsv(result: ScanResult): string {
  const lines = [COLUMNS.join(',')];
  for (const a of result.accounts) {
    lines.push(
      [a.id, a.name, a.type, a.category, a.comments, a.reactionsGiven, a.score, a.verdict, a.basis, reasons(a, result, undefined, 10).join('; ')]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
