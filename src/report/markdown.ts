import type { ScanResult } from '../result.js';
import { basisText, describeShift, groupTimingText, headline, networkText, unavailableText } from './messages.js';
import { reasons } from './reasons.js';
import { forMarkdown } from './sanitize.js';

/** The findings as Markdown to paste under an article; every piece of user text escaped. */
export function renderMarkdown(result: ScanResult): string {
  const n = result.topN.n;
  const out: string[] = ['# brigade findings', ''];
  for (const post of result.topN.posts) out.push(`- ${forMarkdown(headline(post, n))}`);
  if (result.topN.posts.length > 1) out.push(`- ${forMarkdown(headline(result.topN.overall, n))}`);
  const timing = groupTimingText(result);
  if (timing) out.push('', forMarkdown(timing));
  if (result.networks.length > 0) out.push('', '## Networks', '', ...result.networks.map((n) => `- ${forMarkdown(networkText(n))}`));
  out.push('', '## Accounts', '', '| id | name | comments | score | verdict | reasons |', '|---|---|---:|---:|---|---|');
  for (const a of result.accounts.filter((x) => x.verdict !== 'authentic')) {
    const why = [...reasons(a, result, (s) => s), ...(a.basis !== 'none' ? [`(${basisText(a.basis)})`] : [])].join('; ');
    out.push(`| ${forMarkdown(a.id, 40)} | ${forMarkdown(a.name, 60)} | ${a.comments} | ${a.score.toFixed(2)} | ${a.verdict} | ${forMarkdown(why)} |`);
  }
  const o = result.meta.options;
  out.push(
    '',
    '## Method',
    '',
    `brigade ${result.meta.version}, profile ${o.profile.name}: shift ${forMarkdown(describeShift(o.profile))}. ` +
      `Top ${o.top} ${o.includeReplies ? 'comments' : 'top-level comments'} per post, ranked by ${o.rank}; shares count inauthentic verdicts, with 95% Wilson intervals.`,
    'An account is inauthentic on one strong piece of evidence (a Page with a person’s name and a category no person uses) or on at least two independent signals together; a single weak signal (name, hours, engagement) never suffices. Coordination is not attribution.',
    '',
  );
  for (const signal of result.meta.signals) if (!signal.available) out.push(`- ${forMarkdown(unavailableText(signal.id, signal.unavailableReason!))}`);
  for (const f of result.meta.inputs) {
    out.push(`- input ${forMarkdown(f.file)}: ${f.format}, sha256 ${f.sha256}, read ${f.read} = used ${f.used} + rejected ${f.rejected} + duplicates ${f.duplicates}`);
  }
  return `${out.join('\n')}\n`;
}
