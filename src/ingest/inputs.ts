import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

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
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await walk(path);
    if (found.length === 0) throw new InputError(path, `the directory holds no ${KNOWN_EXTENSIONS.join(' or ')} files`);
    files.push(...found);
  }
  return files;
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
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (KNOWN_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}
