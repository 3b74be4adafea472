import { access, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { InputError, UsageError } from './errors.js';
import { SCHEMA_VERSION, type ScanResult } from './result.js';

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
  topN: z.object({ posts: z.array(z.object({ postId: z.string(), share: z.number() })), overall: z.object({ share: z.number() }) }),
});

/** Reads a result JSON written by `brigade scan --format json`; exit 2 for anything else. */
export async function readResult(path: string, what = 'result'): Promise<ScanResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `not JSON (${(error as Error).message})`);
  }
  const version = (json as { schemaVersion?: unknown })?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new InputError(path, `the ${what} has schemaVersion ${version}; this brigade reads ${SCHEMA_VERSION}`);
  }
  const parsed = resultShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(path, `not a brigade ${what} (at ${issue.path.join('.') || 'the top'}: ${issue.message})`);
  }
  return json as ScanResult;
}

/**
 * The input files a result names, found again: absolute paths as they are, relative ones from the
 * result file's folder, then from the working directory.
 */
export async function locateInputs(result: ScanResult, resultPath: string): Promise<{ comments: string[]; reactions: string[] }> {
  if (resultPath === '-') throw new UsageError('a result read from stdin cannot be traced to its inputs: pass the result file');
  const locate = async (file: string): Promise<string> => {
    const candidates = isAbsolute(file) ? [file] : [resolve(dirname(resultPath), file), resolve(file)];
    for (const candidate of candidates) {
      try {
        await access(candidate);
        return candidate;
      } catch {
        /* try the next */
      }
    }
    throw new InputError(file, `input of ${resultPath} not found (looked in ${candidates.join(', ')})`);
  };
  const comments = await Promise.all(result.meta.inputs.filter((i) => i.role === 'comments').map((i) => locate(i.file)));
  // Reactions found in a folder, and those of --reactions: all of them, in the order read.
  const reactions = await Promise.all(result.meta.inputs.filter((i) => i.role === 'reactions').map((i) => locate(i.file)));
  return { comments, reactions };
}
