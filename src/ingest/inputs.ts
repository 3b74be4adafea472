import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

const KNOWN_EXTENSIONS = ['.csv', '.csv.gz', '.tsv', '.tsv.gz', '.txt', '.json', '.ndjson', '.jsonl'];

/** Expands directories (recursively, sorted by name, known extensions) into files; keeps the order given. */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
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
