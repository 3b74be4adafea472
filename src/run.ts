import { readCanonicalReactions } from './ingest/formats/canonical.js';
import { readComments } from './ingest/formats/index.js';
import { headIsJson, looksLikeJson, readHead, readJsonComments } from './ingest/json-file.js';
import { headIsXlsx, xlsxFormatName, xlsxToCsv } from './ingest/xlsx.js';
import { expandInputs, type InputFile } from './ingest/inputs.js';
import { InputError, NoCommentsError, NotCommentsError } from './errors.js';
import type { CommentSink, FileReport, IngestContext, ReactionSink, SkippedFile } from './ingest/types.js';
import type { ReactionRecord } from './model/types.js';
import { ModelBuilder } from './model/builder.js';
import { ZoneClock } from './model/clock.js';
import type { Model } from './model/types.js';
import type { AnalysisOptions } from './options.js';
import { makeShiftTest } from './profile.js';
import { SCHEMA_VERSION, type AccountOut, type ScanResult } from './result.js';
import { scoreAccounts, type SignalRun } from './score/fixed-point.js';
import { groupTiming } from './score/group-timing.js';
import type { CoordinationGraph } from './coordination/groups.js';
import { judgeNetworks } from './score/network-verdict.js';
import { describeNetworks } from './score/networks.js';
import { topNShares } from './score/top-n.js';
import { accountOrder } from './score/account-order.js';
import { SIGNALS } from './signals/index.js';
import type { CoCommentingOptions } from './signals/co-commenting.js';
import type { CopyPasteOptions } from './signals/copy-paste.js';
import { coordinationTies } from './coordination/ties.js';
import { copyPasteFamiliesOnThread, keepFirstPass } from './coordination/copies.js';
import { prunedCoCommentEdges } from './coordination/co-comment.js';
import { DistinctTexts } from './coordination/near-duplicates.js';
import { VERSION } from './version.js';
import { checkMemory, estimateMemory } from './memory.js';
import { accountCommentsOut, activityOf, postsOut } from './result-data.js';

export interface ScanInputs {
  comments: string[];
  /** --reactions: one file, or several (a result's recorded reactions inputs). */
  reactions?: string | string[];
  /** Largest expanded size of an XLSX workbook's parts (--max-xlsx-mb); ingest/xlsx.ts has the default. */
  xlsxLimitBytes?: number;
}

export interface ScanHooks {
  onProgress?: (rows: number, bytes: number, totalBytes: number) => void;
  /** Largest expanded size of an XLSX workbook (--max-xlsx-mb); ingest/xlsx.ts has the default. */
  xlsxLimitBytes?: number;
  /** Called when reading is done and the analysis starts. */
  onAnalysing?: () => void;
  /** false (--no-memory-check): skip the up-front estimate that refuses a scan too big for the heap. */
  memoryCheck?: boolean;
  /** Comments the inputs are estimated to hold (memory.ts), to size the model's arrays once. */
  expectedComments?: number;
}

/** Above this an estimate sizes nothing up front: the arrays grow as rows come (a wrong guess must not cost gigabytes). */
const MAX_PRESIZED_COMMENTS = 2 ** 25;

/** An error about the bytes at `path`, named as the user knows the file (`-`, the workbook). */
function renamed(error: unknown, input: InputFile, prefix = ''): unknown {
  if (!(error instanceof InputError) || (error.file !== input.path && !prefix)) return error;
  if (error instanceof NotCommentsError) return new NotCommentsError(input.name, error.kind, `${prefix}${error.detail}`, error.found);
  return new InputError(input.name, `${prefix}${error.detail}`, error.line, error.field);
}

/** ingest → model. */
export async function loadModel(inputs: ScanInputs, analysis: AnalysisOptions, skipBadRows: boolean, hooks: ScanHooks = {}) {
  const { files, skipped } = await expandInputs(inputs.comments);
  const named = inputs.reactions === undefined ? [] : Array.isArray(inputs.reactions) ? inputs.reactions : [inputs.reactions];
  const estimate = await estimateMemory([...files.map((f) => f.path), ...named]);
  if (hooks.memoryCheck !== false) checkMemory(estimate);
  return loadFiles(files, skipped, named, analysis, skipBadRows, { ...hooks, xlsxLimitBytes: inputs.xlsxLimitBytes, expectedComments: estimate.comments });
}

/** ingest → model, for files already listed (`inspect` reads them one at a time). */
export async function loadFiles(files: InputFile[], skipped: SkippedFile[], reactions: string[], analysis: AnalysisOptions, skipBadRows: boolean, hooks: ScanHooks = {}) {
  const context: IngestContext = {
    skipBadRows, warnings: [], rejections: [], onProgress: hooks.onProgress, formatHint: analysis.formatHint, columnMap: analysis.columnMap, xlsxLimitBytes: hooks.xlsxLimitBytes,
  };
  for (const s of skipped) context.warnings.push({ code: 'skipped-file', file: s.file, args: { reason: s.reason } });
  // Copy-paste's first pass (each text's words) is made as the rows arrive: reading a large file waits
  // on the parsing thread, and this thread has the time then (and the text as a string).
  const copyPaste = analysis.signals?.['copy-paste'] as CopyPasteOptions | undefined;
  // Sized once from the input's size (an estimate; the arrays still grow past it), not doubled up to it.
  const guess = hooks.expectedComments ?? 0;
  const expected = guess <= MAX_PRESIZED_COMMENTS ? guess : 0;
  const firstPass = copyPaste ? new DistinctTexts(copyPaste.minTokens, copyPaste.sloganMinTokens, expected) : undefined;
  const builder = new ModelBuilder(ZoneClock.of(analysis.profile.zone), firstPass, expected);
  const inputZone = ZoneClock.of(analysis.inputTz);
  const reports: FileReport[] = [];
  // Reactions attach to comments already read: reactions in comment files (Graph API edges, kevinzg's
  // reactors) and reactions exports found in folders are taken after every comment file.
  const pending: { record: ReactionRecord; file: string }[] = [];
  let current = '';
  const deferred: ReactionSink = { add: (record) => (pending.push({ record: { ...record }, file: current }), true) };
  const reactionFiles: InputFile[] = [];
  for (const [index, input] of files.entries()) {
    current = input.name;
    try {
      reports.push(await readCommentFile(input, index, inputZone, context, builder.commentSink, deferred));
    } catch (error) {
      if (!(error instanceof NotCommentsError) || !input.inFolder) throw renamed(error, input);
      if (error.kind === 'reactions') reactionFiles.push(input);
      else context.warnings.push({ code: 'skipped-file', file: input.name, args: { reason: error.kind, found: error.found } });
    }
  }
  const duplicatesIn = new Map<string, number>();
  for (const { record, file } of pending) if (!builder.reactionSink.add(record)) duplicatesIn.set(file, (duplicatesIn.get(file) ?? 0) + 1);
  for (const report of reports) {
    const duplicates = duplicatesIn.get(report.file);
    if (report.role === 'reactions' && duplicates !== undefined) Object.assign(report, { used: report.read - duplicates, duplicates });
  }
  for (const path of reactions) reactionFiles.push({ path, name: path, inFolder: false });
  // Several reactions sources are combined; a reaction in two of them counts once, as a duplicate.
  for (const input of reactionFiles) {
    try {
      // A Graph API reactions edge (JSON) recorded as a reactions input is read as it was the first time.
      if (await looksLikeJson(input.path)) reports.push(await readCommentFile(input, -1, inputZone, context, builder.commentSink, builder.reactionSink));
      else reports.push({ ...(await readCanonicalReactions(input.path, context, builder.reactionSink)), file: input.name });
    } catch (error) {
      throw renamed(error, input);
    }
  }
  const model = builder.finish(context.warnings);
  if (firstPass) keepFirstPass(model, firstPass.end(model.columns.length));
  return { model, reports, context };
}

async function readCommentFile(input: InputFile, index: number, inputZone: ZoneClock, context: IngestContext, sink: CommentSink, reactions: ReactionSink): Promise<FileReport> {
  const { path: file, name } = input;
  const rename = () => {
    for (const w of context.warnings) if (w.file === file) w.file = name;
    for (const r of context.rejections) if (r.file === file) r.file = name;
  };
  const head = await readHead(file);
  if (head && headIsXlsx(head.bytes)) {
    const sheet = await xlsxToCsv(file, context.xlsxLimitBytes);
    try {
      const report = await readComments(sheet.csv, index, inputZone, context, sink, name).catch((error: unknown) => {
        // Messages name the workbook, not the temporary sheet.
        throw renamed(error, { ...input, path: sheet.csv }, 'first worksheet: ');
      });
      for (const w of context.warnings) if (w.file === sheet.csv) w.file = name;
      for (const r of context.rejections) if (r.file === sheet.csv) r.file = name;
      return { ...report, file: name, sha256: sheet.sha256, format: xlsxFormatName(report.format) };
    } finally {
      await sheet.cleanup();
    }
  }
  const report = head && headIsJson(head)
    ? await readJsonComments(file, inputZone, context, sink, reactions, name, head)
    : await readComments(file, index, inputZone, context, sink, name);
  if (name !== file) rename();
  return { ...report, file: name };
}

/**
 * Rows were read but none could be used (all rejected with --skip-bad-rows, or all skipped): a scan
 * of nothing is an input error, not "0 comments" with exit 0.
 */
export function assertCommentsRead(model: Model, reports: FileReport[], context: IngestContext): void {
  if (model.columns.length > 0) return;
  const rows = reports.filter((r) => r.role === 'comments');
  const read = rows.reduce((n, r) => n + r.read, 0);
  const rejected = rows.reduce((n, r) => n + r.rejected, 0);
  if (read === 0) return;
  throw new NoCommentsError(rows.map((r) => r.file), read, rejected, rows.reduce((n, r) => n + r.skipped, 0), context.rejections[0]);
}

/** model → signals → score → result. Never prints. */
export function analyse(model: Model, analysis: AnalysisOptions) {
  const isShift = makeShiftTest(analysis.profile);
  const inShift = new Uint8Array(model.columns.length);
  const { hourOfWeek } = model.columns;
  for (let i = 0; i < inShift.length; i++) inShift[i] = isShift(Math.floor(hourOfWeek[i]! / 24), hourOfWeek[i]! % 24) ? 1 : 0;
  const runs: SignalRun[] = SIGNALS.map((signal) => ({ signal, options: analysis.signals[signal.id], unavailable: signal.unavailable(model) }));
  const available = (id: string) => runs.some((r) => r.signal.id === id && r.unavailable === null);
  const ties = coordinationTies(
    model,
    available('co-commenting') ? (analysis.signals['co-commenting'] as CoCommentingOptions) : null,
    available('copy-paste') ? (analysis.signals['copy-paste'] as CopyPasteOptions) : null,
  );
  // coordination → groups, judged on pooled evidence before any account is.
  const { graph, judged, networks, pooledClock, pooledEngagement } = judgeNetworks(model, analysis, ties);
  const scored = scoreAccounts(model, analysis.profile, inShift, runs, analysis.verdict, ties, networks, pooledClock, pooledEngagement);
  const verdicts = scored.judgements.map((j) => j.verdict);
  const described = describeNetworks(model, graph, judged, scored.evidence, scored.judgements, new Map(SIGNALS.map((s) => [s.id, s.family])), ties, analysis.verdict);
  return { runs, scored, verdicts, inShift, graph, networks: described };
}

/**
 * The two largest parts of the shared ties at once, kept for coordinationTies to find: copy-paste's
 * families on a worker thread while this one counts the co-commenting pairs. Reading keeps both cores
 * busy; the analysis after it used one.
 */
async function tiesOnTwoThreads(model: Model, analysis: AnalysisOptions): Promise<void> {
  const available = (id: string) => SIGNALS.some((s) => s.id === id && s.unavailable(model) === null);
  if (!available('copy-paste')) return;
  const families = copyPasteFamiliesOnThread(model, analysis.signals['copy-paste'] as CopyPasteOptions);
  try {
    if (available('co-commenting')) prunedCoCommentEdges(model, analysis.signals['co-commenting'] as CoCommentingOptions);
  } finally {
    await families;
  }
}

export async function runScan(inputs: ScanInputs, analysis: AnalysisOptions, skipBadRows: boolean, hooks: ScanHooks = {}): Promise<ScanResult> {
  return (await runScanWithGraph(inputs, analysis, skipBadRows, hooks)).result;
}

/** The scan, and the coordination graph behind its networks (for --graph). */
export async function runScanWithGraph(
  inputs: ScanInputs,
  analysis: AnalysisOptions,
  skipBadRows: boolean,
  hooks: ScanHooks = {},
): Promise<{ result: ScanResult; graph: CoordinationGraph; model: Model }> {
  const { model, reports, context } = await loadModel(inputs, analysis, skipBadRows, hooks);
  assertCommentsRead(model, reports, context);
  hooks.onAnalysing?.();
  await tiesOnTwoThreads(model, analysis);
  const { runs, scored, verdicts, inShift, graph, networks } = analyse(model, analysis);
  // The result reads the columns: the per-comment views go before it is built, beside which they
  // were part of a 10⁷-comment scan's peak (made again if a caller of this function asks for them).
  model.columns.releaseViews();

  const order = accountOrder(
    model.accounts.map((account) => account.id),
    scored.judgements.map((j) => j.score),
  );
  const accounts: AccountOut[] = Array.from(order, (a) => {
    const account = model.accounts[a]!;
    return {
      id: account.id,
      name: account.name,
      type: account.type,
      typeSource: account.typeSource,
      category: account.category,
      url: account.url,
      comments: account.commentIdx.length,
      reactionsGiven: account.reactionsGiven,
      score: scored.judgements[a]!.score,
      verdict: scored.judgements[a]!.verdict,
      basis: scored.judgements[a]!.basis,
      evidence: scored.evidence[a]!.map((e) => ({ signal: e.signal, code: e.code, strength: e.strength, ...e.args })),
    };
  });

  const rows = { read: 0, used: 0, rejected: 0, skipped: 0, duplicates: 0 };
  for (const r of reports.filter((r) => r.role === 'comments')) {
    rows.read += r.read;
    rows.used += r.used;
    rows.rejected += r.rejected;
    rows.skipped += r.skipped;
    rows.duplicates += r.duplicates;
  }
  const count = (v: string) => verdicts.filter((x) => x === v).length;
  const result: ScanResult = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      tool: 'brigade',
      version: VERSION,
      inputs: reports,
      options: analysis,
      signals: runs.map((r) => ({ id: r.signal.id, available: r.unavailable === null, unavailableReason: r.unavailable })),
      rounds: scored.rounds,
      converged: scored.converged,
    },
    rows,
    rejectedRows: context.rejections,
    warnings: context.warnings,
    summary: {
      accounts: model.accounts.length,
      inauthentic: count('inauthentic'),
      suspicious: count('suspicious'),
      authentic: count('authentic'),
      comments: model.columns.length,
      posts: model.posts.length,
    },
    accounts,
    topN: topNShares(model, verdicts, analysis.top, analysis.rank, analysis.includeReplies),
    groupTiming: groupTiming(model, verdicts, inShift, analysis.profile),
    networks: networks.map((network) => ({
      ...network,
      members: network.members.map((a) => model.accounts[a]!.id).sort(),
      activity: activityOf(model, network.members, analysis.profile.zone),
    })),
    posts: postsOut(model, analysis.profile.zone),
    accountComments: accountCommentsOut(model, verdicts, analysis.profile.zone),
  };
  return { result, graph, model };
}
