import type { OutputFormat } from '../options.js';
import type { ScanResult } from '../result.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';


/**
 * Every output is a function of the result alone: `scan --format X` and `report result.json
 * --format X` go through here, so the two give the same bytes.
 */
export function renderResult(result: ScanResult, format: OutputFormat, columns = process.stdout.columns ?? 120): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'csv':
      return renderCsv(result);
    case 'markdown':
      return renderMarkdown(result);
    case 'html':
      return renderHtml(result);
    default:
      return renderTable(result, columns);
  }
}
