import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { writeFileAtomic, refuseOutputOverInput } from '../util/atomic-write.js';
import { recordedOptions } from './reproduce.js';
import { csvField } from '../report/sanitize.js';
import { sampleText } from '../report/messages.js';
import { checkOutputPath, UTF8_BOM } from '../output-path.js';
import { locateInputs, readResult } from '../result-io.js';
import { loadModel } from '../run.js';
import { topComments } from '../score/top-n.js';
import { Random } from '../util/random.js';

/** The columns of a labelling sheet; `label` is left empty for a person to fill in. */
export const SAMPLE_COLUMNS = ['comment_id', 'post_id', 'author_id', 'author_name', 'author_type', 'author_category', 'author_url', 'created_at', 'text', 'label'];
export const ACCOUNT_SAMPLE_COLUMNS = ['author_id', 'author_name', 'author_type', 'author_category', 'author_url', 'comments', 'example_texts', 'label'];

export function registerSample(program: Command): void {
  program
    .command('sample')
    .description(
      'Draw a reproducible random sample of the top-N comments (or of accounts) of a result, as a CSV with an empty `label` column to fill with `inauthentic` or `authentic`, and everything a person needs to judge (name, type, category, text, time, link). The verdicts are left out so the labels stay blind. Then: brigade eval result.json --labels labelled.csv.',
    )
    .argument('<result>', 'result JSON of `brigade scan --format json`')
    .option('--n <count>', 'sample size', '50')
    .option('--seed <n>', 'random seed (the same seed gives the same sample)', '1')
    .option('--of <unit>', 'comments (of the top N) or accounts', 'comments')
    .option('-o, --out <file>', 'write the sheet to a file instead of stdout (never over the result or an input)')
    .option('--bom', 'begin the sheet with a UTF-8 byte-order mark, so Excel shows Azerbaijani letters', false)
    .option('--inputs-dir <dir>', 'look for the inputs in this folder instead of the result file’s (as reproduce does)')
    .action(async (resultPath: string, raw: { n: string; seed: string; of: string; out?: string; bom: boolean; inputsDir?: string }) => {
      const n = Number(raw.n), seed = Number(raw.seed);
      if (raw.n.trim() === '' || !Number.isInteger(n) || n < 1) throw new UsageError(`--n must be a whole number ≥ 1 (got ${raw.n})`);
      if (raw.seed.trim() === '' || !Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0 (got ${raw.seed})`);
      if (raw.of !== 'comments' && raw.of !== 'accounts') throw new UsageError(`--of must be comments or accounts (got ${raw.of})`);
      if (raw.out) await checkOutputPath('--out', raw.out);
      await refuseOutputOverInput('--out', raw.out, [resultPath]);
      const { sheet, inputs, drawn, population } = await sampleSheet(resultPath, { n, seed, of: raw.of, inputsDir: raw.inputsDir, bom: raw.bom });
      if (raw.out) {
        await refuseOutputOverInput('--out', raw.out, inputs);
        await writeFileAtomic(raw.out, sheet);
      } else process.stdout.write(sheet);
      // stderr: what was drawn, so a short sheet is never a surprise.
      process.stderr.write(`${sampleText(drawn, population, n, raw.of)}\n`);
    });
}

export interface SampleRequest {
  n: number;
  seed: number;
  of: 'comments' | 'accounts';
  inputsDir?: string;
  /** Begin with a UTF-8 byte-order mark (--bom). */
  bom?: boolean;
}

/** The labelling sheet (CSV text), the input files it was drawn from, and how many were drawn from how many. */
export async function sampleSheet(resultPath: string, request: SampleRequest): Promise<{ sheet: string; inputs: string[]; drawn: number; population: number }> {
  const { n, seed } = request;
  const result = await readResult(resultPath);
  const options = recordedOptions(result, resultPath);
  const inputs = await locateInputs(result, resultPath, request.inputsDir);
  // A file whose sha256 differs is not parsed, so nothing of its content reaches the sheet.
  if (inputs.changed.length > 0) {
    throw new InputError(inputs.changed[0]!.file, 'differs from the input the result was made from (sha256): sample from the same data');
  }
  const { model } = await loadModel(inputs, options, options.skipBadRows);
  const random = new Random(seed);
  let drawn = 0, population = 0;
  const time = (ms: number) => new Date(ms).toISOString();
  const lines: string[] = [];
  if (request.of === 'comments') {
    const pool = topComments(model, options.top, options.rank, options.includeReplies).flat();
    const picked = random.shuffle([...pool.keys()]).slice(0, n).sort((a, b) => a - b);
    [drawn, population] = [picked.length, pool.length];
    lines.push(SAMPLE_COLUMNS.join(','));
    for (const i of picked) {
      const c = pool[i]!;
      const a = model.accounts[c.author]!;
      lines.push([c.id, c.postId, a.id, a.name, a.type, a.category, a.url, time(c.createdMs), c.text, ''].map(csvField).join(','));
    }
  } else {
    const picked = random.shuffle([...model.accounts.keys()]).slice(0, n).sort((a, b) => a - b);
    [drawn, population] = [picked.length, model.accounts.length];
    lines.push(ACCOUNT_SAMPLE_COLUMNS.join(','));
    for (const i of picked) {
      const a = model.accounts[i]!;
      const examples = Array.from(a.commentIdx.subarray(0, 3), (c) => model.comments[c]!.text).join(' | ');
      lines.push([a.id, a.name, a.type, a.category, a.url, a.commentIdx.length, examples, ''].map(csvField).join(','));
    }
  }
  return { sheet: `${request.bom ? UTF8_BOM : ''}${lines.join('\r\n')}\r\n`, inputs: [...inputs.comments, ...inputs.reactions], drawn, population };
}
