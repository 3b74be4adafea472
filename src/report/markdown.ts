import type { ScanResult } from '../result.js';
import { SIGNALS } from '../signals/index.js';
import { reasonsText, groupTimingText, headline, methodSections, networkText, summaryText } from './messages.js';
import { reasons } from './reasons.js';
import { forMarkdown } from './sanitize.js';

/** The findings as Markdown to paste under an article; every piece of user text escaped. */
export function renderMarkdown(result: ScanResult): string {
  const n = result.topN.n;
  const out: string[] = ['# brigade findings', ''];
  const posts = result.topN.posts.length;
  if (posts > 1) out.push(`**${forMarkdown(headline(result.topN.overall, n, posts))}**`, '');
  for (const post of result.topN.posts) out.push(`- ${forMarkdown(headline(post, n))}`);
  const timing = groupTimingText(result);
  if (timing) out.push('', forMarkdown(timing));
  if (result.networks.length > 0) out.push('', '## Networks', '', ...result.networks.map((n) => `- ${forMarkdown(networkText(n, result.meta.options.profile))}`));
  // The whole count first: the table lists the inauthentic and suspicious accounts only.
  out.push('', '## Accounts', '', `${forMarkdown(summaryText(result.summary))}; listed below: the inauthentic and suspicious ones`, '', '| id | name | comments | score | verdict | reasons |', '|---|---|---:|---:|---|---|');
  for (const a of result.accounts.filter((x) => x.verdict !== 'authentic')) {
    const why = reasonsText(reasons(a, result, (s) => s), a.basis);
    out.push(`| ${forMarkdown(a.id, 40)} | ${forMarkdown(a.name, 60)} | ${a.comments} | ${a.score.toFixed(2)} | ${a.verdict} | ${forMarkdown(why)} |`);
  }
  out.push('', '## Method', '', '| input | format | sha256 | read | used | rejected | duplicates |', '|---|---|---|---:|---:|---:|---:|');
  for (const f of result.meta.inputs) {
    // A saved result may be hostile (brigade report): every cell is escaped, and only a hash goes in a code span.
    const hash = /^[0-9a-f]{64}$/.test(f.sha256) ? `\`${f.sha256}\`` : forMarkdown(String(f.sha256));
    const cells = [f.format, f.read, f.used, f.rejected, f.duplicates].map((v) => forMarkdown(String(v)));
    out.push(`| ${forMarkdown(f.file)} | ${cells[0]} | ${hash} | ${cells.slice(1).join(' | ')} |`);
  }
  for (const section of methodSections(result, SIGNALS.map((x) => x as { id: string; family: string; rationale: string }))) {
    out.push('', `### ${section.title}`, '');
    // Our own words: only the numbers and names of options vary, none of them user text.
    for (const p of section.paragraphs) out.push(p, '');
    for (const item of section.items) out.push(`- ${item}`);
  }
  return `${out.join('\n')}\n`;
}
