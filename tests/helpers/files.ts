import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes files into a fresh temporary directory and returns their paths. */
export function tempFiles(files: Record<string, string | Buffer>): Record<string, string> & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'brigade-test-'));
  const out: Record<string, string> = { dir };
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    out[name] = path;
  }
  return out as Record<string, string> & { dir: string };
}
