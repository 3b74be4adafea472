import { z } from 'zod';
import { COMMENT_FORMATS } from './ingest/formats/index.js';
import { COMMENT_COLUMNS } from './ingest/formats/canonical.js';
import { UsageError } from './errors.js';
import { hourRangeSchema, PROFILES, workdaysSchema, zoneSchema, type AnalysisProfile } from './profile.js';
import { SIGNALS } from './signals/index.js';
import { verdictOptions, type VerdictOptions } from './score/verdict.js';
import type { RankBy } from './score/top-n.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Flags of the verdict rule, like the signals' flags: name → key of verdictOptions. */
export const VERDICT_FLAGS = [
  { flag: 'strong-evidence', key: 'strongEvidence', description: 'strength that makes an account inauthentic on its own' },
  { flag: 'inauthentic-score', key: 'inauthenticScore', description: 'combined score for inauthentic (with at least two signals)' },
  { flag: 'supporting-strength', key: 'supportingStrength', description: 'strength a signal needs to count toward the two' },
  { flag: 'suspicious-score', key: 'suspiciousScore', description: 'combined score for suspicious' },
] as const;

const baseSchema = z.object({
  profile: z.string().refine((p) => p in PROFILES, { message: `unknown profile; known: ${Object.keys(PROFILES).join(', ')}` }).default('az'),
  tz: zoneSchema.optional(),
  workHours: hourRangeSchema.optional(),
  lunch: z.union([z.literal('none'), hourRangeSchema]).optional(),
  workdays: workdaysSchema.optional(),
  inputTz: zoneSchema.default('UTC'),
  top: z.coerce.number().int().min(1).default(300),
  includeReplies: z.boolean().default(false),
  rank: z.enum(['order', 'likes', 'replies']).default('order'),
  format: z.enum(OUTPUT_FORMATS).default('table'),
  out: z.string().min(1).optional(),
  failAbove: z.coerce.number().min(0).max(1).optional(),
  skipBadRows: z.boolean().default(false),
  reactions: z.string().min(1).optional(),
  graph: z.string().min(1).optional(),
  expect: z.string().min(1).optional(),
  tolerance: z.string().default('0.02'),
  quiet: z.boolean().default(false),
  maxXlsxMb: z.coerce.number().int().min(1).max(65536).default(256),
  bom: z.boolean().default(false),
  memoryCheck: z.boolean().default(true),
  formatHint: z.string().optional(),
  map: z.array(z.string()).optional(),
});

/** Everything that changes the findings; recorded in the result so a run can be repeated. */
export interface AnalysisOptions {
  profile: AnalysisProfile;
  inputTz: string;
  /** Bad rows were counted and skipped rather than stopping the scan. */
  skipBadRows: boolean;
  /** --format-hint and --map, when given: they change what is read. */
  formatHint?: string;
  columnMap?: Record<string, string>;
  top: number;
  rank: RankBy;
  includeReplies: boolean;
  signals: Record<string, Record<string, unknown>>;
  verdict: VerdictOptions;
}

export interface ScanOptions {
  analysis: AnalysisOptions;
  format: OutputFormat;
  out?: string;
  failAbove?: number;
  skipBadRows: boolean;
  reactions?: string;
  graph?: string;
  expect?: string;
  tolerance: string;
  quiet: boolean;
  /** Largest expanded size of an XLSX workbook, in bytes. */
  xlsxLimitBytes: number;
  /** Begin CSV outputs with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Refuse, before reading, an input estimated too big for the heap (--no-memory-check turns it off). */
  memoryCheck: boolean;
}

/** The schema under defaults, optionals and pipes (z.coerce keeps the number schema itself). */
function innermost(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema as { _zod?: { def: { type: string; innerType?: z.ZodType; out?: z.ZodType } } } | undefined;
  while (current?._zod && ['default', 'optional', 'nullable', 'prefault'].includes(current._zod.def.type)) current = current._zod.def.innerType as typeof current;
  return current as z.ZodType | undefined;
}

/**
 * What a flag accepts, in the tool's words ("a whole number ≥ 1", "a fraction between 0 and 1"),
 * read from its schema: the message states the rule, never zod's "expected int, received number".
 */
export function expectedText(schema: z.ZodType | undefined): string | undefined {
  const inner = innermost(schema) as { _zod: { def: { type: string; checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[]; entries?: Record<string, string> } } } | undefined;
  if (!inner?._zod) return undefined;
  const def = inner._zod.def;
  if (def.type === 'enum' && def.entries) return `one of ${Object.values(def.entries).join(', ')}`;
  if (def.type !== 'number') return undefined;
  let whole = false;
  let low: { value: number; inclusive: boolean } | undefined, high: { value: number; inclusive: boolean } | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) whole = true;
    if (c.check === 'greater_than') low = { value: c.value!, inclusive: c.inclusive ?? true };
    if (c.check === 'less_than') high = { value: c.value!, inclusive: c.inclusive ?? true };
  }
  const kind = whole ? 'a whole number' : low?.value === 0 && high?.value === 1 ? 'a fraction' : 'a number';
  if (low && high && low.inclusive && high.inclusive) return `${kind} between ${low.value} and ${high.value}`;
  const bounds = [low && `${low.inclusive ? '≥' : '>'} ${low.value}`, high && `${high.inclusive ? '≤' : '<'} ${high.value}`].filter(Boolean);
  return `${kind}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
}

/** Turns zod issues into one line each, in the tool's words: `--top must be a whole number ≥ 1 (got 1.5)`. */
function usageFromZod(error: z.ZodError, flagOf: (path: PropertyKey[]) => string, schemaOf: (key: PropertyKey) => z.ZodType | undefined, raw: Record<string, unknown>): UsageError {
  const lines = error.issues.map((issue) => {
    const key = issue.path[0] ?? '';
    const expected = expectedText(schemaOf(key));
    const got = raw[String(key)];
    const shown = got === undefined ? '' : ` (got ${typeof got === 'string' ? got : JSON.stringify(got)})`;
    // A rule of its own (a refinement) says what it accepts in its message; the number's bounds say the rest.
    if (issue.code === 'custom') return `${flagOf(issue.path)} must be ${issue.message}${shown}`;
    return expected ? `${flagOf(issue.path)} must be ${expected}${shown}` : `${flagOf(issue.path)}: ${issue.message}${shown}`;
  });
  return new UsageError(lines.join('\n'));
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function parseNumberFlag(flag: string, raw: unknown): unknown {
  if (raw === undefined || typeof raw !== 'string') return raw;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${flag} must be a number (got ${raw})`);
  return value;
}

/** Validates the raw commander options (camel-cased flag names) into ScanOptions. */
export function resolveScanOptions(raw: Record<string, unknown>): ScanOptions {
  const base = baseSchema.safeParse(raw);
  if (!base.success) throw usageFromZod(base.error, (path) => `--${kebab(String(path[0] ?? ''))}`, (key) => baseSchema.shape[key as keyof typeof baseSchema.shape] as z.ZodType, raw);
  const o = base.data;
  const preset = PROFILES[o.profile]!;
  const knownFormats = COMMENT_FORMATS.map((f) => f.name);
  if (o.formatHint !== undefined && !knownFormats.includes(o.formatHint)) {
    throw new UsageError(`--format-hint must be one of ${knownFormats.join(', ')} (got ${o.formatHint})`);
  }
  let columnMap: Record<string, string> | undefined;
  for (const pair of o.map ?? []) {
    const m = /^([a-z_]+)=(.+)$/.exec(pair);
    if (!m || !(COMMENT_COLUMNS as readonly string[]).includes(m[1]!)) {
      throw new UsageError(`--map: expected field=column with a field among ${COMMENT_COLUMNS.join(', ')} (got ${pair})`);
    }
    (columnMap ??= {})[m[1]!] = m[2]!.trim();
  }
  const profile: AnalysisProfile = {
    name: o.profile,
    zone: o.tz ?? preset.zone,
    workHours: o.workHours ?? preset.workHours,
    lunch: o.lunch === 'none' ? null : (o.lunch ?? preset.lunch),
    workdays: o.workdays ?? preset.workdays,
  };

  const signals: Record<string, Record<string, unknown>> = {};
  for (const signal of SIGNALS) {
    const input: Record<string, unknown> = {};
    for (const f of signal.flags) {
      const value = f.choices ? raw[camel(f.flag)] : parseNumberFlag(f.flag, raw[camel(f.flag)]);
      if (value !== undefined) input[f.key] = value;
    }
    const parsed = (signal.options as z.ZodType).safeParse(input);
    if (!parsed.success) {
      const shape = (signal.options as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
      throw usageFromZod(parsed.error, (path) => `--${signal.flags.find((f) => f.key === path[0])?.flag ?? `${signal.id}.${String(path[0])}`}`, (key) => shape[String(key)], input);
    }
    signals[signal.id] = parsed.data as Record<string, unknown>;
  }
  const verdictInput: Record<string, unknown> = {};
  for (const f of VERDICT_FLAGS) {
    const value = parseNumberFlag(f.flag, raw[camel(f.flag)]);
    if (value !== undefined) verdictInput[f.key] = value;
  }
  const verdict = verdictOptions.safeParse(verdictInput);
  if (!verdict.success) {
    const shape = (verdictOptions as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    throw usageFromZod(verdict.error, (path) => `--${kebab(String(path[0]))}`, (key) => shape[String(key)], verdictInput);
  }
  if (verdict.data.suspiciousScore > verdict.data.inauthenticScore) {
    throw new UsageError(`--suspicious-score must not exceed --inauthentic-score (got ${verdict.data.suspiciousScore} > ${verdict.data.inauthenticScore})`);
  }

  return {
    analysis: { profile, inputTz: o.inputTz, skipBadRows: o.skipBadRows, ...(o.formatHint ? { formatHint: o.formatHint } : {}), ...(columnMap ? { columnMap } : {}), top: o.top, rank: o.rank, includeReplies: o.includeReplies, signals, verdict: verdict.data },
    format: o.format,
    out: o.out,
    failAbove: o.failAbove,
    skipBadRows: o.skipBadRows,
    reactions: o.reactions,
    graph: o.graph,
    expect: o.expect,
    tolerance: o.tolerance,
    quiet: o.quiet,
    xlsxLimitBytes: o.maxXlsxMb * 1024 * 1024,
    bom: o.bom,
    memoryCheck: o.memoryCheck,
  };
}

export function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

const hourPair = z
  .tuple([z.number().int(), z.number().int()])
  .refine(([start, end]) => start >= 0 && end <= 24 && start < end, { message: 'hours must satisfy 0 ≤ start < end ≤ 24' });

/** The analysis options as a result records them: the same bounds as the command line's flags. */
const recordedOptionsSchema = z.object({
  profile: z.object({
    name: z.string().max(100),
    zone: zoneSchema,
    workHours: hourPair,
    lunch: hourPair.nullable(),
    workdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  }),
  inputTz: zoneSchema,
  skipBadRows: z.boolean(),
  formatHint: z
    .string()
    .refine((name) => COMMENT_FORMATS.some((f) => f.name === name), { message: 'unknown format' })
    .optional(),
  columnMap: z.partialRecord(z.enum(COMMENT_COLUMNS), z.string().min(1).max(1000)).optional(),
  top: z.number().int().min(1),
  rank: z.enum(['order', 'likes', 'replies']),
  includeReplies: z.boolean(),
  signals: z.record(z.string(), z.unknown()),
  verdict: z.unknown(),
});

/**
 * The options a result file records (`meta.options`), checked as the command line's are: a result
 * is data from outside, and `reproduce` and `sample` run with what it says. Throws a message naming
 * the first bad field as `meta.options.<path>`.
 */
export function validateRecordedOptions(raw: unknown): AnalysisOptions {
  const fail = (path: PropertyKey[], message: string): never => {
    throw new UsageError(`meta.options${path.map((p) => `.${String(p)}`).join('')}: ${message}`);
  };
  const base = recordedOptionsSchema.safeParse(raw);
  if (!base.success) {
    const issue = base.error.issues[0]!;
    fail(issue.path, issue.message);
  }
  const o = base.data!;
  const signals: Record<string, Record<string, unknown>> = {};
  for (const signal of SIGNALS) {
    const recorded = o.signals[signal.id] ?? {};
    const parsed = (signal.options as z.ZodType).safeParse(recorded);
    if (!parsed.success) fail(['signals', signal.id, ...parsed.error.issues[0]!.path], parsed.error.issues[0]!.message);
    signals[signal.id] = parsed.data as Record<string, unknown>;
  }
  const verdict = verdictOptions.safeParse(o.verdict ?? {});
  if (!verdict.success) fail(['verdict', ...verdict.error.issues[0]!.path], verdict.error.issues[0]!.message);
  if (verdict.data!.suspiciousScore > verdict.data!.inauthenticScore) fail(['verdict', 'suspiciousScore'], 'must not exceed inauthenticScore');
  return {
    profile: o.profile as AnalysisProfile,
    inputTz: o.inputTz,
    skipBadRows: o.skipBadRows,
    ...(o.formatHint ? { formatHint: o.formatHint } : {}),
    ...(o.columnMap ? { columnMap: o.columnMap as Record<string, string> } : {}),
    top: o.top,
    rank: o.rank,
    includeReplies: o.includeReplies,
    signals,
    verdict: verdict.data!,
  };
}
