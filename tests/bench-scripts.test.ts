import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, DEMO_FILES, ROOT } from './helpers/scan.js';

/**
 * `npm run bench` is not part of the suite (it takes minutes), but its in-process part builds the signal context by
 * hand: a field added to the context broke it once without a test noticing (the bench died parsing an empty line).
 */
describe('scripts/bench-passes.mjs (part of npm run bench)', () => {
  it('times every pass of the demo and prints one JSON line', () => {
    const run = spawnSync(process.execPath, ['scripts/bench-passes.mjs', DEMO_FILES.comments], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT });
    expect(run.status, run.stderr).toBe(0);
    const timings = JSON.parse(run.stdout) as Record<string, number>;
    expect(Object.keys(timings)).toEqual(['page-as-profile', 'stock-name', 'shift-hours', 'network-member', 'page-network-copies', 'intra-network', 'co-commenting', 'copy-paste', 'ties, after the passes']);
    expect(Object.values(timings).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
  }, CLI_TIMEOUT);
});
