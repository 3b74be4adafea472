import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveScanOptions } from '../../src/options.js';
import { runScan } from '../../src/run.js';

export const BIN = fileURLToPath(new URL('../../bin/brigade.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The scan core, in-process, with CLI-style raw options. */
export async function scan(files: string[], raw: Record<string, unknown> = {}, reactions?: string) {
  const options = resolveScanOptions(raw);
  return runScan({ comments: files, reactions }, options.analysis, options.skipBadRows);
}

/** The real binary (built dist/), as a user runs it. */
export function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
