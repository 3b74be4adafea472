import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, UsageError } from './errors.js';
import { SCHEMA_VERSION, type ScanResult } from './result.js';
import { jsonDepth } from './util/json-depth.js';
import { fileSha256, PathRefusedError, resolveInside } from './util/safe-path.js';

/** The figures of a post (or overall) that check, reproduce and eval compare or read. */
const shareFigures = z.object({
  share: z.number(),
  authorShare: z.number(),
  upperBoundShare: z.number(),
  considered: z.number(),
  allComments: z.object({ share: z.number() }),
});

/** Just enough of the contract to trust a result file: the rest is compared, not parsed. */
const resultShape = z.object({
  schemaVersion: z.number(),
  meta: z.object({
    tool: z.literal('brigade'),
    version: z.string(),
    inputs: z.array(z.object({ file: z.string(), role: z.enum(['comments', 'reactions']), sha256: z.string() })),
    options: z.record(z.string(), z.unknown()),
  }),
  accounts: z.array(z.object({ id: z.string(), verdict: z.enum(['inauthentic', 'suspicious', 'authentic']) })),
  topN: z.object({ posts: z.array(shareFigures.extend({ postId: z.string() })), overall: shareFigures }),
  posts: z.array(z.object({ id: z.string() })),
  accountComments: z.array(z.object({ account: z.string(), comments: z.array(z.object({ text: z.string() })) })),
  networks: z.array(z.object({ id: z.string(), members: z.array(z.string()) })),
});

/** Larger than any real result (a million-comment scan writes ~60 MB); reading more would near V8's string limit. */
export const MAX_RESULT_BYTES = 512 * 1024 * 1024;

/** Reads a result JSON written by `brigade scan --format json`; exit 2 for anything else. */
export async function readResult(path: string, what = 'result'): Promise<ScanResult> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (info.isFile() && info.size > MAX_RESULT_BYTES) {
      throw new InputError(path, `is ${Math.round(info.size / 1048576)} MB: larger than any ${what} brigade writes (at most ${MAX_RESULT_BYTES / 1048576} MB read); is it the right file?`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE' ? 'too large to be a result file' : `cannot be read (${code ?? (error as Error).message})`,
    );
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) throw new InputError(path, `not a brigade ${what}: JSON nested ${depth} deep (a result is at most ${MAX_JSON_DEPTH})`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `not JSON (${(error as Error).message})`);
  }
  const version = (json as { schemaVersion?: unknown })?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    // Another version is another contract: no field is guessed across it.
    const age = version < SCHEMA_VERSION ? 'an older' : 'a newer';
    throw new InputError(
      path,
      `the ${what} is of another version: schemaVersion ${version}, written by ${age} brigade; this brigade reads schemaVersion ${SCHEMA_VERSION} only (run brigade scan again on the inputs to get one)`,
    );
  }
  const parsed = resultShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(path, `not a brigade ${what} (at ${issue.path.join('.') || 'the top'}: ${issue.message})`);
  }
  return json as ScanResult;
}

/** Where `reproduce` and `sample` look for a result's inputs: the result's folder, or one the user names. */
export function inputsFolder(resultPath: string, inputsDir?: string): string {
  return inputsDir ?? dirname(resolve(resultPath));
}

/**
 * The input files a result names, found again inside one folder (see util/safe-path.ts: absolute
 * paths, `..`, symbolic links out and `-` are refused before anything is opened), and checked against
 * their recorded sha256 before a byte of them is parsed. Returns the files, or the inputs that changed.
 */
export async function locateInputs(
  result: ScanResult,
  resultPath: string,
  inputsDir?: string,
): Promise<{ comments: string[]; reactions: string[]; changed: { file: string; sha256: string }[] }> {
  if (resultPath === '-') throw new UsageError('a result read from stdin cannot be traced to its inputs: pass the result file');
  const base = inputsFolder(resultPath, inputsDir);
  // With --inputs-dir, an input recorded as ../data/x.csv is looked for as data/x.csv, then x.csv
  // there: the user named the folder, and the sha256 still proves it is the same file.
  const locate = async (recorded: string): Promise<string> => {
    const parts = recorded.split(/[\\/]+/);
    const climb = parts.lastIndexOf('..');
    if (inputsDir === undefined || climb < 0 || isAbsolute(recorded)) return resolveInside(base, recorded);
    const tail = parts.slice(climb + 1);
    for (let from = 0; from < tail.length - 1; from++) {
      try {
        return await resolveInside(base, tail.slice(from).join('/'));
      } catch (error) {
        if (error instanceof PathRefusedError) throw error;
      }
    }
    return resolveInside(base, tail.slice(-1).join('/'));
  };
  const located = [];
  for (const input of result.meta.inputs) located.push({ input, path: await locate(input.file) });
  const changed = [];
  for (const { input, path } of located) if ((await fileSha256(path)) !== input.sha256) changed.push({ file: input.file, sha256: input.sha256 });
  return {
    comments: located.filter((l) => l.input.role === 'comments').map((l) => l.path),
    // Reactions found in a folder, and those of --reactions: all of them, in the order read.
    reactions: located.filter((l) => l.input.role === 'reactions').map((l) => l.path),
    changed,
  };
}

/** Deeper than any result or real export (Graph API nests replies two levels): refused before parsing. */
const MAX_JSON_DEPTH = 64;
