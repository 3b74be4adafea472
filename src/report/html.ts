import { createHash } from 'node:crypto';
import type { Model } from '../model/types.js';
import { dayName } from '../profile.js';
import type { AccountOut, ScanResult } from '../result.js';
import type { CoordinationGraph } from '../score/networks.js';
import type { ShareFigures } from '../score/top-n.js';
import { SIGNALS } from '../signals/index.js';
import { basisText, groupTimingText, headline, methodSections, networkText, pct, warningText } from './messages.js';
import { reasons } from './reasons.js';
import { maxOf } from '../util/arrays.js';

/**
 * One self-contained HTML file: charts are SVG drawn here (no charting library: the few charts we
 * need are small, and hand-drawn SVG keeps the file light and free of anything to load). All user
 * text goes through `esc`; the only script is ours, allowed by its hash in the Content-Security-Policy,
 * and it reads no user data into HTML (sorting and filtering move existing rows, reading textContent).
 */

/** Accounts listed in the table: every flagged one, then the highest-scoring others up to this many. */
const TABLE_LIMIT = 2000;
/** Comments shown under an account's row. */
const COMMENTS_PER_ACCOUNT = 20;
const TEXT_LIMIT = 600;
const NETWORK_EDGE_LIMIT = 4000;

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd')
    // Bidi controls from the data would reorder the text around them (Trojan Source): shown, not obeyed.
    .replace(BIDI_CONTROLS, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) links from the data become links; anything else (javascript:, data:) stays text. */
function safeUrl(url: string): string | null {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

const COLORS = { inauthentic: '#c0392b', suspicious: '#e67e22', authentic: '#b8c2cc' } as const;

function waffle(f: ShareFigures, n: number): string {
  const cells = Math.min(n, 300);
  const columns = 20;
  const size = 12;
  const scale = f.considered > 0 ? cells / f.considered : 0;
  const inauthentic = Math.round(f.inauthentic * scale), suspicious = Math.round(f.suspicious * scale);
  const filled = Math.round(f.considered * scale);
  const rects: string[] = [];
  for (let i = 0; i < cells; i++) {
    const x = (i % columns) * size, y = Math.floor(i / columns) * size;
    const fill = i < inauthentic ? COLORS.inauthentic : i < inauthentic + suspicious ? COLORS.suspicious : i < filled ? COLORS.authentic : '#f1f3f5';
    rects.push(`<rect x="${x}" y="${y}" width="${size - 2}" height="${size - 2}" rx="2" fill="${fill}"/>`);
  }
  const height = Math.ceil(cells / columns) * size;
  return `<svg class="waffle" viewBox="0 0 ${columns * size} ${height}" width="${columns * size}" height="${height}" role="img" aria-label="${esc(
    `${f.inauthentic} of ${f.considered} top comments from likely inauthentic accounts`,
  )}">${rects.join('')}</svg>`;
}

function heatmap(counts: number[][], title: string, color: string): string {
  const max = maxOf(counts.flat(), 1);
  const cell = 16, left = 34, top = 16;
  const parts: string[] = [`<text x="0" y="11" class="axis">${esc(title)}</text>`];
  // Monday first, as a working week reads.
  [1, 2, 3, 4, 5, 6, 0].forEach((day, row) => {
    parts.push(`<text x="0" y="${top + row * cell + 12}" class="axis">${dayName(day)}</text>`);
    for (let h = 0; h < 24; h++) {
      const v = counts[day]![h]!;
      const opacity = v === 0 ? 0.04 : 0.15 + 0.85 * (v / max);
      parts.push(`<rect x="${left + h * cell}" y="${top + row * cell}" width="${cell - 1}" height="${cell - 1}" fill="${color}" fill-opacity="${opacity.toFixed(3)}"><title>${dayName(day)} ${h}:00 — ${v}</title></rect>`);
    }
  });
  for (let h = 0; h < 24; h += 3) parts.push(`<text x="${left + h * cell}" y="${top + 7 * cell + 12}" class="axis">${h}</text>`);
  const width = left + 24 * cell, height = top + 7 * cell + 16;
  return `<svg class="heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}

function bars(values: [string, number, string][], width = 420): string {
  const max = maxOf(values.map((v) => v[1]), 1);
  const row = 20, label = 150;
  const parts = values.map(([name, value, color], i) => {
    const w = Math.round(((width - label - 50) * value) / max);
    return `<text x="0" y="${i * row + 14}" class="axis">${esc(name)}</text><rect x="${label}" y="${i * row + 3}" width="${w}" height="${row - 6}" fill="${color}"/><text x="${label + w + 4}" y="${i * row + 14}" class="axis">${value}</text>`;
  });
  return `<svg viewBox="0 0 ${width} ${values.length * row}" width="${width}" height="${values.length * row}">${parts.join('')}</svg>`;
}

function scoreHistogram(accounts: AccountOut[]): string {
  const bins = new Array<number>(10).fill(0);
  for (const a of accounts) if (a.score > 0) bins[Math.min(9, Math.floor(a.score * 10))]!++;
  return bars(
    bins.map((count, i) => [`score ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`, count, i >= 7 ? COLORS.inauthentic : i >= 4 ? COLORS.suspicious : '#7f8c8d'] as [string, number, string]),
  );
}

/** Flagged accounts and the coordination links among them, each network in its own circle. */
function networkSvg(result: ScanResult, graph: CoordinationGraph, model: Model): string {
  const verdictOf = new Map(result.accounts.map((a) => [a.id, a.verdict]));
  const groups = result.networks.filter((n) => n.inauthentic + n.suspicious > 0 || n.assessment !== 'coordinated-authentic').slice(0, 12);
  if (groups.length === 0) return '<p class="muted">No coordination network among the accounts.</p>';
  const width = 900, height = 520;
  const position = new Map<string, [number, number]>();
  const groupOf = new Map<string, number>();
  const columns = Math.ceil(Math.sqrt(groups.length));
  const rows = Math.ceil(groups.length / columns);
  const cw = width / columns, ch = height / rows;
  const labels: string[] = [];
  groups.forEach((group, g) => {
    const cx = (g % columns) * cw + cw / 2, cy = Math.floor(g / columns) * ch + ch / 2;
    const radius = Math.min(cw, ch) / 2 - 24;
    group.members.forEach((id, i) => {
      // Sunflower placement: evenly filled disc, deterministic.
      const r = radius * Math.sqrt((i + 0.5) / group.members.length);
      const theta = i * 2.399963229728653;
      position.set(id, [cx + r * Math.cos(theta), cy + r * Math.sin(theta)]);
      groupOf.set(id, g);
    });
    labels.push(`<text x="${cx - radius}" y="${cy - radius - 6}" class="axis">${esc(group.id)} · ${group.size} accounts · ${esc(group.assessment)}</text>`);
  });
  const lines: string[] = [];
  for (const e of graph.edges) {
    if (lines.length >= NETWORK_EDGE_LIMIT) break;
    const idA = model.accounts[e.a]!.id, idB = model.accounts[e.b]!.id;
    const a = position.get(idA), b = position.get(idB);
    // Links inside a network only: those between networks would hide the clusters.
    if (!a || !b || groupOf.get(idA) !== groupOf.get(idB)) continue;
    lines.push(`<line x1="${a[0].toFixed(1)}" y1="${a[1].toFixed(1)}" x2="${b[0].toFixed(1)}" y2="${b[1].toFixed(1)}" class="edge-${e.kind}"/>`);
  }
  const dots = [...position].map(([id, [x, y]]) => {
    const verdict = verdictOf.get(id) ?? 'authentic';
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4" fill="${COLORS[verdict]}"><title>${esc(id)} (${verdict})</title></circle>`;
  });
  return `<svg id="network-svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="coordination networks">${lines.join('')}${dots.join('')}${labels.join('')}</svg>
<p class="legend"><span class="key k-inauthentic"></span> inauthentic <span class="key k-suspicious"></span> suspicious <span class="key k-authentic"></span> not flagged · lines inside each network: <span class="line-co">co-commenting</span>, <span class="line-copy">copy-paste</span>, <span class="line-eng">replies and reactions</span></p>`;
}

function accountRows(result: ScanResult, model: Model): string {
  const indexOf = new Map(model.accounts.map((a, i) => [a.id, i]));
  const flagged = result.accounts.filter((a) => a.verdict !== 'authentic');
  const others = result.accounts.filter((a) => a.verdict === 'authentic').slice(0, Math.max(0, TABLE_LIMIT - flagged.length));
  return [...flagged, ...others]
    .map((a) => {
      const account = model.accounts[indexOf.get(a.id)!]!;
      const why = [...reasons(a, result, undefined, 10), ...(a.basis !== 'none' ? [`(${basisText(a.basis)})`] : [])];
      const comments = account.commentIdx.slice(0, COMMENTS_PER_ACCOUNT).map((c) => {
        const comment = model.comments[c]!;
        const text = comment.text.length > TEXT_LIMIT ? `${comment.text.slice(0, TEXT_LIMIT)}…` : comment.text;
        return `<li><time>${new Date(comment.createdMs).toISOString().slice(0, 16).replace('T', ' ')} UTC</time> · post ${esc(comment.postId)} · <bdi>${esc(text)}</bdi></li>`;
      });
      const url = safeUrl(account.url);
      const link = url ? `<a href="${esc(url)}" rel="noopener noreferrer nofollow">${esc(url)}</a>` : esc(account.url);
      return `<tr class="v-${a.verdict}" data-score="${a.score}" data-comments="${a.comments}">
<td>${esc(a.id)}</td><td><bdi>${esc(a.name)}</bdi></td><td>${esc(a.type)}</td><td>${esc(a.category)}</td><td class="num">${a.comments}</td><td class="num">${a.score.toFixed(2)}</td><td><span class="badge b-${a.verdict}">${a.verdict}</span></td>
<td><details><summary>${esc(why[0] ?? 'no evidence')}${why.length > 1 ? ` (+${why.length - 1})` : ''}</summary><ul>${why.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>${
        link ? `<p>${link}</p>` : ''
      }${comments.length ? `<ol class="comments">${comments.join('')}</ol>` : ''}</details></td></tr>`;
    })
    .join('\n');
}

function method(result: ScanResult): string {
  const inputs = result.meta.inputs
    .map((f) => `<tr><td>${esc(f.file)}</td><td>${esc(f.format)}</td><td><code>${f.sha256}</code></td><td class="num">${f.read}</td><td class="num">${f.used}</td><td class="num">${f.rejected}</td><td class="num">${f.duplicates}</td></tr>`)
    .join('');
  const warnings = result.warnings.map((w) => `<li>${esc(warningText(w))}</li>`).join('');
  const sections = methodSections(result, SIGNALS.map((x) => x as { id: string; family: string; rationale: string }))
    .map((section) => `<h3>${esc(section.title)}</h3>${section.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${section.items.length ? `<ul>${section.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : ''}`)
    .join('\n');
  return `<h3>Inputs</h3>
<table class="plain"><thead><tr><th>file</th><th>format</th><th>sha256</th><th>read</th><th>used</th><th>rejected</th><th>duplicates</th></tr></thead><tbody>${inputs}</tbody></table>
${warnings ? `<h3>Warnings</h3><ul>${warnings}</ul>` : ''}
${sections}
<h3>All options</h3><pre>${esc(JSON.stringify(result.meta.options, null, 2))}</pre>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:0;background:#fafbfc}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #e4e7eb;padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}
.muted,.legend{color:#616e7c;font-size:13px}
.card{background:#fff;border:1px solid #e4e7eb;border-radius:8px;padding:16px;margin:12px 0}
.post{display:flex;gap:20px;align-items:flex-start;flex-wrap:wrap}.post p{flex:1;min-width:280px;margin:0}
.big{font-size:28px;font-weight:700;color:#c0392b}
.grid{display:flex;gap:24px;flex-wrap:wrap}
.axis{font-size:11px;fill:#52606d}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top}
th{background:#f5f7fa;position:sticky;top:0;cursor:pointer;user-select:none}td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;color:#fff}.b-inauthentic{background:#c0392b}.b-suspicious{background:#e67e22}.b-authentic{background:#9aa5b1}
details summary{cursor:pointer}ol.comments{margin:6px 0;padding-left:18px;color:#3e4c59}ol.comments time{color:#7b8794}
input[type=search]{padding:6px 10px;border:1px solid #cbd2d9;border-radius:6px;width:280px}
.key{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 2px 0 8px}.k-inauthentic{background:#c0392b}.k-suspicious{background:#e67e22}.k-authentic{background:#b8c2cc}
line{stroke-opacity:.35;stroke-width:1}.edge-co-commenting{stroke:#2c7be5}.edge-copy-paste{stroke:#8e44ad}.edge-engagement{stroke:#95a5a6}
.line-co{color:#2c7be5}.line-copy{color:#8e44ad}.line-eng{color:#7f8c8d}
table.plain{width:auto}pre{background:#f5f7fa;padding:10px;overflow:auto;font-size:12px;max-height:320px}code{font-size:12px;word-break:break-all}
`;

// Sorting and filtering only move rows that are already in the page, and compare textContent.
const SCRIPT = `
(function(){
  var table=document.getElementById('accounts');var body=table.tBodies[0];
  var search=document.getElementById('search');var count=document.getElementById('shown');
  function update(){var q=search.value.toLowerCase();var n=0;
    for(var i=0;i<body.rows.length;i++){var r=body.rows[i];var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!hit;if(hit)n++;}
    count.textContent=String(n);}
  search.addEventListener('input',update);
  var heads=table.tHead.rows[0].cells;
  for(var c=0;c<heads.length;c++){(function(col){heads[col].addEventListener('click',function(){
    var numeric=heads[col].getAttribute('data-numeric')==='1';var dir=heads[col].getAttribute('data-dir')==='asc'?'desc':'asc';
    for(var k=0;k<heads.length;k++)heads[k].removeAttribute('data-dir');heads[col].setAttribute('data-dir',dir);
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;
      var d=numeric?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);return dir==='asc'?d:-d;});
    rows.forEach(function(r){body.appendChild(r);});});})(c);}
  update();
})();
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function renderHtml(result: ScanResult, model: Model, graph: CoordinationGraph): string {
  const n = result.topN.n;
  const posts = result.topN.posts.length > 1 ? [result.topN.overall, ...result.topN.posts.slice(0, 5)] : result.topN.posts;
  const headlineCards = posts
    .map(
      (f) => `<div class="card post"><div>${waffle(f, n)}</div><p><span class="big">${pct(f.share)}</span><br>${esc(headline(f, n))}</p></div>`,
    )
    .join('');
  const s = result.summary;
  const signalCounts = SIGNALS.map((signal) => [signal.id, result.accounts.filter((a) => a.evidence.some((e) => e.signal === signal.id)).length, '#52606d'] as [string, number, string]);
  const timing = groupTimingText(result);
  const g = result.groupTiming;
  const networks = result.networks.slice(0, 20).map((network) => `<li>${esc(networkText(network))}</li>`).join('');
  const flagged = s.inauthentic + s.suspicious;
  const csp = `default-src 'none'; script-src ${hash(SCRIPT)}; style-src ${hash(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>brigade report</title>
<style>${STYLE}</style></head>
<body><main>
<h1>Comment brigading report</h1>
<p class="muted">brigade ${esc(result.meta.version)} · ${s.comments} comments on ${s.posts} post(s) · ${s.accounts} accounts: ${s.inauthentic} inauthentic, ${s.suspicious} suspicious</p>
<section id="headline"><h2>How much of the top comments is a brigade</h2>${headlineCards}
<p class="legend"><span class="key k-inauthentic"></span> from likely inauthentic accounts <span class="key k-suspicious"></span> suspicious (upper bound) <span class="key k-authentic"></span> others · one square per top comment</p></section>
<section id="timing"><h2>When they comment</h2><p>${esc(timing ?? 'Too few flagged accounts to compare.')}</p>
<div class="grid" id="heatmap">${heatmap(g.flaggedHeatmap, `flagged accounts (${g.flaggedComments} comments)`, COLORS.inauthentic)}${heatmap(g.otherHeatmap, `everyone else (${g.otherComments} comments)`, '#2c7be5')}</div>
<p class="legend">Hour of week in ${esc(result.meta.options.profile.zone)}; darker is more comments.</p></section>
<section id="scores"><h2>Scores and signals</h2><div class="grid"><div><h3>Score distribution (accounts with any evidence)</h3>${scoreHistogram(result.accounts)}</div><div><h3>Accounts each signal fired for</h3>${bars(signalCounts)}</div></div></section>
<section id="network"><h2>Networks</h2>${networkSvg(result, graph, model)}${networks ? `<ul>${networks}</ul>` : ''}</section>
<section id="accounts-section"><h2>Accounts</h2>
<p><input type="search" id="search" placeholder="Search names, ids, reasons…" aria-label="search accounts"> <span class="muted"><span id="shown"></span> shown · ${flagged} flagged first, then the highest-scoring others (at most ${TABLE_LIMIT}); click a header to sort, a reason to expand</span></p>
<table id="accounts"><thead><tr><th>id</th><th>name</th><th>type</th><th>category</th><th data-numeric="1">comments</th><th data-numeric="1">score</th><th>verdict</th><th>reasons and comments</th></tr></thead>
<tbody>
${accountRows(result, model)}
</tbody></table></section>
<section id="method"><h2>Method</h2>${method(result)}</section>
</main><script>${SCRIPT}</script></body></html>
`;
}
