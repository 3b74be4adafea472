import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { InputError, NotCommentsError } from '../errors.js';
import type { ZoneClock } from '../model/clock.js';
import { streamError } from './csv-table.js';
import { decodedStream, decodeHead, planDecoding } from './decode.js';
import { jsonDepth } from '../util/json-depth.js';
import { auditWarnings } from './table.js';
import { GraphApiReader, graphApiJson } from './formats/graph-api.js';
import { filePostOf, JSON_FORMATS } from './formats/index.js';
import { REJECTIONS_KEPT, type CommentSink, type FileReport, type IngestContext, type ReactionSink } from './types.js';

/** One JSON document larger than this would near V8's string limit: page files or NDJSON instead. */
const MAX_JSON_BYTES = 256 * 1024 * 1024;
/** Deeper than any export (Graph API nests replies two levels); the readers walk values recursively. */
const MAX_JSON_DEPTH = 64;

/** A file's size and its first bytes (up to 64 KiB), read once for every test of what the file is. */
export interface FileHead {
  size: number;
  bytes: Buffer;
}

const HEAD_BYTES = 65536;

/**
 * One open, stat, read and close per file: with 10,000 Graph API page files, a handle opened for each question
 * (is it a workbook? JSON? how large?) left the main thread idle for 8 s of a 30 s scan.
 * Undefined when the file cannot be opened (the reader that follows says why).
 */
export async function readHead(file: string): Promise<FileHead | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.alloc(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return { size, bytes: bytes.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

/** Whether a file's first non-blank character opens JSON (gzipped JSON is JSON too: any input may be gzip-compressed). */
export function headIsJson(head: FileHead): boolean {
  const start = head.bytes.subarray(0, 4096);
  const text = decodeHead(start, planDecoding(start)).trimStart();
  return text.startsWith('{') || text.startsWith('[');
}

/** Whether a file's first non-blank character opens JSON. */
export async function looksLikeJson(file: string): Promise<boolean> {
  const head = await readHead(file);
  return head !== undefined && headIsJson(head);
}

/**
 * Reads a JSON comment file: one document (a Graph API page, a post with comments, or an array), or
 * NDJSON (one document a line). Positions in messages are JSON paths, or line numbers for NDJSON.
 */
export async function readJsonComments(
  file: string,
  inputZone: ZoneClock,
  context: IngestContext,
  sink: CommentSink,
  reactions: ReactionSink,
  /** The file as the user knows it (`-` for stdin): the post of rows that name none takes it. */
  name = file,
  /** Its head, when the caller read it already. */
  known?: FileHead,
): Promise<FileReport> {
  const head = known ?? (await readHead(file)) ?? { size: (await stat(file)).size, bytes: Buffer.alloc(0) };
  const { size } = head;
  if (size === 0) throw new InputError(file, 'the file is empty');
  if (size > MAX_JSON_BYTES) throw new InputError(file, `one JSON document of ${Math.round(size / 1048576)} MB is too large: split it into page files or NDJSON`);
  const plan = planDecoding(head.bytes);
  if (plan.basis === 'utf-16-pattern') context.warnings.push({ code: 'utf-16-without-bom', file, args: { encoding: plan.encoding } });
  const hash = createHash('sha256');
  const { output, audit } = decodedStream(file, plan, (chunk) => hash.update(chunk), head.bytes.length === size ? head.bytes : undefined);
  let text = '';
  try {
    for await (const chunk of output) {
      text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      // Gzipped, the file's size says nothing of the text's.
      if (text.length > MAX_JSON_BYTES) throw new InputError(file, `one JSON document larger than ${MAX_JSON_BYTES / 1048576} MB once decompressed: split it into page files or NDJSON`);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw streamError(file, error);
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) throw new InputError(file, `JSON nested ${depth} deep: no export brigade reads nests beyond ${MAX_JSON_DEPTH} (replies are two levels)`);
  text = text.replace(/^\uFEFF/, '');
  const reject = (where: string, reason: string) => {
    if (!context.skipBadRows) throw new InputError(file, reason, undefined, where);
    if (context.rejections.length < REJECTIONS_KEPT) context.rejections.push({ file, line: 0, field: where, reason });
  };
  const filePost = filePostOf(name);
  const reader = new GraphApiReader(file, inputZone, context, sink, reactions, reject, filePost);
  const out = { tally: reader.tally, inputZone, context, file, sink, reactions, reject, filePost, graph: reader };
  let format = graphApiJson.name;
  /** Reads one document in whichever JSON format recognises it first; false when none does. */
  const readDocument = (doc: unknown, where: string, asLine: boolean): boolean => {
    const found = JSON_FORMATS.find((f) => f.recognises(doc));
    if (!found) return false;
    format = found.name;
    found.read(doc, where, out, asLine);
    return true;
  };
  let documents = 0;
  let value: unknown;
  try {
    value = JSON.parse(text);
    documents = 1;
  } catch (error) {
    // NDJSON: one document a line.
    const lines = text.split(/\r?\n/);
    const first = lines.findIndex((l) => l.trim() !== '');
    let isNdjson = false;
    try {
      JSON.parse(lines[first] ?? '');
      isNdjson = lines.filter((l) => l.trim() !== '').length > 1;
    } catch {
      /* not NDJSON either */
    }
    if (!isNdjson) throw new InputError(file, `not valid JSON (${(error as Error).message})${text.trimEnd().endsWith('}') || text.trimEnd().endsWith(']') ? '' : ': the file looks cut off'}`);
    value = undefined;
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let doc: unknown;
      try {
        doc = JSON.parse(line);
      } catch (lineError) {
        throw new InputError(file, `not valid JSON (${(lineError as Error).message})`, i + 1);
      }
      if (!readDocument(doc, `line ${i + 1}`, true)) {
        // Unknown from the first line: not comments at all (a folder skips it); later: a bad line in a comments file.
        if (documents === 0) throw new NotCommentsError(file, 'not-comments-json', 'not a comment or comments page of a known JSON format (line 1 of JSON lines)', 'JSON lines of no known comment format');
        throw new InputError(file, 'not a comment or comments page of a known JSON format', i + 1);
      }
      documents++;
    });
  }
  if (value !== undefined && !readDocument(value, '$', false)) {
    const kind = describeJson(value);
    throw new NotCommentsError(
      file,
      'not-comments-json',
      `${kind ? `${kind}, not comments; ` : 'unknown JSON format: '}expected Graph API comments ({"data": [...]} pages, an object with a "comments" edge, a comment with created_time and from, or an array of them), or ${JSON_FORMATS.filter((f) => f !== graphApiJson).map((f) => f.name).join(', ')} (brigade formats says how each is recognised)`,
      kind ?? 'JSON of no known comment format',
    );
  }
  reader.finish();
  auditWarnings(file, plan, audit?.finish(), context);
  const t = reader.tally;
  const commentRows = t.used + t.rejected + t.skipped + t.duplicates;
  const common = { file, format, sha256: hash.digest('hex'), bytes: size, delimiter: '', encoding: plan.encoding, gzip: plan.gzip };
  // Only a reactions edge (`GET /{comment-id}?fields=reactions`): the file is a reactions source.
  if (commentRows === 0 && t.reactions > 0) {
    return { ...common, role: 'reactions', read: t.reactions, used: t.reactions - t.reactionDuplicates, rejected: 0, skipped: 0, duplicates: t.reactionDuplicates };
  }
  return {
    ...common, role: 'comments', read: commentRows, used: t.used, rejected: t.rejected, skipped: t.skipped, duplicates: t.duplicates,
    ...(filePost.rows > 0 ? { post: filePost } : {}),
  };
}

/** What a JSON document that holds no comments is, where it can be told: for the error and skip messages. */
function describeJson(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  if ('error' in o && typeof o.error === 'object') return 'a Graph API error response';
  if ('category' in o && 'name' in o && !('message' in o)) return 'a Graph API Page object (GET /{page-id})';
  if ('name' in o && 'id' in o && !('message' in o) && !('created_time' in o)) return 'a Graph API profile or Page object';
  if (Array.isArray(o.data) && o.data.length > 0 && typeof o.data[0] === 'object' && o.data[0] && 'type' in (o.data[0] as object) && !('created_time' in (o.data[0] as object))) {
    return 'a reactions page without the comment it belongs to (request it as GET /{comment-id}?fields=reactions)';
  }
  return undefined;
}
