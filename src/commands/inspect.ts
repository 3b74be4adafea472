import type { Command } from 'commander';
import { COMMENT_FORMATS } from '../ingest/formats/index.js';
import { expandInputs } from '../ingest/inputs.js';
import { resolveScanOptions } from '../options.js';
import { unavailableText, warningText } from '../report/messages.js';
import { forTerminal } from '../report/sanitize.js';
import { loadModel } from '../run.js';
import { SIGNALS } from '../signals/index.js';

export interface FileInspection {
  file: string;
  format: string;
  /** Why this format: what in the file showed it. */
  why: string;
  encoding: string;
  gzip: boolean;
  delimiter: string;
  rows: { read: number; used: number; rejected: number; skipped: number; duplicates: number };
  /** Header columns the format reads, and those it ignores. */
  reads: string[];
  ignores: string[];
  authorType: 'explicit' | 'heuristic' | 'unknown';
  timeZone: string;
  unavailableSignals: { signal: string; reason: string }[];
  warnings: string[];
}

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('Say what brigade understands of each input file: format and why, encoding, delimiter, rows, the columns it reads, how author type is known, the time zone assumed, and which signals the file cannot support.')
    .argument('<files...>', 'files or directories')
    .option('--input-tz <zone>', 'zone of times written without one', 'UTC')
    .option('--format <format>', 'text or json', 'text')
    .action(async (paths: string[], raw: { inputTz: string; format: string }) => {
      const options = resolveScanOptions({ inputTz: raw.inputTz, skipBadRows: true });
      const out: FileInspection[] = [];
      for (const file of await expandInputs(paths)) {
        const { model, reports, context } = await loadModel({ comments: [file] }, options.analysis, true);
        const report = reports[0]!;
        const format = COMMENT_FORMATS.find((f) => f.name === report.format.replace(/-xlsx$/, '-csv'));
        const sources = new Set(model.accounts.map((a) => a.typeSource));
        out.push({
          file,
          format: report.format,
          why: format
            ? `the header has ${format.needs}${report.format.endsWith('-xlsx') ? ' (first worksheet of an XLSX workbook)' : ''}`
            : report.format.endsWith('-json') || report.format.endsWith('-jsonl')
              ? 'the JSON holds that exporter\'s structure'
              : 'recognised from its content',
          encoding: report.encoding,
          gzip: report.gzip,
          delimiter: report.delimiter === '\t' ? 'tab' : report.delimiter,
          rows: { read: report.read, used: report.used, rejected: report.rejected, skipped: report.skipped, duplicates: report.duplicates },
          reads: (report.columns ?? []).filter((c) => format?.columns.includes(c.toLowerCase())),
          ignores: (report.columns ?? []).filter((c) => c !== '' && !format?.columns.includes(c.toLowerCase())),
          authorType: sources.has('explicit') ? 'explicit' : sources.has('inferred') ? 'heuristic' : 'unknown',
          timeZone: context.warnings.some((w) => w.code === 'zoneless-times') ? `times without zone, read as ${raw.inputTz}` : 'times carry their zone',
          unavailableSignals: SIGNALS.flatMap((s) => {
            const reason = s.unavailable(model);
            return reason ? [{ signal: s.id, reason }] : [];
          }),
          warnings: context.warnings.map(warningText),
        });
      }
      if (raw.format === 'json') {
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const text = out.map((i) =>
        [
          `${i.file}: ${i.format}${i.gzip ? ' (gzip)' : ''}, ${i.encoding}${i.delimiter ? `, delimiter ${i.delimiter}` : ''}`,
          `  why: ${i.why}`,
          `  rows: read ${i.rows.read} = used ${i.rows.used} + rejected ${i.rows.rejected} + skipped ${i.rows.skipped} + duplicates ${i.rows.duplicates}`,
          ...(i.reads.length ? [`  reads columns: ${i.reads.join(', ')}`] : []),
          ...(i.ignores.length ? [`  ignores columns: ${i.ignores.join(', ')}`] : []),
          `  author type: ${i.authorType}; ${i.timeZone}`,
          ...i.unavailableSignals.map((u) => `  ${unavailableText(u.signal, u.reason)}`),
          ...i.warnings.map((w) => `  warning: ${w}`),
        ].map((l) => forTerminal(l)).join('\n'),
      );
      process.stdout.write(`${text.join('\n\n')}\n`);
    });
}
