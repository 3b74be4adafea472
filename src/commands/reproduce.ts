import type { Command } from 'commander';
import { compareResults } from '../compare.js';
import { InputError, UsageError } from '../errors.js';
import { validateRecordedOptions, type AnalysisOptions } from '../options.js';
import { settle } from '../outcome.js';
import { differenceText } from '../report/messages.js';
import { forTerminal } from '../report/sanitize.js';
import type { ScanResult } from '../result.js';
import { locateInputs, readResult } from '../result-io.js';
import { runScan } from '../run.js';

export function registerReproduce(program: Command): void {
  program
    .command('reproduce')
    .description(
      'Find the inputs a result names inside the result file’s folder (or --inputs-dir), check their sha256, re-run with the recorded options, and say whether every verdict and figure is identical (exit 0) or what differs (exit 1). A result cannot make brigade open a file outside that folder: absolute paths, `..` and symbolic links out of it are refused (exit 2), and an input whose sha256 differs is not read (exit 1).',
    )
    .argument('<result>', 'result JSON of `brigade scan --format json`')
    .option('--inputs-dir <dir>', 'look for the inputs in this folder instead of the result file’s')
    .action(async (resultPath: string, raw: { inputsDir?: string }) => {
      const outcome = await reproduce(resultPath, raw.inputsDir);
      process.stdout.write(outcome.text);
      settle(outcome.code);
    });
}

/** A result's recorded options, validated as the command line's are; errors name the result file. */
export function recordedOptions(result: ScanResult, resultPath: string): AnalysisOptions {
  try {
    return validateRecordedOptions(result.meta.options);
  } catch (error) {
    if (error instanceof UsageError) throw new InputError(resultPath, error.message);
    throw error;
  }
}

/** Re-runs a result; the outcome and its wording (terminal-safe). */
export async function reproduce(resultPath: string, inputsDir?: string): Promise<{ code: 0 | 1; text: string }> {
  if (resultPath === '-') throw new UsageError('a result read from stdin cannot be reproduced: its inputs cannot be located; pass the result file');
  const recorded = await readResult(resultPath);
  const options = recordedOptions(recorded, resultPath);
  const { comments, reactions, changed } = await locateInputs(recorded, resultPath, inputsDir);
  if (changed.length > 0) {
    // The changed file is not parsed: its content may be anything, and nothing of it is shown.
    const lines = changed.map((input) => `  input ${forTerminal(input.file)}: sha256 differs from the recorded ${forTerminal(input.sha256)}`);
    return { code: 1, text: `not reproduced: input changed (${changed.length} of ${recorded.meta.inputs.length})\n${lines.join('\n')}\n` };
  }
  const again = await runScan({ comments, reactions }, options, options.skipBadRows);
  const differences = compareResults(recorded, again, 0, true);
  if (differences.length === 0) {
    return {
      code: 0,
      text: `reproduced: ${again.accounts.length} verdicts and every figure identical (brigade ${again.meta.version}, recorded with ${forTerminal(recorded.meta.version, 40)})\n`,
    };
  }
  const lines = differences.slice(0, 50).map((d) => `  ${forTerminal(differenceText(d))}`);
  if (differences.length > 50) lines.push(`  … and ${differences.length - 50} more`);
  return { code: 1, text: `not reproduced: ${differences.length} difference(s)\n${lines.join('\n')}\n` };
}
