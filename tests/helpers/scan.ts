import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveScanOptions } from '../../src/options.js';
import { runScan, runScanWithGraph } from '../../src/run.js';

export const BIN = fileURLToPath(new URL('../../bin/brigade.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Timeout of a test that spawns the binary: a process start costs 0.3–1 s on an idle 2-core machine
 * and several times that beside other work, and a demo scan 1–4 s more.
 */
export const CLI_TIMEOUT = 90_000;

/** The scan core, in-process, with CLI-style raw options. */
export async function scan(files: string[], raw: Record<string, unknown> = {}, reactions?: string) {
  const options = resolveScanOptions(raw);
  return runScan({ comments: files, reactions }, options.analysis, options.skipBadRows);
}

/** The demo, scanned in-process once per test file (paths relative to the repository, as the golden file records them). */
export const DEMO_FILES = { comments: 'fixtures/demo/comments.csv', reactions: 'fixtures/demo/reactions.csv' };
let demoRun: ReturnType<typeof runScanWithGraph> | undefined;
export function demo() {
  demoRun ??= runScanWithGraph({ comments: [DEMO_FILES.comments], reactions: DEMO_FILES.reactions }, resolveScanOptions({}).analysis, false);
  return demoRun;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real binary (built dist/), as a user runs it; killed after CLI_TIMEOUT. */
export function cli(args: string[], input?: string): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, timeout: CLI_TIMEOUT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Several runs of the binary at once (independent invocations: they overlap their start-up costs). */
export function clis(runs: string[][]): Promise<CliRun[]> {
  return Promise.all(
    runs.map(
      (args) =>
        new Promise<CliRun>((resolve, reject) => {
          const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: CLI_TIMEOUT, stdio: ['ignore', 'pipe', 'pipe'] });
          let stdout = '', stderr = '';
          child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
          child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr }));
        }),
    ),
  );
}
