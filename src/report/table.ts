import Table from 'cli-table3';
import type { ScanResult } from '../result.js';
import { groupTimingText, headline, networkText, reasonsText, summaryText, unavailableText } from './messages.js';
import { reasons } from './reasons.js';
import { forTerminal } from './sanitize.js';

/** Accounts shown in the terminal table; the rest are in --format csv/json. */
export const TABLE_ROWS = 50;
const NETWORK_LINES = 5;

export function renderTable(result: ScanResult, width = 120): string {
  const out: string[] = [];
  const n = result.topN.n;
  const posts = result.topN.posts.length;
  // The pooled figure first: with many posts it is the one a reader quotes, and it says what it pools.
  if (posts > 1) out.push(headline(result.topN.overall, n, posts));
  for (const post of result.topN.posts) out.push(forTerminal(`${posts > 1 ? '  ' : ''}${headline(post, n)}`));
  const s = result.summary;
  out.push(summaryText(s));
  const timing = groupTimingText(result);
  if (timing) out.push(timing);
  for (const network of result.networks.slice(0, NETWORK_LINES)) out.push(networkText(network, result.meta.options.profile));
  if (result.networks.length > NETWORK_LINES) out.push(`${result.networks.length - NETWORK_LINES} smaller networks not shown (see --format json or --graph)`);
  for (const signal of result.meta.signals) if (!signal.available) out.push(unavailableText(signal.id, signal.unavailableReason!));
  out.push('');

  const flagged = result.accounts.filter((a) => a.verdict !== 'authentic');
  const shown = flagged.slice(0, TABLE_ROWS);
  if (shown.length === 0) {
    out.push('no account was judged inauthentic or suspicious');
    return `${out.join('\n')}\n`;
  }
  // Ids are never cut (a 17-digit Facebook id must stay whole to be looked up): the column fits the longest shown.
  const idWidth = Math.max(4, ...shown.map((a) => forTerminal(a.id).length)) + 2;
  const reasonWidth = Math.max(30, width - 52 - idWidth);
  const table = new Table({
    head: ['id', 'name', 'comments', 'score', 'verdict', 'reasons'],
    colWidths: [idWidth, 22, 10, 7, 13, reasonWidth],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const a of shown) {
    table.push([
      forTerminal(a.id),
      forTerminal(a.name, 20),
      a.comments,
      a.score.toFixed(2),
      a.verdict,
      forTerminal(reasonsText(reasons(a, result), a.basis)),
    ]);
  }
  out.push(table.toString());
  if (flagged.length > shown.length) out.push(`${flagged.length - shown.length} more flagged accounts not shown (see --format csv or json)`);
  return `${out.join('\n')}\n`;
}
