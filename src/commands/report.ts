import { Option, type Command } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from '../options.js';
import { checkOutputPath, UTF8_BOM } from '../output-path.js';
import { renderStoredResult } from '../report/render.js';
import { readResult } from '../result-io.js';
import { refuseOutputOverInput, writeFileAtomic } from '../util/atomic-write.js';

const HELP = `
Renders a result JSON written by \`brigade scan --format json\` — the file a journalist keeps, shares and checks with \`brigade reproduce\` — as a table, Markdown, HTML, JSON or CSV, without the inputs. \`scan --format html\` gives the same bytes as \`scan --format json\` followed by \`report --format html\`; a result written with \`--out\` names its inputs from its own folder (what \`reproduce\` needs), and the report shows them so, where \`scan\` showed them as given.

Memory proportional to the result file.

Exit codes: 0 written; 2 usage or input error (no such file, not a brigade result, a result of another schema version).`;

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(`Render a saved scan result in any output format.${HELP}`)
    .argument('<result>', 'result JSON of `brigade scan --format json`')
    .addOption(new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--bom', 'begin a CSV output with a UTF-8 byte-order mark, so Excel shows Azerbaijani letters', false)
    .action(async (resultPath: string, raw: { format: OutputFormat; out?: string; bom: boolean }) => {
      if (raw.out) await checkOutputPath('--out', raw.out);
      await refuseOutputOverInput('--out', raw.out, [resultPath]);
      const result = await readResult(resultPath);
      const rendered = renderStoredResult(resultPath, result, raw.format);
      const output = raw.format === 'csv' && raw.bom ? `${UTF8_BOM}${rendered}` : rendered;
      if (raw.out) {
        await writeFileAtomic(raw.out, output);
      } else {
        process.stdout.write(output);
      }
    });
}
