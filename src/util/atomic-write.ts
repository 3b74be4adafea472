import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { utf8Chunks } from './utf8-chunks.js';

/**
 * Nothing is written over what the user has until the new content is whole: the output goes to a
 * temporary file in the target folder (same file system, so the rename is atomic), is fsync'ed, then
 * renamed into place. A kill or a full disk mid-write leaves the previous file intact.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, flag = '--out'): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.brigade-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temporary, 'wx', 0o644);
  } catch (error) {
    throw new InputError(path, `${flag}: cannot be written (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    // A existing file keeps its permissions.
    const mode = await stat(target).then((s) => (s.isFile() ? s.mode & 0o777 : undefined), () => undefined);
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else {
      // Pieces (a big JSON result) are written as they are made, never joined into one string; one
      // chunk is being written while the next is encoded.
      let writing: Promise<unknown> = Promise.resolve();
      for (const chunk of utf8Chunks(data)) {
        await writing;
        writing = handle.write(chunk);
      }
      await writing;
    }
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw new InputError(path, `${flag}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the previous file, if any, is unchanged`);
  }
}

/** A file's identity (device and inode), or undefined when it does not exist. */
async function identity(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that is one of the inputs (the same file by device and inode, whatever the
 * path's spelling, hard links included): `scan x.csv --format csv --out x.csv` must not destroy x.csv.
 */
export async function refuseOutputOverInput(flag: string, output: string | undefined, inputs: (string | undefined)[]): Promise<void> {
  if (output === undefined || output === '-') return;
  const out = await identity(output);
  if (out === undefined) return;
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    if ((await identity(input)) === out) {
      throw new UsageError(`${flag} ${JSON.stringify(output)} is an input of this run (${JSON.stringify(input)}): choose another output file`);
    }
  }
}
