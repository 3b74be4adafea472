import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { SkippedFile } from './types.js';

const KNOWN_EXTENSIONS = ['.csv', '.csv.gz', '.tsv', '.tsv.gz', '.txt', '.json', '.ndjson', '.jsonl', '.xlsx'];

/** One file to read: where its bytes are, the name the user knows it by, and how it was given. */
export interface InputFile {
  path: string;
  /** `-` for standard input; otherwise the path. */
  name: string;
  /**
   * Found inside a folder: a file that turns out not to be a comment export is skipped with a
   * warning (a reactions export is read as reactions). Given by name: read, or an error.
   */
  inFolder: boolean;
}

/**
 * Expands directories (recursively, sorted by name) into files; keeps the order given. Inside a
 * folder, hidden files, non-regular files and other extensions are skipped and listed, never dropped
 * silently; whether a file with a known extension holds comments is decided from its header later.
 */
export async function expandInputs(paths: string[]): Promise<{ files: InputFile[]; skipped: SkippedFile[] }> {
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push({ path: await spoolStdin(), name: '-', inFolder: false });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(path, code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code})`);
    }
    if (!info.isDirectory()) {
      files.push({ path, name: path, inFolder: false });
      continue;
    }
    const before = files.length;
    await walk(path, files, skipped);
    if (files.length === before) {
      const listed = skipped.length ? `; skipped: ${skipped.map((s) => s.file).slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}` : '';
      throw new InputError(path, `the directory holds no ${KNOWN_EXTENSIONS.join(' or ')} files${listed}`);
    }
  }
  return { files, skipped };
}

/**
 * Standard input, written to a temporary file named `stdin` first: every reader (and the worker
 * thread, and the hash) works on files. The file is removed when the process exits.
 */
async function spoolStdin(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'brigade-'));
  const file = join(directory, 'stdin');
  await pipeline(process.stdin, createWriteStream(file));
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  return file;
}

/** Appends to `files` and `skipped` (no spreading of unbounded arrays: a folder may hold 100k files). */
async function walk(directory: string, files: InputFile[], skipped: SkippedFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    throw new InputError(directory, `cannot be listed (${(error as NodeJS.ErrnoException).code})`);
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(directory, entry.name);
    if (entry.name.startsWith('.')) {
      skipped.push({ file: path, reason: 'hidden' });
      continue;
    }
    if (entry.isDirectory()) {
      await walk(path, files, skipped);
      continue;
    }
    // A symlink counts when it leads to a regular file; links to folders are not followed (no loops).
    let regular = entry.isFile();
    if (entry.isSymbolicLink()) regular = await stat(path).then((s) => s.isFile(), () => false);
    if (!regular) skipped.push({ file: path, reason: 'not-a-regular-file' });
    else if (!KNOWN_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) skipped.push({ file: path, reason: 'other-extension' });
    else files.push({ path, name: path, inFolder: true });
  }
}
