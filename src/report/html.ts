import { createHash } from 'node:crypto';
import { dayName } from '../profile.js';
import type { AccountComments, AccountOut, NetworkOut, PostOut, ScanResult } from '../result.js';
import type { ShareFigures } from '../score/top-n.js';
import { SIGNALS } from '../signals/index.js';
import {
  basisText,
  groupTimingText,
  methodSections,
  networkView,
  overallSentence,
  pct,
  postSentence,
  shareDetails,
  shareShort,
  warningText,
} from './messages.js';
import { reasons } from './reasons.js';
import { forHtml } from './sanitize.js';
import { maxOf, minOf } from '../util/arrays.js';

/**
 * One self-contained HTML file, rendered from the result alone (`brigade report result.json` gives
 * the same bytes as `scan --format html`). Charts are SVG drawn here (no charting library: the few
 * charts we need are small, and hand-drawn SVG keeps the file light and free of anything to load).
 * All user text goes through `forHtml`, and element content is isolated in <bdi>; the only script is
 * ours, allowed by its hash in the Content-Security-Policy, and it reads no user data into HTML
 * (sorting, paging and filtering move existing elements and compare textContent).
 */

/** Accounts listed in the table: every flagged one, then the highest-scoring others up to this many. */
const TABLE_LIMIT = 2000;
/** Rows per page of the account table (the script pages it; without script every row shows). */
const PAGE_ROWS = 20;
/** Nodes drawn per network card; the rest are counted ("and N more"). */
const NETWORK_NODES = 80;
/** Network cards drawn; smaller networks are listed in a table below them. */
const NETWORK_CARDS = 6;

const attr = forHtml;
/** User text as element content: escaped and isolated from the text around it. */
const user = (text: string) => `<bdi>${forHtml(text)}</bdi>`;

/** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
const COLORS = { inauthentic: '#D55E00', suspicious: '#E69F00', authentic: '#C4CBD3', other: '#0072B2', neutral: '#6B7785' } as const;

/** One square per comment actually counted, in rows of 20. */
function waffle(f: ShareFigures, size: number, label: string): string {
  const columns = 20;
  const rects: string[] = [];
  for (let i = 0; i < f.considered; i++) {
    const x = (i % columns) * size, y = Math.floor(i / columns) * size;
    const kind = i < f.inauthentic ? 'inauthentic' : i < f.inauthentic + f.suspicious ? 'suspicious' : 'authentic';
    rects.push(`<rect x="${x}" y="${y}" width="${size - 1}" height="${size - 1}" fill="${COLORS[kind]}"/>`);
  }
  const height = Math.max(size, Math.ceil(f.considered / columns) * size);
  return `<svg class="waffle" viewBox="0 0 ${columns * size} ${height}" width="${columns * size}" height="${height}" role="img" aria-label="${attr(label)}">${rects.join('')}</svg>`;
}

function heatmap(counts: number[][], title: string, color: string): string {
  const max = maxOf(counts.flat(), 1);
  const cell = 16, left = 34, top = 16;
  const parts: string[] = [`<text x="0" y="11" class="axis">${forHtml(title)}</text>`];
  // Monday first, as a working week reads.
  let busiest = { day: 1, hour: 0, v: -1 };
  [1, 2, 3, 4, 5, 6, 0].forEach((day, row) => {
    parts.push(`<text x="0" y="${top + row * cell + 12}" class="axis">${dayName(day)}</text>`);
    for (let h = 0; h < 24; h++) {
      const v = counts[day]![h]!;
      if (v > busiest.v) busiest = { day, hour: h, v };
      const opacity = v === 0 ? 0.04 : 0.15 + 0.85 * (v / max);
      parts.push(`<rect x="${left + h * cell}" y="${top + row * cell}" width="${cell - 1}" height="${cell - 1}" fill="${color}" fill-opacity="${opacity.toFixed(3)}"><title>${dayName(day)} ${h}:00 — ${v}</title></rect>`);
    }
  });
  for (let h = 0; h < 24; h += 3) parts.push(`<text x="${left + h * cell}" y="${top + 7 * cell + 12}" class="axis">${h}</text>`);
  const width = left + 24 * cell, height = top + 7 * cell + 16;
  const label = `${title}: comments by hour of week; busiest ${dayName(busiest.day)} ${busiest.hour}:00 with ${busiest.v}`;
  return `<svg class="heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${attr(label)}">${parts.join('')}</svg>`;
}

function bars(values: [string, number, string][], title: string, width = 420): string {
  const max = maxOf(values.map((v) => v[1]), 1);
  const row = 20, label = 150;
  const parts = values.map(([name, value, color], i) => {
    const w = Math.round(((width - label - 50) * value) / max);
    return `<text x="0" y="${i * row + 14}" class="axis">${forHtml(name)}</text><rect x="${label}" y="${i * row + 3}" width="${w}" height="${row - 6}" fill="${color}"/><text x="${label + w + 4}" y="${i * row + 14}" class="axis">${value}</text>`;
  });
  const text = `${title}: ${values.map(([name, value]) => `${name} ${value}`).join(', ')}`;
  return `<svg viewBox="0 0 ${width} ${values.length * row}" width="${width}" height="${values.length * row}" role="img" aria-label="${attr(text)}">${parts.join('')}</svg>`;
}

function scoreHistogram(accounts: AccountOut[]): string {
  const bins = new Array<number>(10).fill(0);
  for (const a of accounts) if (a.score > 0) bins[Math.min(9, Math.floor(a.score * 10))]!++;
  return bars(
    bins.map((count, i) => [`score ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`, count, i >= 7 ? COLORS.inauthentic : i >= 4 ? COLORS.suspicious : COLORS.neutral] as [string, number, string]),
    'Accounts by score',
  );
}

/** What names a post for a reader: when its comments came, and its link where the export has one. */
function postName(post: PostOut | undefined, postId: string, zone: string, compact = false): string {
  const time = post?.firstComment ? forHtml(post.firstComment.local) : 'no comment time';
  const when = compact ? `<strong>${time}</strong>` : `first comment <strong>${time}</strong> (${forHtml(zone)})`;
  const link = post?.url ? `<a href="${attr(post.url)}" rel="noopener noreferrer nofollow">${user(post.url)}</a>` : `post ${user(postId)}`;
  return `${when}<br><span class="pm-id">${link}</span>`;
}

/** Brigade share of each post's top comments against the time of the post's first comment. */
function timeline(result: ScanResult, posts: Map<string, PostOut>): string {
  const points = result.topN.posts
    .map((f) => ({ f, t: posts.get(f.postId)?.firstComment }))
    .filter((p): p is { f: ShareFigures; t: NonNullable<PostOut['firstComment']> } => p.t != null && p.f.considered > 0);
  if (points.length < 2) return '';
  const ms = points.map((p) => Date.parse(p.t.utc));
  const t0 = minOf(ms), t1 = maxOf(ms);
  const width = 1000, height = 260, left = 44, right = 16, top = 12, bottom = 36;
  const x = (t: number) => left + (t1 > t0 ? ((t - t0) / (t1 - t0)) * (width - left - right) : (width - left - right) / 2);
  const y = (share: number) => top + (1 - share) * (height - top - bottom);
  const parts: string[] = [];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="grid"/><text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" class="axis" text-anchor="end">${v * 100}%</text>`);
  }
  // Ticks on local days: the labels of the first and last post, and evenly between.
  const ticks = 6;
  const byTime = [...points].sort((a, b) => Date.parse(a.t.utc) - Date.parse(b.t.utc));
  for (let i = 0; i < ticks; i++) {
    const p = byTime[Math.round((i * (byTime.length - 1)) / (ticks - 1))]!;
    const anchor = i === 0 ? 'start' : i === ticks - 1 ? 'end' : 'middle';
    parts.push(`<text x="${x(Date.parse(p.t.utc)).toFixed(1)}" y="${height - 12}" class="axis" text-anchor="${anchor}">${forHtml(p.t.local.slice(0, 10))}</text>`);
  }
  for (const [i, p] of points.entries()) {
    const cx = x(ms[i]!).toFixed(1);
    const fill = p.f.share > 0 ? COLORS.inauthentic : COLORS.neutral;
    parts.push(
      `<line x1="${cx}" x2="${cx}" y1="${y(p.f.ci95[1]).toFixed(1)}" y2="${y(p.f.ci95[0]).toFixed(1)}" class="ci"/>` +
        `<circle cx="${cx}" cy="${y(p.f.share).toFixed(1)}" r="4" fill="${fill}"><title>${forHtml(p.t.local)}: ${forHtml(shareShort(p.f))}</title></circle>`,
    );
  }
  const brigaded = points.filter((p) => p.f.share > 0).sort((a, b) => Date.parse(a.t.utc) - Date.parse(b.t.utc));
  const span = brigaded.length > 0 ? `posts with likely inauthentic top comments from ${brigaded[0]!.t.local.slice(0, 10)} to ${brigaded.at(-1)!.t.local.slice(0, 10)}` : 'no post with likely inauthentic top comments';
  const label = `Timeline of ${points.length} posts by the time of their first comment: share of each post's top comments from likely inauthentic accounts; ${span}`;
  const rows = byTime
    .map((p) => `<tr><td>${forHtml(p.t.local)}</td><td>${user(p.f.postId)}</td><td class="num">${p.f.inauthentic}</td><td class="num">${p.f.considered}</td><td class="num">${pct(p.f.share)}</td></tr>`)
    .join('');
  return `<figure><svg id="timeline-svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${attr(label)}">${parts.join('')}</svg>
<figcaption class="legend">Each dot is a post, placed at its first comment (${forHtml(result.meta.options.profile.zone)}; the exports read give no publication time); its height is the share of its top comments from likely inauthentic accounts, the line its 95% interval. ${forHtml(span[0]!.toUpperCase() + span.slice(1))}.</figcaption></figure>
<details><summary>The timeline as a table</summary><div class="scroll" tabindex="0"><table class="plain"><caption>Posts by first comment</caption><thead><tr><th scope="col">first comment</th><th scope="col">post</th><th scope="col">likely inauthentic</th><th scope="col">top comments</th><th scope="col">share</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function findings(result: ScanResult, posts: Map<string, PostOut>): string {
  const n = result.topN.n;
  const zone = result.meta.options.profile.zone;
  const legend = `<p class="legend"><span class="key k-inauthentic"></span> likely inauthentic <span class="key k-suspicious"></span> suspicious <span class="key k-authentic"></span> others · one square per comment counted</p>`;
  if (result.topN.posts.length === 1) {
    const f = result.topN.posts[0]!;
    return `<div class="card post"><div>${waffle(f, 12, shareShort(f))}</div><div class="words"><p class="lead" id="overall">${forHtml(postSentence(f, n))}</p>
<p class="muted">${postName(posts.get(f.postId), f.postId, zone)}</p>${shareDetails(f).map((d) => `<p>${forHtml(d)}</p>`).join('')}</div></div>${legend}`;
  }
  const f = result.topN.overall;
  return `<div class="card"><p class="lead" id="overall">${forHtml(overallSentence(f, n, result.topN.posts.length))}</p>${shareDetails(f).map((d) => `<p>${forHtml(d)}</p>`).join('')}
<p class="muted">Each post is counted on its own below; the timeline shows when the brigaded posts came.</p></div>`;
}

function smallMultiples(result: ScanResult, posts: Map<string, PostOut>): string {
  const zone = result.meta.options.profile.zone;
  // By share, then by time, then id: the order a reader checks first.
  const ordered = [...result.topN.posts].sort(
    (a, b) => b.share - a.share || (posts.get(a.postId)?.firstComment?.utc ?? '').localeCompare(posts.get(b.postId)?.firstComment?.utc ?? '') || (a.postId < b.postId ? -1 : 1),
  );
  const cards = ordered
    .map((f, i) => {
      const post = posts.get(f.postId);
      return `<article class="pm" data-post="${attr(f.postId)}" data-share="${f.share}" data-time="${attr(post?.firstComment?.utc ?? '')}" data-rank="${i}"><p class="pm-name">${postName(post, f.postId, zone, true)}</p>${waffle(f, 6, shareShort(f))}<p class="pm-figure">${forHtml(shareShort(f))}</p></article>`;
    })
    .join('\n');
  return `<p class="legend">Each post is named by the time of its first comment (${forHtml(zone)}) and its id. <span class="key k-inauthentic"></span> likely inauthentic <span class="key k-suspicious"></span> suspicious <span class="key k-authentic"></span> others · one square per comment counted (each post's top ${result.topN.n}, or all its top-level comments when it has fewer)</p>
<p class="controls" role="group" aria-label="order of the posts">Order: <button type="button" data-order="share" aria-pressed="true">by share</button> <button type="button" data-order="time" aria-pressed="false">by date</button></p>
<div class="pm-grid" id="post-grid">
${cards}
</div>
`;
}

type MemberKind = 'page-as-person' | 'page' | 'profile' | 'unknown';
const KIND_LABEL: Record<MemberKind, [string, string]> = {
  'page-as-person': ['Page posing as a person', 'Pages posing as people'],
  page: ['other Page', 'other Pages'],
  profile: ['personal profile', 'personal profiles'],
  unknown: ['account of unknown type', 'accounts of unknown type'],
};
const kinds = (kind: MemberKind, count: number) => `${count} ${KIND_LABEL[kind][count === 1 ? 0 : 1]}`;

function kindOf(a: AccountOut | undefined): MemberKind {
  if (!a) return 'unknown';
  if (a.type === 'page' && a.evidence.some((e) => e.signal === 'page-as-profile')) return 'page-as-person';
  return a.type;
}

/** Members grouped by what they are, one dot each, coloured by verdict; at most NETWORK_NODES drawn. */
function memberDrawing(network: NetworkOut, byId: Map<string, AccountOut>): { svg: string; counts: [MemberKind, number][] } {
  const groups = new Map<MemberKind, AccountOut[]>();
  for (const id of network.members) {
    const account = byId.get(id);
    const kind = kindOf(account);
    if (!groups.has(kind)) groups.set(kind, []);
    if (account) groups.get(kind)!.push(account);
  }
  const order: MemberKind[] = ['page-as-person', 'page', 'profile', 'unknown'];
  const counts = order.filter((k) => groups.has(k)).map((k) => [k, groups.get(k)!.length] as [MemberKind, number]);
  const total = network.members.length;
  const width = 420, columns = 20, cell = 20, rowGap = 22;
  const parts: string[] = [];
  // The budget of drawn nodes is shared from the smallest kind up: a small kind is drawn whole, the
  // rest goes to the larger ones.
  const budgets = new Map<MemberKind, number>();
  let left = NETWORK_NODES;
  [...counts].sort((a, b) => a[1] - b[1]).forEach(([kind, count], i, all) => {
    const take = Math.min(count, Math.max(1, Math.floor(left / (all.length - i))));
    budgets.set(kind, take);
    left -= take;
  });
  let y = 0, drawn = 0;
  for (const [kind] of counts) {
    const members = groups.get(kind)!;
    // Strongest scores first.
    const budget = budgets.get(kind)!;
    const shown = [...members].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, budget);
    parts.push(`<text x="0" y="${y + 13}" class="axis">${kinds(kind, members.length)}${shown.length < members.length ? ` (${shown.length} drawn, and ${members.length - shown.length} more)` : ''}</text>`);
    y += rowGap;
    shown.forEach((a, i) => {
      const cx = (i % columns) * cell + cell / 2, cy = y + Math.floor(i / columns) * cell + cell / 2;
      const shape =
        kind === 'page-as-person' || kind === 'page'
          ? `<rect x="${cx - 7}" y="${cy - 7}" width="14" height="14" rx="2" fill="${COLORS[a.verdict]}">`
          : `<circle cx="${cx}" cy="${cy}" r="7" fill="${COLORS[a.verdict]}">`;
      parts.push(`${shape}<title>${forHtml(a.name)} (${a.verdict})</title>${shape.startsWith('<rect') ? '</rect>' : '</circle>'}`);
    });
    drawn += shown.length;
    y += Math.ceil(shown.length / columns) * cell + 8;
  }
  const label = `members of network ${network.id} by kind: ${counts.map(([k, c]) => kinds(k, c)).join(', ')}; ${network.inauthentic} likely inauthentic, ${network.suspicious} suspicious${drawn < total ? `; ${drawn} of ${total} drawn` : ''}`;
  return { svg: `<svg viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" role="img" aria-label="${attr(label)}">${parts.join('')}</svg>`, counts };
}

function networkCards(result: ScanResult): string {
  if (result.networks.length === 0) return '<p class="muted">No coordinated group of three or more accounts.</p>';
  const byId = new Map(result.accounts.map((a) => [a.id, a]));
  const zone = result.meta.options.profile.zone;
  const cards = result.networks.slice(0, NETWORK_CARDS).map((network) => {
    const view = networkView(network, result.meta.options.profile);
    const { svg, counts } = memberDrawing(network, byId);
    const activity = network.activity ? `${forHtml(network.activity.first.local)} to ${forHtml(network.activity.last.local)} (${forHtml(zone)})` : 'no comments';
    return `<article class="card net tone-${view.tone}" id="network-${attr(network.id)}">
<h3>Network ${forHtml(network.id)}: <span class="verdict v-${view.tone}">${forHtml(view.label)}</span></h3>
<div class="net-body"><div class="words">
<dl class="facts"><dt>members</dt><dd>${network.size}: ${counts.map(([k, c]) => kinds(k, c)).join(', ')}</dd><dt>posts hit</dt><dd>${network.posts}</dd><dt>active</dt><dd>${activity}</dd><dt>links</dt><dd>${network.edges['co-commenting']} co-commenting, ${network.edges['copy-paste']} copy-paste, ${network.edges.slogan ?? 0} shared-slogan, ${network.edges.engagement} engagement</dd></dl>
<p><strong>Why:</strong></p><ul>${view.reasons.map((r) => `<li>${forHtml(r)}</li>`).join('')}</ul>${view.otherTests.length ? `<details><summary>other tests of the group (${view.otherTests.length})</summary><ul>${view.otherTests.map((r) => `<li>${forHtml(r)}</li>`).join('')}</ul></details>` : ''}</div>
<div>${svg}</div></div></article>`;
  });
  const rest = result.networks.slice(NETWORK_CARDS);
  const restTable = rest.length
    ? `<details><summary>${rest.length} smaller networks</summary><div class="scroll" tabindex="0"><table class="plain"><thead><tr><th scope="col">network</th><th scope="col">judged</th><th scope="col">members</th><th scope="col">posts</th><th scope="col">inauthentic</th><th scope="col">suspicious</th></tr></thead><tbody>${rest
        .map((n) => `<tr><td>${forHtml(n.id)}</td><td>${forHtml(networkView(n, result.meta.options.profile).label)}</td><td class="num">${n.size}</td><td class="num">${n.posts}</td><td class="num">${n.inauthentic}</td><td class="num">${n.suspicious}</td></tr>`)
        .join('')}</tbody></table></div></details>`
    : '';
  return `<p class="legend">Squares are Pages, circles are personal profiles or accounts of unknown type; <span class="key k-inauthentic"></span> likely inauthentic <span class="key k-suspicious"></span> suspicious <span class="key k-authentic"></span> not flagged. A network judged coordinated but authentic is drawn in grey.</p>
${cards.join('\n')}${restTable}`;
}

function accountRows(result: ScanResult): string {
  const commentsOf = new Map<string, AccountComments>(result.accountComments.map((c) => [c.account, c]));
  const flagged = result.accounts.filter((a) => a.verdict !== 'authentic');
  const others = result.accounts.filter((a) => a.verdict === 'authentic').slice(0, Math.max(0, TABLE_LIMIT - flagged.length));
  const zone = result.meta.options.profile.zone;
  return [...flagged, ...others]
    .map((a) => {
      const why = [...reasons(a, result, undefined, 10), ...(a.basis !== 'none' ? [`(${basisText(a.basis)})`] : [])];
      const listed = commentsOf.get(a.id);
      const comments = (listed?.comments ?? []).map(
        (c) => `<li><time datetime="${attr(c.time.utc)}">${forHtml(c.time.local)}</time> · post ${user(c.post)} · ${user(c.text)}${c.truncated ? '…' : ''}</li>`,
      );
      const more = listed && listed.total > listed.comments.length ? `<p class="muted">first ${listed.comments.length} of ${listed.total} comments; times in ${forHtml(zone)}</p>` : listed ? `<p class="muted">times in ${forHtml(zone)}</p>` : '';
      const url = /^https?:\/\/[^\s"'<>]+$/i.test(a.url) ? a.url : null;
      const link = url ? `<a href="${attr(url)}" rel="noopener noreferrer nofollow">${user(url)}</a>` : a.url ? user(a.url) : '';
      return `<tr class="v-${a.verdict}">
<td>${user(a.name)}<br><span class="muted">${user(a.id)}</span></td><td>${a.type}</td><td>${user(a.category)}</td><td class="num">${a.comments}</td><td class="num">${a.score.toFixed(2)}</td><td><span class="badge b-${a.verdict}">${a.verdict}</span></td>
<td><details><summary>${forHtml(why[0] ?? 'no evidence')}${why.length > 1 ? ` (+${why.length - 1})` : ''}</summary><ul>${why.map((w) => `<li>${forHtml(w)}</li>`).join('')}</ul>${
        link ? `<p>${link}</p>` : ''
      }${comments.length ? `<ol class="comments">${comments.join('')}</ol>${more}` : ''}</details></td></tr>`;
    })
    .join('\n');
}

function method(result: ScanResult): string {
  const inputs = result.meta.inputs
    .map((f) => `<tr><td>${user(f.file)}</td><td>${forHtml(f.format)}</td><td><code>${forHtml(f.sha256)}</code></td><td class="num">${f.read}</td><td class="num">${f.used}</td><td class="num">${f.rejected}</td><td class="num">${f.duplicates}</td></tr>`)
    .join('');
  const warnings = result.warnings.map((w) => `<li>${forHtml(warningText(w))}</li>`).join('');
  const sections = methodSections(result, SIGNALS.map((x) => x as { id: string; family: string; rationale: string }))
    .map((section) => `<h3>${forHtml(section.title)}</h3>${section.paragraphs.map((p) => `<p>${forHtml(p)}</p>`).join('')}${section.items.length ? `<ul>${section.items.map((i) => `<li>${forHtml(i)}</li>`).join('')}</ul>` : ''}`)
    .join('\n');
  return `<h3>Inputs</h3>
<div class="scroll" tabindex="0"><table class="plain"><thead><tr><th scope="col">file</th><th scope="col">format</th><th scope="col">sha256</th><th scope="col">read</th><th scope="col">used</th><th scope="col">rejected</th><th scope="col">duplicates</th></tr></thead><tbody>${inputs}</tbody></table></div>
${warnings ? `<h3>Warnings</h3><ul>${warnings}</ul>` : ''}
${sections}
<details><summary>All options</summary><pre tabindex="0">${forHtml(JSON.stringify(result.meta.options, null, 2))}</pre></details>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#fafbfc}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #e4e7eb;padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}
a{color:#0b5cad}
.muted,.legend{color:#52606d;font-size:13px}
nav.toc ol{display:flex;flex-wrap:wrap;gap:4px 18px;list-style:none;padding:0;margin:8px 0 0;font-size:14px}
.card{background:#fff;border:1px solid #d9dee3;border-radius:8px;padding:16px;margin:12px 0}
.post{display:flex;gap:24px;align-items:flex-start;flex-wrap:wrap}.words{flex:1;min-width:280px}.words p{margin:0 0 8px}
.lead{font-size:21px;line-height:1.4;font-weight:600;margin:0 0 10px}
.grid{display:flex;gap:24px;flex-wrap:wrap}
.axis{font-size:11px;fill:#3e4c59}
.pm-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:10px}
.pm{background:#fff;border:1px solid #d9dee3;border-radius:6px;padding:8px 10px;font-size:12px}.pm p{margin:0 0 6px}.pm-name .pm-id{display:block;overflow-wrap:anywhere;font-size:11px;color:#52606d}
.controls button,#pager button{font:inherit;font-size:13px;padding:3px 10px;border:1px solid #9aa5b1;border-radius:4px;background:#fff;color:#1f2933;cursor:pointer}
.controls button[aria-pressed=true]{background:#1f2933;color:#fff}
button:focus-visible,summary:focus-visible,a:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid #0072B2;outline-offset:2px}
line.grid{stroke:#e4e7eb}line.ci{stroke:#52606d;stroke-width:1.5}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#f5f7fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
#accounts th{position:sticky;top:0}#accounts th button{font:inherit;font-weight:600;border:0;background:none;padding:0;color:inherit;cursor:pointer}
#accounts th[aria-sort=ascending] button::after{content:" ▲"}#accounts th[aria-sort=descending] button::after{content:" ▼"}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;border:1px solid}.b-inauthentic{background:#fbe3d6;color:#7a2e00;border-color:#D55E00}.b-suspicious{background:#fdf0d5;color:#6b4a00;border-color:#E69F00}.b-authentic{background:#eef1f4;color:#3e4c59;border-color:#9aa5b1}
details summary{cursor:pointer}ol.comments{margin:6px 0;padding-left:18px;color:#3e4c59}ol.comments time{color:#52606d}
input[type=search]{padding:6px 10px;border:1px solid #7b8794;border-radius:6px;width:280px}
.key{display:inline-block;width:10px;height:10px;margin:0 2px 0 8px;border-radius:2px}.k-inauthentic{background:#D55E00}.k-suspicious{background:#E69F00}.k-authentic{background:#C4CBD3}
.net-body{display:flex;gap:24px;flex-wrap:wrap}.net h3{margin-top:0}
.verdict{padding:1px 8px;border-radius:4px}.v-alert{background:#fbe3d6;color:#7a2e00}.v-neutral{background:#e4e7eb;color:#1f2933}.v-open{background:#fdf0d5;color:#6b4a00}
.tone-alert{border-left:6px solid #D55E00}.tone-neutral{border-left:6px solid #6B7785}.tone-open{border-left:6px solid #E69F00}
.tone-neutral svg rect,.tone-neutral svg circle{fill:#9aa5b1}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 8px;font-size:14px}dl.facts dt{color:#52606d}dl.facts dd{margin:0}
table.plain{width:auto}.scroll{overflow:auto;max-width:100%}pre{background:#f5f7fa;padding:10px;overflow:auto;font-size:12px;max-height:320px}code{font-size:12px;word-break:break-all}
figure{margin:0}caption{text-align:left;font-weight:600;padding:4px 0}
.print-only{display:none}
@media print{
@page{size:A4;margin:14mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.print-only{display:block}
body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}
nav.toc,.controls,#pager,#search-row{display:none}
.card,.pm,figure,svg,tr{break-inside:avoid}h2,h3{break-after:avoid}
.pm-grid{grid-template-columns:repeat(4,1fr)}
#accounts th{position:static}a{color:#1f2933}
pre{max-height:none;white-space:pre-wrap}
}
`;

// Ordering posts, paging, sorting and filtering only move elements already in the page and compare
// textContent or numeric data attributes.
const SCRIPT = `
(function(){
  var d=document;
  var grid=d.getElementById('post-grid');
  if(grid){var buttons=d.querySelectorAll('[data-order]');
    Array.prototype.forEach.call(buttons,function(b){b.addEventListener('click',function(){
      var key=b.getAttribute('data-order');var cards=Array.prototype.slice.call(grid.children);
      cards.sort(function(x,y){if(key==='time'){var s=x.getAttribute('data-time'),t=y.getAttribute('data-time');if(s!==t)return s<t?-1:1;}
        return Number(x.getAttribute('data-rank'))-Number(y.getAttribute('data-rank'));});
      cards.forEach(function(c){grid.appendChild(c);});
      Array.prototype.forEach.call(buttons,function(o){o.setAttribute('aria-pressed',o===b?'true':'false');});});});}
  var table=d.getElementById('accounts');if(!table)return;var body=table.tBodies[0];
  var search=d.getElementById('search');var shown=d.getElementById('shown');var info=d.getElementById('page-info');
  var prev=d.getElementById('prev');var next=d.getElementById('next');var all=d.getElementById('all');
  var size=Number(table.getAttribute('data-page'));var page=0;var showAll=false;
  function matches(){var q=search.value.toLowerCase();return Array.prototype.filter.call(body.rows,function(r){return !q||r.textContent.toLowerCase().indexOf(q)>=0;});}
  function render(){var hits=matches();var pages=Math.max(1,Math.ceil(hits.length/size));if(page>=pages)page=pages-1;
    var from=showAll?0:page*size,to=showAll?hits.length:Math.min(hits.length,from+size);var visible=new Set(hits.slice(from,to));
    Array.prototype.forEach.call(body.rows,function(r){r.hidden=!visible.has(r);});
    shown.textContent=String(hits.length);
    info.textContent=hits.length?('rows '+(from+1)+'–'+to+' of '+hits.length):'no rows';
    prev.disabled=showAll||page===0;next.disabled=showAll||to>=hits.length;all.textContent=showAll?'show pages':'show all';}
  search.addEventListener('input',function(){page=0;render();});
  prev.addEventListener('click',function(){page--;render();});next.addEventListener('click',function(){page++;render();});
  all.addEventListener('click',function(){showAll=!showAll;page=0;render();});
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(head,col){var button=head.querySelector('button');if(!button)return;
    button.addEventListener('click',function(){
      var numeric=head.getAttribute('data-numeric')==='1';var dir=head.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});head.setAttribute('aria-sort',dir);
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;
        var v=numeric?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);return dir==='ascending'?v:-v;});
      rows.forEach(function(r){body.appendChild(r);});page=0;render();});});
  d.getElementById('pager').hidden=false;render();
})();
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function renderHtml(result: ScanResult): string {
  const posts = new Map(result.posts.map((p) => [p.id, p]));
  const many = result.topN.posts.length > 1;
  const s = result.summary;
  const signalCounts = SIGNALS.map((signal) => [signal.id, result.accounts.filter((a) => a.evidence.some((e) => e.signal === signal.id)).length, COLORS.neutral] as [string, number, string]);
  const timing = groupTimingText(result);
  const g = result.groupTiming;
  const zone = result.meta.options.profile.zone;
  const flagged = s.inauthentic + s.suspicious;
  const shownRows = Math.min(result.accounts.length, Math.max(flagged, TABLE_LIMIT));
  const timelineHtml = many ? timeline(result, posts) : '';
  const sections: [string, string][] = [
    ['findings', 'Findings'],
    ...(many ? ([['posts', 'Every post'], ...(timelineHtml ? [['timeline', 'Timeline']] : [])] as [string, string][]) : []),
    ['timing', 'When they comment'],
    ['networks', 'Networks'],
    ['scores', 'Scores and signals'],
    ['accounts-section', 'Accounts'],
    ['method', 'Method'],
  ];
  const toc = `<nav class="toc" aria-label="contents"><ol>${sections.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('')}</ol></nav>`;
  const csp = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>brigade report</title>
<style>${STYLE}</style></head>
<body><main>
<header><h1>Comment brigading report</h1>
<p class="muted">brigade ${forHtml(result.meta.version)} · ${s.comments} comments on ${s.posts} post(s) · ${s.accounts} accounts: ${s.inauthentic} likely inauthentic, ${s.suspicious} suspicious · times in ${forHtml(zone)} · <a href="#method">how this was measured</a></p>
${toc}</header>
<section id="findings" aria-labelledby="h-findings"><h2 id="h-findings">Findings</h2>${findings(result, posts)}</section>
${many ? `<section id="posts" aria-labelledby="h-posts"><h2 id="h-posts">Every post (${result.topN.posts.length})</h2>${smallMultiples(result, posts)}</section>` : ''}
${timelineHtml ? `<section id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>${timelineHtml}</section>` : ''}
<section id="timing" aria-labelledby="h-timing"><h2 id="h-timing">When they comment</h2><p>${forHtml(timing ?? 'Too few flagged accounts to compare.')}</p>
<div class="grid" id="heatmap">${heatmap(g.flaggedHeatmap, `flagged accounts (${g.flaggedComments} comments)`, COLORS.inauthentic)}${heatmap(g.otherHeatmap, `everyone else (${g.otherComments} comments)`, COLORS.other)}</div>
<p class="legend">Hour of week in ${forHtml(zone)}; darker is more comments.</p></section>
<section id="networks" aria-labelledby="h-networks"><h2 id="h-networks">Networks</h2>${networkCards(result)}</section>
<section id="scores" aria-labelledby="h-scores"><h2 id="h-scores">Scores and signals</h2><div class="grid"><div><h3>Score distribution (accounts with any evidence)</h3>${scoreHistogram(result.accounts)}</div><div><h3>Accounts each signal fired for</h3>${bars(signalCounts, 'Accounts each signal fired for')}</div></div></section>
<section id="accounts-section" aria-labelledby="h-accounts"><h2 id="h-accounts">Accounts</h2>
<p id="search-row"><input type="search" id="search" placeholder="Search names, ids, reasons…" aria-label="search accounts"> <span class="muted"><span id="shown">${shownRows}</span> rows match · the ${flagged} likely inauthentic and suspicious accounts first, then the highest-scoring others (${shownRows} of ${s.accounts} listed); sort with the column buttons, open a reason to see the evidence and comments (times in ${forHtml(zone)})</span></p>
<p class="print-only muted">Printed here: the rows on screen when printing. Every account is in the HTML file and in <code>brigade report --format csv</code>.</p>
<p id="pager" class="controls" hidden><button type="button" id="prev">previous</button> <span id="page-info" aria-live="polite"></span> <button type="button" id="next">next</button> <button type="button" id="all">show all</button></p>
<table id="accounts" data-page="${PAGE_ROWS}"><caption>Accounts, flagged first</caption><thead><tr><th scope="col"><button type="button">name and id</button></th><th scope="col"><button type="button">type</button></th><th scope="col"><button type="button">category</button></th><th scope="col" data-numeric="1"><button type="button">comments</button></th><th scope="col" data-numeric="1"><button type="button">score</button></th><th scope="col"><button type="button">verdict</button></th><th scope="col">reasons and comments</th></tr></thead>
<tbody>
${accountRows(result)}
</tbody></table></section>
<section id="method" aria-labelledby="h-method"><h2 id="h-method">Method</h2>${method(result)}<p><a href="#findings">back to the findings</a></p></section>
</main><script>${SCRIPT}</script></body></html>
`;
}
