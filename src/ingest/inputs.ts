import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { appendAll } from '../util/arrays.js';
import { temporaryFolder } from '../util/temp.js';

const KNOWN_EXTENSIONS = ['.csv', '.csv.gz', '.tsv', '.tsv.gz', '.txt', '.json', '.ndjson', '.jsonl', '.xlsx'];

/** Expands directories (recursively, sorted by name, known extensions) into files; keeps the order given. */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(await spoolStdin());
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(path, code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code})`);
    }
    if (info.isFIFO() || info.isCharacterDevice()) {
      // A named pipe, `<(…)` or /dev/stdin: read once, as a stream, like `-`.
      files.push(await spoolStream(createReadStream(path), path));
      continue;
    }
    if (!info.isDirectory()) {
      if (!info.isFile()) throw new InputError(path, 'is not a regular file, a folder or a pipe (a socket or a device?)');
      files.push(path);
      continue;
    }
    const found = await walk(path);
    if (found.length === 0) throw new InputError(path, `the directory holds no ${KNOWN_EXTENSIONS.join(' or ')} files`);
    appendAll(files, found);
  }
  return files;
}

/**
 * Standard input, written to a temporary file named `stdin` first: every reader (and the worker
 * thread, and the hash) works on files. The file is removed when the process exits.
 */
async function spoolStdin(): Promise<string> {
  return spoolStream(process.stdin, '-');
}

/** A stream (stdin, a FIFO) written to a temporary file, removed at exit or on SIGINT/SIGTERM (util/temp.ts). */
async function spoolStream(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  const { path: directory } = await temporaryFolder('brigade-');
  const file = join(directory, 'stdin');
  try {
    await pipeline(stream, createWriteStream(file));
  } catch (error) {
    throw new InputError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return file;
}

async function walk(directory: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    throw new InputError(directory, `cannot be listed (${(error as NodeJS.ErrnoException).code})`);
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) appendAll(out, await walk(path));
    // A symbolic link is followed only to a regular file; anything else inside a folder (a link to a
    // folder, a pipe, a socket) is not read.
    else if (!entry.isFile() && !(await stat(path).then((s) => s.isFile(), () => false))) continue;
    else if (KNOWN_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}
