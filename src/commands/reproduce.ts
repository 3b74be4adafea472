import type { Command } from 'commander';
import { compareResults } from '../compare.js';
import { UsageError } from '../errors.js';
import type { AnalysisOptions } from '../options.js';
import { differenceText } from '../report/messages.js';
import { forTerminal } from '../report/sanitize.js';
import { locateInputs, readResult } from '../result-io.js';
import { runScan } from '../run.js';

export function registerReproduce(program: Command): void {
  program
    .command('reproduce')
    .description(
      'Re-read the inputs a result names (relative paths from the result file’s folder, then the working directory), check their sha256, re-run with the recorded options, and say whether every verdict and figure is identical (exit 0) or what differs (exit 1).',
    )
    .argument('<result>', 'result JSON of `brigade scan --format json`')
    .action(async (resultPath: string) => {
      if (resultPath === '-') throw new UsageError('a result read from stdin cannot be reproduced: its inputs cannot be located; pass the result file');
      const recorded = await readResult(resultPath);
      const { comments, reactions } = await locateInputs(recorded, resultPath);
      const options = recorded.meta.options as AnalysisOptions;
      const again = await runScan({ comments, reactions }, options, options.skipBadRows ?? false);

      const changed = recorded.meta.inputs.filter((input, i) => again.meta.inputs[i]?.sha256 !== input.sha256);
      const differences = compareResults(recorded, again, 0, true);
      if (changed.length === 0 && differences.length === 0) {
        process.stdout.write(`reproduced: ${again.accounts.length} verdicts and every figure identical (brigade ${again.meta.version}, recorded with ${recorded.meta.version})\n`);
        return;
      }
      const lines = [
        ...changed.map((input) => `  input ${forTerminal(input.file)}: sha256 differs from the recorded ${input.sha256}`),
        ...differences.slice(0, 50).map((d) => `  ${forTerminal(differenceText(d))}`),
      ];
      if (differences.length > 50) lines.push(`  … and ${differences.length - 50} more`);
      process.stdout.write(`not reproduced: ${changed.length} input(s) changed, ${differences.length} difference(s)\n${lines.join('\n')}\n`);
      process.exitCode = 1;
    });
}
