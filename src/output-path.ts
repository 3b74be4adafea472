import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** Excel reads a CSV as UTF-8 only behind a byte-order mark (else Azerbaijani ə, ğ, ş are garbled). */
export const UTF8_BOM = '\uFEFF';

/**
 * An output path is checked before any work starts, so a long scan never ends in "cannot be
 * written": it must not be a folder, its folder must exist and be writable, and an existing file
 * must be writable. `folder` is for outputs that are folders (simulate --out), created if absent.
 */
export async function checkOutputPath(flag: string, path: string, kind: 'file' | 'folder' = 'file'): Promise<void> {
  const shown = JSON.stringify(path);
  const info = await stat(path).catch(() => undefined);
  if (info) {
    if (kind === 'file' && info.isDirectory()) throw new UsageError(`${flag}: ${shown} is a folder; name a file`);
    if (kind === 'folder' && !info.isDirectory()) throw new UsageError(`${flag}: ${shown} exists and is not a folder`);
    try {
      await access(path, constants.W_OK);
    } catch {
      throw new UsageError(`${flag}: ${shown} is not writable`);
    }
    return;
  }
  // The nearest existing folder above must be writable (simulate creates the missing ones).
  let folder = dirname(resolve(path));
  if (kind === 'file') {
    const parent = await stat(folder).catch(() => undefined);
    if (!parent?.isDirectory()) throw new UsageError(`${flag}: the folder of ${shown} does not exist`);
  } else {
    while (!(await stat(folder).catch(() => undefined))) folder = dirname(folder);
  }
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new UsageError(`${flag}: cannot write to the folder of ${shown}`);
  }
}
