import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { isAbsolute, posix, relative, resolve, sep, win32 } from 'node:path';
import { InputError } from '../errors.js';

/**
 * The paths a result file names are written by whoever wrote the result, who may be the adversary:
 * a result naming `/etc/shadow` or `../../.ssh/id_rsa` must not make brigade open, parse or print it.
 * A recorded input is only ever looked for inside one folder (the result's, or the one the user names),
 * and everything is decided from the path and from metadata (lstat/realpath) before any file is opened.
 */

/** Why a recorded path is refused, as data; worded here because the path itself is the message. */
export type RefusedPath = 'stdin' | 'absolute' | 'climbs-out' | 'control-characters' | 'symlink-out' | 'not-a-regular-file';

const REFUSAL_TEXT: Record<RefusedPath, string> = {
  stdin: 'was read from standard input: it cannot be found again, so the result cannot be re-run from it (scan a file to make a reproducible result)',
  absolute: 'is an absolute path: a result may only name files inside its own folder (or the folder given with --inputs-dir)',
  'climbs-out': 'climbs out of the folder with `..`: a result may only name files inside its own folder (or the folder given with --inputs-dir)',
  'control-characters': 'contains control characters',
  'symlink-out': 'is a symbolic link that leads out of the folder',
  'not-a-regular-file': 'is not a regular file',
};

export class PathRefusedError extends InputError {
  constructor(readonly recorded: string, readonly reason: RefusedPath, base: string) {
    super(recorded, `${REFUSAL_TEXT[reason]} (folder: ${base})`);
  }
}

/** The segments of a recorded path, read with either separator (a result may come from Windows). */
function segments(recorded: string): string[] {
  return recorded.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
}

/** Checks a recorded path by its text alone; throws a refusal. */
export function checkRecordedPath(recorded: string, base: string): string[] {
  if (recorded === '-') throw new PathRefusedError(recorded, 'stdin', base);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(recorded)) throw new PathRefusedError(recorded, 'control-characters', base);
  if (isAbsolute(recorded) || posix.isAbsolute(recorded) || win32.isAbsolute(recorded) || /^[a-zA-Z]:/.test(recorded) || recorded.startsWith('~')) {
    throw new PathRefusedError(recorded, 'absolute', base);
  }
  const parts = segments(recorded);
  if (parts.includes('..')) throw new PathRefusedError(recorded, 'climbs-out', base);
  if (parts.length === 0) throw new PathRefusedError(recorded, 'not-a-regular-file', base);
  return parts;
}

/**
 * The real path of a recorded input inside `base`, or a refusal: `-`, absolute paths, `..` segments
 * and symbolic links that resolve outside `base` are refused before anything is opened; the target
 * must be a regular file. `base` itself may be a symbolic link (a user's own choice).
 */
export async function resolveInside(base: string, recorded: string): Promise<string> {
  const parts = checkRecordedPath(recorded, base);
  let realBase: string;
  try {
    realBase = await realpath(base);
  } catch (error) {
    throw new InputError(base, `the inputs folder cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let real: string;
  try {
    // realpath reads links (lstat/readlink) but opens no file.
    real = await realpath(resolve(realBase, ...parts));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A result saved with `>` lies beside none of its inputs: say where to point.
    throw new InputError(recorded, code === 'ENOENT' ? `not found in ${base} (give the folder the inputs are in with --inputs-dir)` : `cannot be reached in ${base} (${code})`);
  }
  if (!real.startsWith(realBase.endsWith(sep) ? realBase : realBase + sep)) throw new PathRefusedError(recorded, 'symlink-out', base);
  const info = await stat(real);
  if (!info.isFile()) throw new PathRefusedError(recorded, 'not-a-regular-file', base);
  return real;
}

/** The sha256 of a file's bytes, streamed: nothing is parsed or kept. */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A recorded path for a result written to `resultFolder`: relative, with forward slashes (read back anywhere). */
export function recordedPath(file: string, resultFolder: string): string {
  if (file === '-') return file;
  return relative(resolve(resultFolder), resolve(file)).split(sep).join('/');
}
