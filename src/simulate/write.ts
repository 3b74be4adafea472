import { lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isInauthenticRole, type Dataset } from './generator.js';

/** RFC 4180 quoting, nothing else: generated data goes in as it is. */
const quote = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const line = (cells: (string | number)[]) => cells.map(quote).join(',');

export function commentsCsv(data: Dataset): string {
  const withType = data.authorType;
  const header = ['comment_id', 'post_id', 'parent_id', 'author_id', 'author_name', ...(withType ? ['author_type', 'author_category'] : []), 'created_at', 'text', 'like_count', 'reply_count'];
  const rows = [line(header)];
  for (const c of data.comments) {
    rows.push(line([
      c.commentId, c.postId, c.parentId, c.author.id, c.author.name,
      ...(withType ? [c.author.type, c.author.category] : []),
      new Date(c.createdMs).toISOString().replace('.000Z', '+0000'), c.text, c.likeCount, c.replyCount,
    ]));
  }
  return `${rows.join('\n')}\n`;
}

export function reactionsCsv(data: Dataset): string {
  const withType = data.authorType;
  const rows = [line(['comment_id', 'reactor_id', 'reactor_name', 'reactor_type', 'reaction_type'])];
  for (const r of data.reactions) rows.push(line([r.commentId, r.reactor.id, r.reactor.name, withType ? r.reactor.type : '', r.type]));
  return `${rows.join('\n')}\n`;
}

/**
 * Ground truth: one row per account the export shows, with its label, its kind (brigade-page, activist, seller, …;
 * `role` repeats it for readers of the first format) and its group (operator network, activist community,
 * colleagues; empty if none).
 */
export function truthCsv(data: Dataset): string {
  const rows = [line(['account_id', 'name', 'role', 'label', 'kind', 'group'])];
  for (const a of data.accounts) rows.push(line([a.id, a.name, a.kind, isInauthenticRole(a.kind) ? 'inauthentic' : 'authentic', a.kind, a.group]));
  return `${rows.join('\n')}\n`;
}

/**
 * Writes a draw into `directory`, which then holds this draw only: a `reactions.csv` left by an earlier
 * draw is removed when this one has none. Kept, it would be scanned with the new comments (`brigade scan
 * directory` reads a folder's reactions export), and as comment ids repeat from draw to draw, many of its
 * reactions would attach to comments they were never given to.
 */
export async function writeDataset(data: Dataset, directory: string): Promise<{ written: string[]; removed: string[] }> {
  await mkdir(directory, { recursive: true });
  const files: [string, string][] = [['comments.csv', commentsCsv(data)], ['truth.csv', truthCsv(data)]];
  if (data.withReactions) files.push(['reactions.csv', reactionsCsv(data)]);
  // The knob values of this draw, so a reader can see what kind of brigade the files hold.
  files.push(['knobs.json', `${JSON.stringify({ family: data.scenario.name, seed: data.scenario.seed, knobs: data.knobs }, null, 2)}\n`]);
  for (const [name, text] of files) await writeFile(join(directory, name), text);
  const removed: string[] = [];
  if (!data.withReactions) {
    const stale = join(directory, 'reactions.csv');
    // Only a file: anything else at that name is the user's and is left alone (a scan skips it with a warning).
    if ((await lstat(stale).catch(() => undefined))?.isFile()) {
      await rm(stale);
      removed.push(stale);
    }
  }
  return { written: files.map(([name]) => join(directory, name)), removed };
}
