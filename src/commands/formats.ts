import type { Command } from 'commander';
import { COMMENT_FORMATS } from '../ingest/formats/index.js';

export function registerFormats(program: Command): void {
  program
    .command('formats')
    .description('List the input formats brigade recognises (from the header, never the file name) and the columns each needs.')
    .action(() => {
      const lines = COMMENT_FORMATS.map((f) => `${f.name}\n  ${f.description}\n  needs: ${f.needs}\n  reads: ${f.columns.join(', ')}`);
      lines.push('graph-api-json\n  Graph API comments: {"data": [...]} response pages (one file or a directory of page files), a post with a "comments" edge, an array of them, or NDJSON; nested replies and reactions are read\n  needs: id, created_time, from{id,name} (people without a Page token have no from: left out and counted)\n  reads: id, created_time, message, from.id, from.name, from.category (a Page), parent.id, like_count, comment_count, comments.data, reactions.data');
      lines.push('crowdtangle (refused)\n  CrowdTangle post exports are recognised and refused: they hold posts and comment counts, no comments');
      lines.push('canonical-reactions-csv (with --reactions)\n  who reacted to which comment\n  needs: comment_id, and reactor_id or reactor_name\n  reads: comment_id, reactor_id, reactor_name, reactor_type, reaction_type');
      lines.push('Any of these may be gzip-compressed (.gz), UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1251/1254 (guessed, with a warning); , ; or tab separated.');
      process.stdout.write(`${lines.join('\n\n')}\n`);
    });
}
