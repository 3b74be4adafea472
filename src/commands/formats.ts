import type { Command } from 'commander';
import { formatListings, PREAMBLE_ROWS } from '../ingest/formats/index.js';

/** The listing, from the registries the readers walk (formats/index.ts): it cannot drift from what is read. */
export function formatsText(): string {
  const entries = formatListings().map(
    (f) => `${f.name}\n  ${f.description}\n  detected: ${f.detected}${f.needs ? `\n  needs: ${f.needs}` : ''}${f.reads.length > 0 ? `\n  reads: ${f.reads.join(', ')}` : ''}`,
  );
  return [
    ...entries,
    `Formats are recognised from the content (a header, any case; the JSON's shape), never from the file name: the first listed that matches reads the file. Any of these may be gzip-compressed (.gz), UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1251/1254 (guessed, with a warning); CSV may be , ; or tab separated, its header behind up to ${PREAMBLE_ROWS} preamble rows. --format-hint NAME forces a table format (checked against the header).`,
  ].join('\n\n');
}

export function registerFormats(program: Command): void {
  program
    .command('formats')
    .description('List the input formats brigade recognises (from the content, never the file name): how each is detected and the columns or fields it reads.')
    .action(() => {
      process.stdout.write(`${formatsText()}\n`);
    });
}
