import { InputError } from '../errors.js';
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

/**
 * Renders a result read back from a file (`brigade report`). `readResult` checks the fields every
 * command relies on; a file edited by hand (or by someone under investigation) can still lack a
 * part only the report reads, so a renderer meeting such a hole is an input error naming the file,
 * not a crash. Results brigade writes itself never take this path (tests/report render them whole).
 */
export function renderStoredResult(path: string, result: ScanResult, format: OutputFormat, columns?: number): string {
  try {
    return renderResult(result, format, columns);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    throw new InputError(path, `is not a complete brigade result: a part the report needs is missing or malformed (${error.message})`);
  }
}
