import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { checkOutputPath } from '../output-path.js';
import { generate } from '../simulate/generator.js';
import { SCENARIOS } from '../simulate/scenarios.js';
import { writeDataset } from '../simulate/write.js';
import { forTerminal } from '../report/sanitize.js';

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description(
      `Writes a generated dataset whose inauthentic accounts are known: comments.csv, reactions.csv (when the draw has one; ` +
          `a reactions.csv of an earlier draw in the folder is removed when it has none), ` +
        `truth.csv (label and kind of every account) and knobs.json (the knob values drawn). The seed draws the knobs from ` +
        `the family's ranges (src/simulate/knobs.ts), then the data.`,
    )
    // After the options, each scenario's description wrapped under its own column (in the description, commander
    // wrapped the lines back to column 0).
    .addHelpText('after', `\nScenarios:\n${Object.values(SCENARIOS).map((s) => hanging(`  ${s.name.padEnd(14)} `, s.description)).join('\n')}`)
    .requiredOption('--scenario <name>', `one of: ${Object.keys(SCENARIOS).join(', ')}`)
    .requiredOption('-o, --out <dir>', 'directory to write into (created if needed)')
    .option('--seed <n>', 'seed of the draw (default: the family\'s own)')
    .action(async (raw: { scenario: string; out: string; seed?: string }) => {
      const scenario = SCENARIOS[raw.scenario];
      if (!scenario) throw new UsageError(`--scenario must be one of ${Object.keys(SCENARIOS).join(', ')} (got ${raw.scenario})`);
      let seed = scenario.seed;
      if (raw.seed !== undefined) {
        if (!/^\d{1,9}$/.test(raw.seed)) throw new UsageError(`--seed must be a whole number between 0 and 999999999 (got ${raw.seed})`);
        seed = Number(raw.seed);
      }
      await checkOutputPath('--out', raw.out, 'folder');
      const { written, removed } = await writeDataset(generate({ ...scenario, seed }), raw.out);
      process.stderr.write(`wrote ${written.map((f) => forTerminal(f)).join(', ')}\n`);
      for (const file of removed) process.stderr.write(`removed ${forTerminal(file)}: it was an earlier draw's, and this draw has no reactions file\n`);
    });
}

/** `lead` then `text` wrapped at `width` columns, its lines after the first indented under the text's start. */
function hanging(lead: string, text: string, width = 80): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && lead.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? lead : ' '.repeat(lead.length)) + l).join('\n');
}
