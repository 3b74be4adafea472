import type { Command } from 'commander';
import { compareResults } from '../compare.js';
import { UsageError } from '../errors.js';
import { settle } from '../outcome.js';
import { count, differenceText } from '../report/messages.js';
import { forTerminal } from '../report/sanitize.js';
import type { ScanResult } from '../result.js';
import { readResult } from '../result-io.js';

/** Differences shown before "… and N more". */
const SHOWN = 50;

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'Compare a scan result with an expected one, for CI: exit 1 with a readable diff when a verdict changed or a top-N share moved more than the tolerance, 0 otherwise, 2 when the files cannot be compared (another schema version, other inputs).',
    )
    .argument('<result>', 'result JSON of `brigade scan --format json`')
    .requiredOption('--expect <file>', 'the expected result JSON')
    .option('--tolerance <fraction>', 'largest accepted move of a share (0–1)', '0.02')
    .action(async (resultPath: string, raw: { expect: string; tolerance: string }) => {
      const tolerance = parseTolerance(raw.tolerance);
      const [actual, expected] = await Promise.all([readResult(resultPath), readResult(raw.expect, 'expected result')]);
      const outcome = checkResult(actual, expected, tolerance);
      process.stdout.write(outcome.text);
      settle(outcome.code === 0 ? 0 : 1);
    });
}

export function parseTolerance(raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`--tolerance must be a fraction between 0 and 1 (got ${raw})`);
  return value;
}

/** The outcome in words, and the exit code. */
export function checkResult(actual: ScanResult, expected: ScanResult, tolerance: number): { code: number; text: string } {
  const hashes = (r: ScanResult) => r.meta.inputs.map((i) => i.sha256).sort().join(',');
  if (hashes(actual) !== hashes(expected)) {
    // Say which inputs differ: one left out (a reactions file not passed) reads differently from one changed.
    const roles = (r: ScanResult) => r.meta.inputs.map((i) => i.role).sort().join(', ');
    // The inputs of `r` that `other` did not read, each as "role sha256… label".
    const only = (r: ScanResult, other: ScanResult, label: string) =>
      r.meta.inputs.filter((i) => !other.meta.inputs.some((o) => o.sha256 === i.sha256)).map((i) => `${i.role} ${i.sha256.slice(0, 12)}… ${label}`);
    const which =
      expected.meta.inputs.length !== actual.meta.inputs.length
        ? `the expected result read ${expected.meta.inputs.length} input${expected.meta.inputs.length === 1 ? '' : 's'} (${roles(expected)}), this one ${actual.meta.inputs.length} (${roles(actual)})`
        : `their sha256 differ: ${[...only(expected, actual, 'expected'), ...only(actual, expected, 'read')].join(', ')}`;
    throw new UsageError(`the expected result is for other inputs (${which}): compare results of the same data`);
  }
  const differences = compareResults(expected, actual, tolerance);
  if (differences.length === 0) {
    return { code: 0, text: `check passed: ${actual.accounts.length} verdicts identical, ${count(actual.topN.posts.length, 'post')} within ${(tolerance * 100).toFixed(1)} points\n` };
  }
  const lines = differences.slice(0, SHOWN).map((d) => `  ${forTerminal(differenceText(d))}`);
  if (differences.length > SHOWN) lines.push(`  … and ${differences.length - SHOWN} more`);
  return {
    code: 1,
    text: `check failed: ${differences.length} difference${differences.length === 1 ? '' : 's'} (tolerance ${(tolerance * 100).toFixed(1)} points)\n${lines.join('\n')}\n`,
  };
}
