import type { Command } from 'commander';
import { COMMENT_FORMATS, JSON_FORMATS } from '../ingest/formats/index.js';
import { REACTION_COLUMNS } from '../ingest/formats/canonical.js';
import { expandInputs } from '../ingest/inputs.js';
import { resolveScanOptions } from '../options.js';
import { postSourceText, skipReasonText, unavailableText, warningText } from '../report/messages.js';
import { InputError, NotCommentsError } from '../errors.js';
import { forTerminal } from '../report/sanitize.js';
import { loadFiles } from '../run.js';
import { SIGNALS } from '../signals/index.js';

export interface FileInspection {
  file: string;
  role: 'comments' | 'reactions';
  format: string;
  /** Why this format: what in the file showed it. */
  why: string;
  encoding: string;
  gzip: boolean;
  delimiter: string;
  rows: { read: number; used: number; rejected: number; skipped: number; duplicates: number };
  /** The post of rows that name none, and where it came from. */
  post?: { id: string; from: string; rows: number };
  /** Header columns the format reads, and those it ignores. */
  reads: string[];
  ignores: string[];
  authorType: 'explicit' | 'heuristic' | 'unknown';
  timeZone: string;
  unavailableSignals: { signal: string; reason: string }[];
  warnings: string[];
}

/** A file inspect could not read (exit 2 after all are reported), or one a folder scan would skip. */
export type FileProblem = { file: string; error: string } | { file: string; skipped: string };

function inspection({ model, reports, context }: Awaited<ReturnType<typeof loadFiles>>, inputTz: string): FileInspection {
  const report = reports[0]!;
  const format = COMMENT_FORMATS.find((f) => f.name === report.format.replace(/-xlsx$/, '-csv'));
  const sources = new Set(model.accounts.map((a) => a.typeSource));
  if (report.role === 'reactions') {
    // Reactions alone: which comments they point to is known only beside the comments.
    const columns = report.columns ?? [];
    return {
      file: report.file, role: 'reactions', format: report.format,
      why: report.format === 'canonical-reactions-csv' ? 'the header has comment_id, and reactor_id or reactor_name (the reactions export)' : 'a Graph API reactions edge of a comment',
      encoding: report.encoding, gzip: report.gzip, delimiter: report.delimiter === '\t' ? 'tab' : report.delimiter,
      rows: { read: report.read, used: report.used, rejected: report.rejected, skipped: report.skipped, duplicates: report.duplicates },
      reads: columns.filter((c) => (REACTION_COLUMNS as readonly string[]).includes(c.toLowerCase())),
      ignores: columns.filter((c) => c !== '' && !(REACTION_COLUMNS as readonly string[]).includes(c.toLowerCase())),
      authorType: sources.has('explicit') ? 'explicit' : 'unknown', timeZone: 'reactions carry no time', unavailableSignals: [],
      warnings: context.warnings.filter((w) => w.code !== 'reaction-to-unknown-comment').map(warningText),
    };
  }
  return {
    file: report.file,
    role: report.role,
    format: report.format,
    why: format
      ? `the header has ${format.needs}${report.format.endsWith('-xlsx') ? ' (first worksheet of an XLSX workbook)' : ''}`
      : (JSON_FORMATS.find((f) => f.name === report.format)?.detected ?? 'recognised from its content'),
    encoding: report.encoding,
    gzip: report.gzip,
    delimiter: report.delimiter === '\t' ? 'tab' : report.delimiter,
    rows: { read: report.read, used: report.used, rejected: report.rejected, skipped: report.skipped, duplicates: report.duplicates },
    ...(report.post ? { post: { id: report.post.id, from: report.post.from, rows: report.post.rows } } : {}),
    reads: (report.columns ?? []).filter((c) => format?.columns.includes(c.toLowerCase())),
    ignores: (report.columns ?? []).filter((c) => c !== '' && !format?.columns.includes(c.toLowerCase())),
    authorType: sources.has('explicit') ? 'explicit' : sources.has('inferred') ? 'heuristic' : 'unknown',
    timeZone: context.warnings.some((w) => w.code === 'zoneless-times') ? `times without zone, read as ${inputTz}` : 'times carry their zone',
    unavailableSignals: SIGNALS.flatMap((s) => {
      const reason = s.unavailable(model);
      return reason ? [{ signal: s.id, reason }] : [];
    }),
    warnings: context.warnings.map(warningText),
  };
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
      const out: (FileInspection | FileProblem)[] = [];
      const { files, skipped } = await expandInputs(paths);
      for (const s of skipped) out.push({ file: s.file, skipped: skipReasonText(s.reason) });
      // Every file is reported, whatever happens to the others: one that cannot be read says why.
      for (const input of files) {
        let loaded;
        try {
          // As if named, so that what a folder scan would skip raises its reason here.
          loaded = await loadFiles([{ ...input, inFolder: false }], [], [], options.analysis, true).catch((error: unknown) => {
            if (error instanceof NotCommentsError && error.kind === 'reactions') return loadFiles([], [], [input.path], options.analysis, true);
            throw error;
          });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          if (error instanceof NotCommentsError && input.inFolder) out.push({ file: input.name, skipped: `${skipReasonText(error.kind)} (${error.found})` });
          else out.push({ file: input.name, error: error.message.startsWith(`${input.name}: `) ? error.message.slice(input.name.length + 2) : error.message });
          continue;
        }
        out.push(inspection(loaded, raw.inputTz));
      }
      // The report is data (stdout); that some inputs cannot be read is also an error: exit 2, and one line on stderr.
      const unreadable = out.flatMap((i) => ('error' in i ? [i.file] : []));
      if (unreadable.length > 0) {
        process.exitCode = 2;
        process.stderr.write(`${forTerminal(`brigade: ${unreadable.length} of ${out.length} inputs cannot be read: ${unreadable.slice(0, 5).join(', ')}${unreadable.length > 5 ? ', …' : ''}`)}\n`);
      }
      if (raw.format === 'json') {
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const text = out.map((i) =>
        'error' in i ? forTerminal(`${i.file}: cannot be read: ${i.error}`) : 'skipped' in i ? forTerminal(`${i.file}: skipped: ${i.skipped}`) : [
          // A workbook has cells, not a text encoding or a delimiter.
          `${i.file}: ${i.format}${i.gzip ? ' (gzip)' : ''}${i.format.endsWith('-xlsx') ? '' : `, ${i.encoding}${i.delimiter ? `, delimiter ${i.delimiter}` : ''}`}`,
          `  why: ${i.why}`,
          ...(i.role === 'reactions' ? ['  role: reactions (used as --reactions would be)'] : []),
          `  rows: read ${i.rows.read} = used ${i.rows.used} + rejected ${i.rows.rejected} + skipped ${i.rows.skipped} + duplicates ${i.rows.duplicates}`,
          ...(i.post ? [`  post: ${postSourceText(i.post)}`] : []),
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
