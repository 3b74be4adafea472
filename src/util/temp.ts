import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary folders (the stdin spool, an XLSX sheet as CSV) are removed when the process ends —
 * normally, on an error, or on SIGINT/SIGTERM/SIGHUP: a stdin spool can be hundreds of MB, and a
 * Ctrl-C must not leave it behind.
 */
const live = new Set<string>();
let installed = false;

const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function removeAll(): void {
  for (const directory of live) rmSync(directory, { recursive: true, force: true });
  live.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', removeAll);
  for (const [signal, code] of Object.entries(SIGNAL_EXIT) as [NodeJS.Signals, number][]) {
    process.once(signal, () => {
      removeAll();
      process.exit(code);
    });
  }
}

/** A fresh temporary folder, removed at exit or on a signal unless released earlier. */
export async function temporaryFolder(prefix: string): Promise<{ path: string; release: () => Promise<void> }> {
  install();
  const path = await mkdtemp(join(tmpdir(), prefix));
  live.add(path);
  return {
    path,
    release: async () => {
      live.delete(path);
      await rm(path, { recursive: true, force: true });
    },
  };
}
