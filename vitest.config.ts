import { defineConfig } from 'vitest/config';

// The suite must hold on a busy 2-core machine (two CPU-bound processes beside it): most tests call
// the core in-process and take well under a second; the few that spawn the binary or a browser set
// their own, longer timeout. Two workers: vitest's default on 2 cores is one (cpus − 1).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
