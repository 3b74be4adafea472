import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { settle } from '../outcome.js';
import { refuseOutputOverInput, writeFileAtomic } from '../util/atomic-write.js';
import { recordedPath } from '../util/safe-path.js';
import { OUTPUT_FORMATS, resolveScanOptions, VERDICT_FLAGS, type ScanOptions } from '../options.js';
import { failAboveText, rejectionText, rowsText, unavailableText, warningText } from '../report/messages.js';
import { checkOutputPath, UTF8_BOM } from '../output-path.js';
import { forTerminal } from '../report/sanitize.js';
import { renderResult } from '../report/render.js';
import { renderJsonPieces } from '../report/json.js';
import { utf8Chunks } from '../util/utf8-chunks.js';
import type { ScanResult } from '../result.js';
import { runScanWithGraph } from '../run.js';
import { readResult } from '../result-io.js';
import { checkResult, parseTolerance } from './check.js';
import { GRAPH_FORMATS, graphFormatOf, renderGraph } from '../report/graph.js';
import { verdictOptions } from '../score/verdict.js';
import { SIGNALS } from '../signals/index.js';
import { CSV_BYTES_PER_COMMENT, HEAP_BYTES_PER_COMMENT } from '../memory.js';

const HELP = `
Reads comment exports — canonical CSV and the formats 'brigade formats' lists — and directories of them (in name order), judges every account that commented or reacted, and reports the inauthentic share of each post's top-N comments.

Memory grows linearly with the number of comments (each is kept once; reading is streamed): about ${HEAP_BYTES_PER_COMMENT} bytes per comment of JavaScript heap, measured on ${CSV_BYTES_PER_COMMENT}-byte canonical rows, plus each text's UTF-8 bytes outside the heap (longer texts cost more). Before reading, the input's size is turned into an estimate, and a scan that would pass Node's heap limit stops with exit 2 and says what to do (NODE_OPTIONS=--max-old-space-size=MB raises the limit).

Exit codes: 0 the scan ran; 1 --fail-above was exceeded (the posts over it are named on stderr); 2 usage or input error, including inputs in which no row could be used.`;

export function registerScan(program: Command): void {
  const command = program
    .command('scan')
    .description(`Judge accounts and measure the inauthentic share of top comments.${HELP}`)
    .argument('<files...>', 'comment exports (see brigade formats), directories of them, or - for standard input')
    .option('--format-hint <name>', 'read every comment file as this format (see brigade formats)')
    .option('--map <field=column...>', 'take a canonical field from another column of an unknown CSV, e.g. --map author_name=Commenter created_at=Time')
    .option('--reactions <file>', 'reactions CSV: comment_id, reactor_id, reactor_name, reactor_type, reaction_type')
    .option('--profile <name>', 'analysis profile (zone, shift, name lexicons)', 'az')
    .option('--tz <zone>', 'analysis time zone (IANA), overrides the profile (az: Asia/Baku)')
    .option('--work-hours <HH-HH>', 'shift hours, local, overrides the profile (az: 09-18)')
    .option('--lunch <HH-HH|none>', 'lunch break excluded from the shift (az: 13-14)')
    .option('--workdays <days>', 'workdays, e.g. mon-fri (az: mon-fri)')
    .option('--input-tz <zone>', 'zone of times written without one', 'UTC')
    .option('--top <n>', 'top-N comments per post', '300')
    .option('--include-replies', 'count replies in the top N, not only top-level comments', false)
    .addOption(new Option('--rank <by>', 'how the top N is ordered').choices(['order', 'likes', 'replies']).default('order'))
    .addOption(new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--fail-above <share>', 'exit 1 when some post’s top-N inauthentic share exceeds this fraction (0–1)')
    .option('--skip-bad-rows', 'count and skip bad rows instead of stopping at the first', false)
    .option('--expect <file>', 'compare with an expected result JSON, as `brigade check` does (exit 1 on a difference)')
    .option('--tolerance <fraction>', 'with --expect: largest accepted move of a share', '0.02')
    .option('--graph <file>', 'write the coordination graph: .gexf, .graphml or .csv (edge list), by extension')
    .option('--bom', 'begin CSV outputs (--format csv, --graph .csv) with a UTF-8 byte-order mark, so Excel shows Azerbaijani letters', false)
    .option('-q, --quiet', 'no progress or row accounting on stderr', false)
    .option('--no-memory-check', 'read even when the input looks too big for the heap (the estimate is from the file sizes)')
    .option('--max-xlsx-mb <n>', 'largest size an XLSX workbook may expand to, in MB (its content is held in memory)', '256');

  for (const signal of SIGNALS) {
    const defaults = (signal.options as { parse(v: unknown): Record<string, unknown> }).parse({});
    for (const f of signal.flags) {
      if (f.choices) command.addOption(new Option(`--${f.flag} <rule>`, `${signal.id}: ${f.description} (default ${defaults[f.key]})`).choices(f.choices));
      else command.option(`--${f.flag} <n>`, `${signal.id}: ${f.description} (default ${defaults[f.key]})`);
    }
  }
  const verdictDefaults = verdictOptions.parse({});
  for (const f of VERDICT_FLAGS) command.option(`--${f.flag} <n>`, `verdict: ${f.description} (default ${verdictDefaults[f.key]})`);

  command.action(async (files: string[], raw: Record<string, unknown>) => {
    const options = resolveScanOptions(raw);
    await scan(files, options);
  });
}

async function scan(files: string[], options: ScanOptions): Promise<void> {
  // An output that cannot be written is a usage error found before the scan, not after it.
  const graphFormat = options.graph ? graphFormatOf(options.graph) : undefined;
  if (options.graph) {
    if (!graphFormat) throw new UsageError(`--graph: ${JSON.stringify(options.graph)} must end in ${GRAPH_FORMATS.join(', ')}`);
    await checkOutputPath('--graph', options.graph);
  }
  if (options.out) await checkOutputPath('--out', options.out);
  // An output that is one of the inputs would destroy it: refused before the scan (by inode, so
  // another spelling or a hard link is caught too), and again after it for files found in folders.
  const named = [...files, ...(options.reactions === undefined ? [] : [options.reactions].flat()), options.expect];
  await refuseOutputOverInput('--out', options.out, named);
  await refuseOutputOverInput('--graph', options.graph, named);
  const tolerance = parseTolerance(options.tolerance);
  const expected = options.expect ? await readResult(options.expect, 'expected result') : undefined;
  // Progress only for a person watching: a terminal, not --quiet, and inputs above a few MB.
  const progress = !options.quiet && process.stderr.isTTY === true;
  const started = Date.now();
  let scanned: Awaited<ReturnType<typeof runScanWithGraph>> | undefined = await runScanWithGraph({ comments: files, reactions: options.reactions, xlsxLimitBytes: options.xlsxLimitBytes }, options.analysis, options.skipBadRows, {
    onProgress: progress ? (rows, bytes, total) => process.stderr.write(`\r\x1b[K${progressLine(rows, bytes, total, Date.now() - started)}`) : undefined,
    onAnalysing: progress ? () => process.stderr.write('\r\x1b[Kanalysing…') : undefined,
    memoryCheck: options.memoryCheck,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const { result } = scanned;
  const read = result.meta.inputs.map((input) => input.file);
  await refuseOutputOverInput('--out', options.out, read);
  await refuseOutputOverInput('--graph', options.graph, read);
  if (options.graph && graphFormat) {
    const text = renderGraph(graphFormat, scanned.graph, scanned.model, result);
    await writeFileAtomic(options.graph, graphFormat === '.csv' && options.bom ? `${UTF8_BOM}${text}` : text, '--graph');
  }
  // The model and the graph are let go before the result is written: the result holds all it needs,
  // and at 10⁷ comments the model beside the result being written was the scan's peak of memory.
  scanned = undefined;
  // A result file written with --out names its inputs relative to its own folder: `reproduce` looks
  // for them there and nowhere else. What a person reads (stderr, table, Markdown, HTML) names them
  // as they were given: `../../tmp/x.csv` from the output's folder means nothing to whoever typed `/tmp/x.csv`.
  const saved = options.out ? withRecordedInputs(result, dirname(resolve(options.out))) : result;
  reportToStderr(result, options);
  // JSON is written in pieces as it is rendered: at 10⁷ comments it is more than one string can hold.
  const output: string | Iterable<string> =
    options.format === 'json' ? renderJsonPieces(saved) : `${options.format === 'csv' && options.bom ? UTF8_BOM : ''}${renderResult(result, options.format)}`;
  if (options.out) {
    await writeFileAtomic(options.out, output);
  } else if (typeof output === 'string') {
    process.stdout.write(output);
  } else {
    for (const chunk of utf8Chunks(output)) if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  const over = options.failAbove === undefined ? [] : postsAbove(result, options.failAbove);
  if (over.length > 0) {
    // stderr: stdout carries the result.
    process.stderr.write(`${failAboveText(over, options.failAbove!, result.topN.n).map((l) => forTerminal(l)).join('\n')}\n`);
    settle(1);
  }
  if (expected) {
    // The check's outcome goes to stderr: stdout carries the result.
    const outcome = checkResult(result, expected, tolerance);
    process.stderr.write(outcome.text);
    settle(outcome.code === 0 ? 0 : 1);
  }
}

/** The result as a file in `folder` records it: the same, with its inputs named relative to that folder. */
export function withRecordedInputs(result: ScanResult, folder: string): ScanResult {
  return { ...result, meta: { ...result.meta, inputs: result.meta.inputs.map((input) => ({ ...input, file: recordedPath(input.file, folder) })) } };
}

/** The posts whose top-N inauthentic share is above --fail-above, highest first. */
export function postsAbove(result: ScanResult, threshold: number) {
  return result.topN.posts.filter((p) => p.considered > 0 && p.share > threshold).sort((a, b) => b.share - a.share || (a.postId < b.postId ? -1 : 1));
}

function reportToStderr(result: ScanResult, options: ScanOptions): void {
  const lines: string[] = [];
  for (const w of result.warnings) lines.push(`warning: ${warningText(w)}`);
  for (const s of result.meta.signals) if (!s.available) lines.push(`note: ${unavailableText(s.id, s.unavailableReason!)}`);
  if (!options.quiet) {
    lines.push(...rowsText(result));
    if (result.rows.rejected > 0) {
      lines.push(`first ${result.rejectedRows.length} of ${result.rows.rejected} rejected rows:`);
      for (const r of result.rejectedRows) lines.push(`  ${rejectionText(r)}`);
    }
    if (!result.meta.converged) lines.push(`note: suspects did not settle in ${result.meta.rounds} rounds; the last round is reported`);
  }
  if (lines.length > 0) process.stderr.write(`${lines.map((l) => forTerminal(l)).join('\n')}\n`);
}



/** "read 400,000 rows (41%), 95,000 rows/s, about 6 s left". */
export function progressLine(rows: number, bytes: number, totalBytes: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (rows * 1000) / elapsedMs : 0;
  const share = totalBytes > 0 ? bytes / totalBytes : 0;
  const remaining = share > 0 && share < 1 ? ((elapsedMs / share) * (1 - share)) / 1000 : 0;
  return (
    `read ${rows.toLocaleString('en-US')} rows` +
    (share > 0 ? ` (${Math.round(share * 100)}%)` : '') +
    `, ${Math.round(rate).toLocaleString('en-US')} rows/s` +
    (remaining > 0 ? `, about ${Math.ceil(remaining)} s left` : '')
  );
}
