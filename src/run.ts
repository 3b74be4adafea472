import { readCanonicalReactions } from './ingest/formats/canonical.js';
import { readComments } from './ingest/formats/index.js';
import { looksLikeJson, readJsonComments } from './ingest/json-file.js';
import { looksLikeXlsx, xlsxToCsv } from './ingest/xlsx.js';
import { expandInputs } from './ingest/inputs.js';
import { InputError } from './errors.js';
import type { FileReport, IngestContext } from './ingest/types.js';
import { ModelBuilder } from './model/builder.js';
import { ZoneClock } from './model/clock.js';
import type { Model } from './model/types.js';
import type { AnalysisOptions } from './options.js';
import { makeShiftTest } from './profile.js';
import { SCHEMA_VERSION, type AccountOut, type ScanResult } from './result.js';
import { scoreAccounts, type SignalRun } from './score/fixed-point.js';
import { groupTiming } from './score/group-timing.js';
import { coordinationGraph, type CoordinationGraph } from './score/networks.js';
import { topNShares } from './score/top-n.js';
import { SIGNALS } from './signals/index.js';
import type { CoCommentingOptions } from './signals/co-commenting.js';
import type { CopyPasteOptions } from './signals/copy-paste.js';
import { coordinationTies } from './signals/_shared/ties.js';
import { VERSION } from './version.js';
import { accountCommentsOut, activityOf, postsOut } from './result-data.js';

export interface ScanInputs {
  comments: string[];
  reactions?: string;
}

export interface ScanHooks {
  onProgress?: (rows: number, bytes: number, totalBytes: number) => void;
  /** Called when reading is done and the analysis starts. */
  onAnalysing?: () => void;
}

/** ingest → model. */
export async function loadModel(inputs: ScanInputs, analysis: AnalysisOptions, skipBadRows: boolean, hooks: ScanHooks = {}) {
  const files = await expandInputs(inputs.comments);
  const context: IngestContext = {
    skipBadRows, warnings: [], rejections: [], onProgress: hooks.onProgress, formatHint: analysis.formatHint, columnMap: analysis.columnMap,
  };
  const builder = new ModelBuilder(new ZoneClock(analysis.profile.zone));
  const inputZone = new ZoneClock(analysis.inputTz);
  const reports: FileReport[] = [];
  for (const [index, file] of files.entries()) {
    if (await looksLikeXlsx(file)) {
      const sheet = await xlsxToCsv(file);
      try {
        const report = await readComments(sheet.csv, index, inputZone, context, builder.commentSink).catch((error: unknown) => {
          // Messages name the workbook, not the temporary sheet.
          if (error instanceof InputError) throw new InputError(file, `first worksheet: ${error.detail}`, error.line, error.field);
          throw error;
        });
        for (const w of context.warnings) if (w.file === sheet.csv) w.file = file;
        for (const r of context.rejections) if (r.file === sheet.csv) r.file = file;
        reports.push({ ...report, file, sha256: sheet.sha256, format: `${report.format.replace(/-csv$/, '')}-xlsx` });
      } finally {
        await sheet.cleanup();
      }
      continue;
    }
    reports.push(
      (await looksLikeJson(file))
        ? await readJsonComments(file, inputZone, context, builder.commentSink, builder.reactionSink)
        : await readComments(file, index, inputZone, context, builder.commentSink),
    );
  }
  if (inputs.reactions) reports.push(await readCanonicalReactions(inputs.reactions, context, builder.reactionSink));
  const model = builder.finish(context.warnings);
  return { model, reports, context };
}

/** model → signals → score → result. Never prints. */
export function analyse(model: Model, analysis: AnalysisOptions) {
  const isShift = makeShiftTest(analysis.profile);
  const inShift = new Uint8Array(model.comments.length);
  model.comments.forEach((c, i) => (inShift[i] = isShift(c.localDay, c.localHour) ? 1 : 0));
  const runs: SignalRun[] = SIGNALS.map((signal) => ({ signal, options: analysis.signals[signal.id], unavailable: signal.unavailable(model) }));
  const available = (id: string) => runs.some((r) => r.signal.id === id && r.unavailable === null);
  const ties = coordinationTies(
    model,
    available('co-commenting') ? (analysis.signals['co-commenting'] as CoCommentingOptions) : null,
    available('copy-paste') ? (analysis.signals['copy-paste'] as CopyPasteOptions) : null,
  );
  const scored = scoreAccounts(model, analysis.profile, inShift, runs, analysis.verdict, ties);
  const verdicts = scored.judgements.map((j) => j.verdict);
  const graph = coordinationGraph(model, scored.evidence, scored.judgements, new Map(SIGNALS.map((s) => [s.id, s.family])), ties, analysis.verdict);
  return { runs, scored, verdicts, inShift, graph };
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
  hooks.onAnalysing?.();
  const { runs, scored, verdicts, inShift, graph } = analyse(model, analysis);

  const accounts: AccountOut[] = model.accounts.map((account, a) => ({
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
  }));
  accounts.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

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
      comments: model.comments.length,
      posts: model.posts.length,
    },
    accounts,
    topN: topNShares(model, verdicts, analysis.top, analysis.rank, analysis.includeReplies),
    groupTiming: groupTiming(model, verdicts, inShift, analysis.profile),
    networks: graph.networks.map((network) => ({
      ...network,
      members: network.members.map((a) => model.accounts[a]!.id).sort(),
      activity: activityOf(model, network.members, analysis.profile.zone),
    })),
    posts: postsOut(model, analysis.profile.zone),
    accountComments: accountCommentsOut(model, verdicts, analysis.profile.zone),
  };
  return { result, graph, model };
}
