import { configDefaults, defineConfig } from 'vitest/config';

// The suite must hold on a busy 2-core machine (two CPU-bound processes beside it): most tests call
// the core in-process and take well under a second; the few that spawn the binary or a browser set
// their own, longer timeout. Two workers: vitest's default on 2 cores is one (cpus − 1).
// Test files share a worker's loaded modules (isolate: false): loading src, zod and csv-parse again for
// every file was a fifth of the suite's CPU time. A file that mocks modules (vi.mock) needs its own
// module graph: list it in ISOLATED.
const ISOLATED = ['tests/security/result-fuzz.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', isolate: false, exclude: [...configDefaults.exclude, ...ISOLATED] } },
      { extends: true, test: { name: 'isolated', isolate: true, include: ISOLATED } },
    ],
  },
});
