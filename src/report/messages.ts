import type { IngestWarning, Rejection } from '../ingest/types.js';
import type { AnalysisProfile } from '../profile.js';
import { dayName, shiftOfFigures } from '../profile.js';
import type { EvidenceOut, NetworkOut, ScanResult } from '../result.js';
import type { ShareFigures } from '../score/top-n.js';
import { networkMember, type NetworkMemberOptions } from '../signals/network-member.js';

/** All the English of brigade's findings lives here (publint's formatMessage). */

export const pct = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
const range = ([lo, hi]: [number, number]) => `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}%`;
/** An expected count: one decimal; two significant digits below 0.1 (0.02 is not "0.0"); "under 0.01" below that. */
const expectedCount = (x: number) => (x <= 0 ? '0' : x < 0.01 ? 'under 0.01' : x < 0.1 ? String(Number(x.toPrecision(2))) : x.toFixed(1));
export const pValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);
const num = (v: number | string | undefined) => Number(v ?? 0);
/** A Bayes factor in words: rounded, "over a million" from the cap up. */
const timesText = (factor: number) => (factor >= 1e6 ? 'over a million' : Math.round(factor).toLocaleString('en-US'));
/** "1 post", "2 posts": a count with its noun. */
export const count = (n: number | string | undefined, singular: string, plural = `${singular}s`) => `${n ?? 0} ${num(n) === 1 ? singular : plural}`;
const hours = (h: [number, number]) => `${String(h[0]).padStart(2, '0')}:00–${String(h[1]).padStart(2, '0')}:00`;

export function describeShift(profile: AnalysisProfile): string {
  const days = profile.workdays.map(dayName).join(', ');
  return `${days} ${hours(profile.workHours)}${profile.lunch ? ` except ${hours(profile.lunch)}` : ''} (${profile.zone})`;
}

/** One piece of evidence in plain words. `quote` wraps user text (the category) for the target format. */
export function evidenceText(e: EvidenceOut, profile: AnalysisProfile, quote: (s: string) => string = (s) => s): string {
  switch (e.code) {
    case 'page-person-name-off-topic-category':
      return `Page with a person's name, category '${quote(String(e.category))}'`;
    case 'page-person-name-ambiguous-category':
      return `Page with a person's name, category '${quote(String(e.category))}' (could fit a person)`;
    case 'page-maybe-person-name-off-topic-category':
    case 'page-maybe-person-name-ambiguous-category':
      return `Page whose name may be a person's or a shop's, category '${quote(String(e.category))}'`;
    case 'page-maybe-person-name-unknown-category':
      return "Page whose name may be a person's or a shop's, category unknown";
    case 'page-person-name-unknown-category':
      return "Page with a person's name, category unknown";
    case 'shared-name':
      return `name shared by ${e.accounts} accounts${num(e.variants) > 1 ? ` in ${e.variants} spellings` : ''}, where name frequencies predict ${num(e.expected).toFixed(1)} (${pValue(num(e.p))}${e.q !== undefined ? `; ${pValue(num(e.q)).replace('p', 'q')} across the ${e.tested} shared names tested` : ''})`;
    case 'office-hours-shift':
      return `${pct(num(e.share), 0)} of ${e.comments} comments fall in weekday office hours (${profile.zone}), against ${pct(num(e.baseline), 0)} for other commenters on the same posts (${pValue(num(e.p))})`;
    case 'engagement-from-network':
      return `${pct(num(e.share), 0)} of the ${e.received} ${e.counted} it received came from other suspected accounts, and ${pct(num(e.givenShare), 0)} of the ${e.given} it gave went to them${e.q !== undefined ? `; ${e.fromOperated} of its ${e.reactions} reactions came from Pages posing as people or accounts judged inauthentic and ${e.toOperated} of the ${e.reactionsGiven} it gave went to them, where the page's unsuspected commenters would lead to expect ${expectedCount(num(e.expected))} and ${expectedCount(num(e.expectedTo))} (${pValue(num(e.q)).replace('p', 'q')})` : ''}`;
    case 'enclosed-in-page-network':
      return `lives inside a network of Pages posing as people: ${e.fromNetwork} of the ${e.received} reactions it received came from suspected accounts (${e.fromAnchors} from such Pages), and ${e.givenToNetwork} of the ${e.given} it gave went to them (${e.givenToAnchors} to such Pages)`;
    case 'closed-engagement':
      return `its support stays inside a coordinated group of ${e.group}: ${e.fromGroup} of the ${e.received} reactions it received came from accounts it co-comments or shares copies with, and ${e.givenToGroup} of the ${e.given} it gave went to them (95% lower bounds ${pct(num(e.shareLow), 0)} and ${pct(num(e.givenShareLow), 0)})`;
    case 'page-network-copies':
      return `${e.copied} of its ${e.comments} comments are templates it shares with Pages posing as people (${e.families} families; up to ${e.anchors} such Pages in one; ${pct(num(e.anchorShare), 0)} of its co-authors are such Pages)`;
    case 'co-commenting':
      return `commented within ${e.window} s of ${e.partners} other account${num(e.partners) === 1 ? '' : 's'}, again and again (${count(e.pairs, 'coordinated pair')}, on ${count(e.posts, 'post')})`;
    case 'copy-paste':
      return `${num(e.texts) === 1 ? '1 of its comments is a copy' : `${e.texts} of its comments are copies`} of text other accounts posted too (largest family: ${e.largestFamily} accounts)`;
    case 'network-member':
      return `in network ${e.network}, judged inauthentic as a group (${networkBasisText(String(e.basis))}; ${count(e.ties, 'tie')}${Number(e.clockFit) >= 1 ? `; its own hours fit the network's clock ${timesText(Number(e.clockFit))} times better than the page's` : ''}${num(e.hoursAgainst) === 1 ? `; its own hours fit the page's clock ${timesText(1 / Number(e.clockFit))} times better than the network's, so its likes alone do not tie it in firmly` : ''}${e.via === 'engagement' || num(e.likesTie) === 1 ? `; ${e.likesFromNetwork} of its ${count(e.likesReceived, 'like')} came from the networks' members and ${e.likesToNetwork} of the ${e.likesGiven} it gave went to them (at least ${Number(e.engagementFit) >= 1e6 ? 'a million' : Math.round(Number(e.engagementFit)).toLocaleString('en-US')}× likelier, each way, for the network's members than for the page's${num(e.likesTie) === 1 ? '; its second tie' : ''})` : ''}${e.sessionHits !== undefined ? `; ${count(e.sessionHits, 'comment')} within ${count(e.sessionMinutes, 'minute')} of the network's on the same post, where chance gives ${expectedCount(num(e.sessionExpected))} (${num(e.sessionQ) < 0.001 ? 'q < 0.001' : `q = ${num(e.sessionQ).toFixed(3)}`})` : ''}${num(e.templates) > 0 ? `; ${e.copies} of its ${e.comments} comments copy ${count(e.templates, 'template')} of the network` : ''}${num(e.reactors) > 0 ? `; ${e.supporters} of the ${count(e.reactors, 'account')} that liked it ${num(e.supporters) === 1 ? 'is' : 'are'} the network's` : ''})`;
    case 'engages-network-only':
      return `${e.givenToNetwork} of its ${e.given} reactions and replies went to suspected accounts`;
    default:
      return `${e.signal}: ${e.code}`;
  }
}

/** What a network's verdict stands on, in words: "pages+shift+lunch" → "Pages posing as people, an office shift, a lunch break". */
export function networkBasisText(basis: string): string {
  const words: Record<string, string> = { pages: 'Pages posing as people', shift: 'an office shift', lunch: 'a lunch break', names: 'a pool of shared names' };
  return basis.split('+').filter(Boolean).map((b) => words[b] ?? b).join(', ');
}

/** The table's summary line. */
export function summaryText(s: ScanResult['summary']): string {
  return `accounts: ${s.accounts} (${s.inauthentic} inauthentic, ${s.suspicious} suspicious, ${s.authentic} authentic) over ${count(s.comments, 'comment')} on ${count(s.posts, 'post')}`;
}

/** An account's reasons, led by the basis of its verdict ("strong evidence: …"). */
export function reasonsText(reasons: string[], basis: string): string {
  const lead = basisText(basis);
  return lead ? `${lead}: ${reasons.join('; ')}` : reasons.join('; ');
}

export function basisText(basis: string): string {
  if (basis === 'strong') return 'strong evidence';
  if (basis === 'combined') return 'independent signals together';
  return '';
}

const int = (v: number) => v.toLocaleString('en-US');

/**
 * One line of figures for a post, or for all posts pooled: always "k of n", where n is the number of
 * comments actually counted (a post's top N, fewer when it has fewer; pooled, the sum over posts).
 */
export function headline(f: ShareFigures, n: number, posts = 1): string {
  if (f.postId === 'overall') {
    if (f.considered === 0) return `all ${posts} posts pooled: no top-level comments`;
    return (
      `all ${posts} posts pooled (each post's top ${n}, ${f.considered} comments in all): ${f.inauthentic} of ${f.considered} from likely inauthentic accounts ` +
      `(${pct(f.share)}, 95% CI ${range(f.ci95)})${suspiciousPart(f)}; ${f.inauthenticAuthors} of ${f.authors} distinct authors ` +
      `(${pct(f.authorShare)}, 95% CI ${range(f.authorShareCi95)}); all ${f.allComments.comments} comments: ${pct(f.allComments.share)} inauthentic`
    );
  }
  const label = `post ${f.postId}`;
  if (f.considered === 0) return `${label}: no top-level comments`;
  return (
    `${label}: ${f.inauthentic} of its top ${f.considered}${f.considered < n ? ` (fewer than ${n})` : ''} comments from likely inauthentic accounts ` +
    `(${pct(f.share)}, 95% CI ${range(f.ci95)})${suspiciousPart(f)}; ${f.inauthenticAuthors} of ${f.authors} distinct authors ` +
    `(${pct(f.authorShare)}, 95% CI ${range(f.authorShareCi95)}); all ${f.allComments.comments} comments: ${pct(f.allComments.share)} inauthentic`
  );
}

const suspiciousPart = (f: ShareFigures) => (f.suspicious > 0 ? `; ${f.suspicious} more from suspicious accounts (upper bound ${pct(f.upperBoundShare)})` : '');

/** The report's first sentence for one post, in plain words. */
export function postSentence(f: ShareFigures, n: number): string {
  if (f.considered === 0) return 'This post has no top-level comments to count.';
  const fewer = f.considered < n ? ` The post has only ${int(f.considered)} top-level comments, so all are counted.` : '';
  return `${int(f.inauthentic)} of the top ${int(f.considered)} comments under this post came from accounts that are likely inauthentic (${pct(f.share)}, 95% CI ${range(f.ci95)}).${fewer}`;
}

/** The report's first sentence for several posts: what the pooled figure is, in plain words. */
export function overallSentence(f: ShareFigures, n: number, posts: number): string {
  if (f.considered === 0) return `None of the ${posts} posts has top-level comments to count.`;
  return (
    `Across all ${int(posts)} posts, ${int(f.inauthentic)} of the ${int(f.considered)} comments counted (the top ${n} of each post, or all of a post's comments when it has fewer) ` +
    `came from accounts that are likely inauthentic (${pct(f.share)}, 95% CI ${range(f.ci95)}).`
  );
}

/** What follows the first sentence: suspicious accounts, distinct authors, all comments. */
export function shareDetails(f: ShareFigures): string[] {
  if (f.considered === 0) return [];
  const out: string[] = [];
  if (f.suspicious > 0) out.push(`${int(f.suspicious)} more came from suspicious accounts: if all of them are inauthentic too, the share is ${pct(f.upperBoundShare)}.`);
  out.push(`They were written by ${int(f.inauthenticAuthors)} of the ${int(f.authors)} distinct authors among them (${pct(f.authorShare)}, 95% CI ${range(f.authorShareCi95)}).`);
  out.push(`Of all ${int(f.allComments.comments)} comments, replies included, ${pct(f.allComments.share)} came from likely inauthentic accounts.`);
  return out;
}

/** "k of n" for a small chart's caption. */
export function shareShort(f: ShareFigures): string {
  if (f.considered === 0) return 'no top-level comments';
  return `${int(f.inauthentic)} of ${int(f.considered)} top comments likely inauthentic (${pct(f.share, 0)})${f.suspicious > 0 ? `, ${int(f.suspicious)} suspicious` : ''}`;
}

export function groupTimingText(result: ScanResult): string | null {
  const g = result.groupTiming;
  if (g.flaggedComments === 0 || g.otherComments === 0) return null;
  const lunch = g.lunch && g.lunch.adjacentMean > 0 ? `; at lunch ${pct(g.lunch.ratio, 0)} of the rate of the hours either side` : '';
  return (
    `flagged accounts: ${pct(g.flaggedInShiftShare, 0)} of their ${g.flaggedComments} comments in the shift ` +
    `${describeShift(result.meta.options.profile)}, against ${pct(g.otherInShiftShare, 0)} of the other ${g.otherComments} (${pValue(g.inShiftP)}); ` +
    `hour-of-week profiles differ (${pValue(g.hourOfWeek.p)}, χ² df ${g.hourOfWeek.df})${lunch}`
  );
}

export function warningText(w: IngestWarning): string {
  const where = w.file ? `${w.file}: ` : '';
  switch (w.code) {
    case 'unknown-columns':
      return `${where}ignored unknown columns: ${w.args.columns}`;
    case 'zoneless-times':
      return `${where}${count(w.args.rows, 'time')} had no zone and ${num(w.args.rows) === 1 ? 'was' : 'were'} read as ${w.args.zone} (--input-tz)`;
    case 'like-count-absent':
      return `${where}no like_count column: likes counted as 0`;
    case 'synthesized-comment-ids':
      return `${where}${w.args.rows} rows had no comment_id: ids made from file and line (replies and reactions cannot point to them)`;
    case 'excel-mangled-ids':
      return `${where}${count(w.args.rows, 'author id')} ${num(w.args.rows) === 1 ? 'looks' : 'look'} mangled by Excel (like 1.11111E+14): the digits are lost, and accounts sharing a mangled id merge`;
    case 'reaction-to-unknown-comment':
      return `${w.args.rows} reactions point to comments not in the data: their reactors are kept as accounts, the reactions are not counted`;
    case 'conflicting-author-type':
      return `${w.args.rows} rows gave an author a different type than before: read as page`;
    case 'conflicting-duplicate-ids':
      return `${where}${count(w.args.rows, 'row')} repeated the id of a comment already read with another time or text (two exports whose ids collide?): only the first of each was kept, the rest counted as duplicates`;
    case 'map-column-absent':
      return `${where}--map ${w.args.maps}: ${num(w.args.count) === 1 ? 'that column is' : 'those columns are'} not in this file's header, so ${num(w.args.count) === 1 ? 'it was' : 'they were'} not used`;
    case 'count-clamped':
      return `${w.args.rows} comments had a like or reply count that is not a whole number from 0 to ${Number(w.args.max).toLocaleString('en-US')}: read as the nearest one (a missing reply count as none exported)`;
    case 'non-unique-comment-ids':
      return `${where}${w.args.rows} comments carry their post's id instead of their own (Graph API v11+ without a moderating token): ids made from the Facepager node`;
    case 'no-author':
      return `${where}${w.args.rows} comments have no author (the Graph API withholds people without a Page token): they are left out, so shares cover attributed comments only`;
    case 'day-precision-times':
      return `${where}${w.args.rows} of ${w.args.of} times fall at midnight: the scraper kept the day only, so office hours cannot be analysed (shift-hours is disabled)`;
    case 'own-comments-only':
      return `${where}a "Download Your Information" file: one account's own comments, on posts it does not name — useful to study that account, not a comment section`;
    case 'author-by-name':
      return `${where}authors are known by display name only: two people with one name are one account here`;
    case 'skipped-file':
      return `${where}skipped: ${skipReasonText(String(w.args.reason))}${w.args.found ? ` (${w.args.found})` : ''}`;
    case 'utf-16-without-bom':
      return `${where}looks like UTF-16 without a byte-order mark: read as ${w.args.encoding} (re-save as UTF-8 to be sure)`;
    case 'encoding-guessed':
      return `${where}not UTF-8: read as ${w.args.encoding} (a guess between Windows-1251 and Windows-1254; check the names look right, and re-save as UTF-8 if not)${
        w.args.lines ? `; ${w.args.lines} lines hold letters that depend on this guess: ${w.args.where}` : ''
      }`;
    case 'invalid-utf-8':
      return `${where}read as UTF-8, but ${w.args.sequences} invalid byte sequence${w.args.sequences === 1 ? '' : 's'} became U+FFFD (�): ${w.args.where}`;
    case 'nul-in-header':
      return `${where}${w.args.columns} header column name${w.args.columns === 1 ? ' holds' : 's hold'} NUL or control characters and match${w.args.columns === 1 ? 'es' : ''} no field`;
  }
}

/** Why a file found in a folder was not read. */
export function skipReasonText(reason: string): string {
  switch (reason) {
    case 'hidden':
      return 'a hidden file';
    case 'not-a-regular-file':
      return 'not a regular file';
    case 'other-extension':
      return 'not a file type brigade reads (.csv, .tsv, .txt, .json, .ndjson, .jsonl, .xlsx; .csv and .tsv also gzipped)';
    case 'not-a-comment-export':
      return 'not a comment export';
    case 'labelling-sheet':
      return 'labels, not comments';
    case 'not-comments-json':
      return 'JSON that holds no comments';
    default:
      return reason;
  }
}

export function unavailableText(signal: string, reason: string): string {
  switch (reason) {
    case 'no-author-type':
      return `${signal} disabled: the export has no author type or category`;
    case 'no-engagement':
      return `${signal} disabled: no replies or reactions link the accounts`;
    case 'no-comments':
      return `${signal} disabled: no comments`;
    case 'day-precision-times':
      return `${signal} disabled: the export gives times to the day only, which cannot show working hours`;
    case 'no-reactions':
      return `${signal} disabled: the export lists no reactions (pass --reactions)`;
    case 'reactions-match-no-comment':
      return `${signal} disabled: reactions were read, but none is to a comment in the comment files (a reactions export of other posts, or ids changed)`;
    case 'no-text':
      return `${signal} disabled: the export has no comment text`;
    default:
      return `${signal} disabled: ${reason}`;
  }
}

export function rejectionText(r: Rejection): string {
  return `${r.file}:${r.line}: ${r.field}: ${r.reason}`;
}

/** Where the post of rows that name none came from. */
export function postSourceText(post: { id: string; from: string; rows: number }): string {
  const from = post.from === 'source-url-post-id' ? 'the post id in its Source URL' : post.from === 'source-url' ? 'its Source URL (no post id in it)' : 'the file name (no post id in the rows or a Source URL)';
  return `${post.rows === 1 ? '1 row without a post id belongs' : `${post.rows} rows without a post id belong`} to post ${post.id}, from ${from}`;
}

export function rowsText(result: ScanResult): string[] {
  const lines: string[] = [];
  for (const f of result.meta.inputs) {
    lines.push(
      `${f.file} (${f.format}, ${f.role}): read ${f.read} = used ${f.used} + rejected ${f.rejected} + skipped ${f.skipped} + duplicates ${f.duplicates}` +
        (f.post ? `; ${postSourceText(f.post)}` : ''),
    );
  }
  const r = result.rows;
  lines.push(`comments: read ${r.read} = used ${r.used} + rejected ${r.rejected} + skipped ${r.skipped} + duplicates ${r.duplicates}`);
  const skippedFiles = result.warnings.filter((w) => w.code === 'skipped-file').length;
  if (skippedFiles > 0) lines.push(`files: ${result.meta.inputs.length} read, ${skippedFiles} skipped (named in the warnings above)`);
  return lines;
}

/** `sample`: how many were drawn, and why fewer than asked. */
export function sampleText(drawn: number, population: number, asked: number, unit: string): string {
  const what = unit === 'accounts' ? 'accounts' : 'top-N comments';
  return drawn < asked
    ? `sampled ${drawn} of ${population} ${what}: all of them (fewer than --n ${asked})`
    : `sampled ${drawn} of ${population} ${what}`;
}

/** An evaluation measure, or why it cannot be given (never NaN%). */
export function measureText(m: { value: number; ci95: [number, number] }, undefinedBecause: string): string {
  return Number.isFinite(m.value) ? `${pct(m.value)} (95% CI ${pct(m.ci95[0])}–${pct(m.ci95[1])})` : `not measured (${undefinedBecause})`;
}

/** --fail-above: the posts over the threshold, each with its share. */
export function failAboveText(posts: ShareFigures[], threshold: number, n: number): string[] {
  return [
    `--fail-above ${threshold}: ${posts.length} post${posts.length === 1 ? '' : 's'} over ${pct(threshold)}:`,
    ...posts.map((p) => `  post ${p.postId}: ${pct(p.share)} of its top ${Math.min(n, p.considered)} comments from likely inauthentic accounts (${p.inauthentic} of ${p.considered})`),
  ];
}

/**
 * One line per network for the table and Markdown: "network n3: 33 accounts on 12 posts; … — likely
 * inauthentic: 15 of its members are Pages posing as people …; 87% of its 212 comments fall in the … shift".
 */
export function networkText(network: NetworkOut, profile: AnalysisProfile): string {
  const head =
    `network ${network.id}: ${count(network.size, 'account')} on ${count(network.posts, 'post')}; ${network.edges['co-commenting']} co-commenting, ` +
    `${network.edges['copy-paste']} copy-paste, ${network.edges.slogan ?? 0} shared-slogan and ${network.edges.engagement} engagement links`;
  const view = networkView(network, profile);
  return `${head} — ${view.label}: ${[...view.reasons, ...view.otherTests].join('; ')}`;
}

/**
 * A network as a reader sees it, whatever shape `networks[]` has: the network verdicts of issue #9
 * (`assessment: { verdict: inauthentic | coordinated-authentic | undetermined, basis, evidence }`,
 * each piece of evidence a tested tell with its figures) or the older `assessment` string, which
 * summed up the members' own verdicts. One adapter, so the cards follow what the result holds.
 */
export type NetworkTone = 'alert' | 'neutral' | 'open';
export interface NetworkView {
  verdict: string;
  /** "likely inauthentic", "coordinated but authentic", "undetermined …". */
  label: string;
  tone: NetworkTone;
  reasons: string[];
  /** The other tests, which did not pass or could not be run (network verdicts only): shown folded in the HTML. */
  otherTests: string[];
}

/** One tested tell of a group (network verdicts): its name, whether it passed, its q-value and figures. */
interface GroupTellOut {
  tell: string;
  passed?: boolean;
  testable?: boolean;
  q?: number;
  [arg: string]: unknown;
}

interface LooseNetwork {
  assessment: unknown;
  withSeparatingEvidence?: number;
  pagesPosing?: number;
  attached?: number;
}


/** "(the best-fitting of 36 shifts tried …)" where the tell tried more than the profile's and found an excess in one. */
const tried = (e: GroupTellOut) =>
  typeof e.windows === 'number' && e.windows > 1 && Number(e.share) > Number(e.baseline) ? ` (the best-fitting of ${e.windows} shifts tried, its p multiplied by ${e.windows})` : '';

const qText = (q: number) => (q < 0.001 ? 'q < 0.001' : `q = ${q.toFixed(3)}`);

/** A tested tell of a group in words; an unknown tell is shown with its figures rather than dropped. */
export function groupTellText(e: GroupTellOut, profile: AnalysisProfile): string | null {
  const n = (key: string) => num(e[key] as number | string | undefined);
  const q = e.passed && typeof e.q === 'number' ? ` (${qText(e.q)})` : '';
  if (e.testable === false) {
    return e.tell === 'shift' && e.occasions !== undefined ? `comments on ${e.occasions} occasions (a post and an hour): too few to test its clock` : null;
  }
  switch (e.tell) {
    case 'pages':
      return `${n('pages')} of its ${n('members')} members are Pages with a person's name, against ${pct(n('baseline'), 1)} among the page's other commenters${q}`;
    case 'shift':
      return `${pct(n('share'), 0)} of its ${n('comments')} comments (${n('occasions')} occasions: a post and an hour) fall in the ${describeShift(shiftOfFigures(profile, e))} shift${tried(e)}, against ${pct(n('baseline'), 0)} for the page's other commenters on the same posts${q}`;
    case 'weekend':
      return `${pct(n('share'), 0)} of its comments at weekends, against ${pct(n('baseline'), 0)} for the others${e.passed ? ': a working week' : ''}`;
    case 'lunch':
      return `${pct(n('share'), 0)} of its weekday comments from ${n('lunchHour') - 1}:00 to ${n('lunchHour') + 2}:00 fall in the ${n('lunchHour')}:00 hour, against ${pct(n('baseline'), 0)} for the others${e.passed ? ': a lunch break' : ''}${q}`;
    case 'names':
      return n('pairs') > 0 ? `${count(n('pairs'), 'pair')} of members ${n('pairs') === 1 ? 'shares' : 'share'} a name where ${n('expected').toFixed(1)} ${n('expected') === 1 ? 'is' : 'are'} expected${q}` : null;
    case 'engagement':
      return `${pct(n('share'), 0)} of the reactions its members received came from inside it, where its size alone gives ${pct(n('expected'), 0)}${q}`;
    case 'templates':
      return n('families') > 0 ? `its members share ${n('families')} comment template${n('families') === 1 ? '' : 's'} (acting together: campaigns share slogans too)` : null;
    default: {
      const figures = Object.entries(e)
        .filter(([key, value]) => key !== 'tell' && (typeof value === 'number' || typeof value === 'string'))
        .map(([key, value]) => `${key} ${String(value)}`);
      return `${e.tell}${figures.length ? `: ${figures.join(', ')}` : ''}`;
    }
  }
}

export function networkView(network: NetworkOut, profile: AnalysisProfile): NetworkView {
  const loose = network as unknown as LooseNetwork;
  const assessment = loose.assessment;
  const judged = typeof assessment === 'object' && assessment !== null ? (assessment as { verdict?: unknown; basis?: unknown; evidence?: unknown }) : null;
  const verdict = String(judged ? judged.verdict : assessment);
  const inside = `${pct(network.internalEngagementShare, 0)} of the support its members received came from inside it`;
  const templates = network.templates > 0 ? [`its members share ${network.templates} comment template${network.templates === 1 ? '' : 's'} (copy-paste families)`] : [];
  let reasons: string[];
  let otherTests: string[] = [];
  let notInauthentic: string;
  if (judged && Array.isArray(judged.evidence)) {
    const tells = (judged.evidence as GroupTellOut[]).filter((e) => e && typeof e.tell === 'string');
    const words = (list: GroupTellOut[]) => list.map((e) => groupTellText(e, profile)).filter((r): r is string => r !== null);
    reasons = words(tells.filter((e) => e.passed));
    otherTests = words(tells.filter((e) => !e.passed));
    const basis = Array.isArray(judged.basis) ? (judged.basis as string[]) : [];
    if (verdict === 'inauthentic' && basis.length > 0) {
      reasons.unshift(`judged as a group on ${networkBasisText(basis.join('+'))}: ${count(loose.attached ?? network.inauthentic, 'account')} firmly tied to it carry the verdict, its members or not (${network.inauthentic} of its ${network.size} members judged inauthentic)`);
    }
    if (verdict === 'undetermined') reasons.push(`undetermined: the pooled evidence is too thin or rests on one tell, and membership decides nothing (${network.inauthentic} of ${network.size} members judged inauthentic on their own evidence)`);
    notInauthentic = 'Not judged inauthentic: it acts together, but on the citizens’ clock, without Pages posing as people or a pool of shared names. A campaign acts together too.';
  } else {
    const separating = loose.withSeparatingEvidence ?? 0;
    reasons = [
      `${network.inauthentic} of its ${network.size} members are judged inauthentic and ${network.suspicious} suspicious, on their own evidence; ${separating} ${separating === 1 ? 'shows' : 'show'} more than acting together (a Page posing as a person, office shifts, stock names)`,
      inside,
      ...templates,
    ];
    notInauthentic = 'Not judged inauthentic: none of its members is, and at most one in ten shows more than acting together (no Page posing as a person, office shifts or stock names). A campaign acts together too.';
  }
  switch (verdict) {
    case 'inauthentic':
      return { verdict, label: 'likely inauthentic', tone: 'alert', reasons, otherTests };
    case 'coordinated-authentic':
      return { verdict, label: 'coordinated but authentic', tone: 'neutral', reasons: [...reasons, notInauthentic], otherTests };
    case 'coordinated-closed':
      return {
        verdict,
        label: 'undetermined: coordinated and closed',
        tone: 'open',
        reasons: [...reasons, 'Its support comes almost only from inside, as Meta described the 2020 network; but no member shows more than acting together, so the export cannot tell it from a tight campaign: no account is judged on this alone.'],
        otherTests,
      };
    case 'mixed':
      return { verdict, label: 'mixed: some members likely inauthentic', tone: 'open', reasons, otherTests };
    case 'undetermined':
      return { verdict, label: 'undetermined', tone: 'open', reasons, otherTests };
    default:
      return { verdict, label: verdict, tone: 'open', reasons, otherTests };
  }
}

export function differenceText(d: import('../compare.js').Difference): string {
  switch (d.kind) {
    case 'verdict':
      return `account ${d.id}: ${d.expected} → ${d.actual}`;
    case 'account-missing':
      return `account ${d.id}: was ${d.expected}, now absent`;
    case 'account-added':
      return `account ${d.id}: new, ${d.actual}`;
    case 'share':
      return `${d.postId === 'overall' ? 'overall' : `post ${d.postId}`}: ${d.field} ${pct(d.expected)} → ${pct(d.actual)} (${d.actual >= d.expected ? '+' : ''}${((d.actual - d.expected) * 100).toFixed(1)} points)`;
    case 'post-missing':
      return `post ${d.postId}: expected, now absent`;
    case 'post-added':
      return `post ${d.postId}: new`;
    case 'figure':
      return `${d.path}: ${d.expected} → ${d.actual}`;
  }
}

export interface MethodSection {
  title: string;
  paragraphs: string[];
  items: string[];
}

/** The method note, generated from the run: the same words in the HTML and Markdown reports. */
export function methodSections(result: ScanResult, signals: { id: string; family: string; rationale: string }[]): MethodSection[] {
  const o = result.meta.options;
  const v = o.verdict;
  // The network options as recorded; a result written before an option existed lacks it, and its default (read from
  // the signal's own schema, not written again here) is what that scan used.
  const networkOptions = { ...networkMember.options.parse({}), ...(o.signals['network-member'] ?? {}) } as NetworkMemberOptions;
  return [
    {
      title: 'Signals',
      paragraphs: [],
      items: signals.map((s) => {
        const state = result.meta.signals.find((x) => x.id === s.id);
        const off = state && !state.available ? ` (${unavailableText(s.id, state.unavailableReason!)})` : '';
        return `${s.id} (${s.family}): ${s.rationale}${off}`;
      }),
    },
    {
      title: 'Verdict rule',
      paragraphs: [
        `Per signal the strongest evidence counts; the coordination signals (network engagement, co-commenting, copy-paste) count together as one, because a campaign acts together too. Pieces combine as independent: score = 1 − Π(1 − s). Inauthentic: one piece of separating evidence ≥ ${v.strongEvidence} (strong; coordination never is), or at least ${v.minSignals} pieces ≥ ${v.supportingStrength}, one of them separating (a Page posing as a person, shift hours, stock names, support that stays inside a coordinated group, templates shared with Pages posing as people, membership of a network judged inauthentic as a whole), with score ≥ ${v.inauthenticScore}. Suspicious: score ≥ ${v.suspiciousScore}. No single weak signal can make an account inauthentic.`,
        `Networks are judged before their members: each coordinated group (co-commenting, shared templates, a repertoire of shared slogans, reactions exchanged both ways) is tested as a whole against the page's other commenters (the accounts in no group, less those an earlier pass attached to a network judged inauthentic: a network's loners are not the page's citizens; up to ${networkOptions.yardstickPasses} passes) — Pages with a person's name in excess (binomial, at least ${networkOptions.minPagesRatio}× their share and at least ${Math.round(100 * networkOptions.minPagesShare)}% of the group), comments in the shift on the same posts and a lunch dip (comments clustered by post and hour), a pool of shared names — with the false discovery rate controlled across groups (Benjamini–Hochberg; ${networkOptions.alpha}, a pool of names ${networkOptions.namesAlpha}: beside a daytime clock, which students keep too, it is what tells a network from a campaign). A group is inauthentic on Pages posing as people, or on the shift with a second tell; one tell alone leaves it undetermined, acting together alone leaves it coordinated but authentic. Its verdict reaches the accounts firmly tied to it (at least two independent ties beyond timing, or one and hours that fit the network's clock at least ${networkOptions.minClockTie} times better than the page's, or likes that fit its likes at least ${networkOptions.minEngagementTie} times better), as separating evidence that still needs a second piece of the account's own. For a member with a few comments that piece can be its own hours, pooled with its network's: the in-shift share of its occasions under a beta-binomial fitted to the rest of the network against one fitted to the page's other commenters, a Bayes factor of at least ${networkOptions.minClockFit} (strong on Kass and Raftery's scale) when the network was judged on its shift.${networkOptions.sessionMaxMinutes > 0 ? ` Or it can be its sittings: its comments that fell within minutes (windows of 1 to ${networkOptions.sessionMaxMinutes}, Bonferroni over them) of a comment on the same post by the network's Pages posing as people, members whose hours fit its clock or members that exchanged reactions with it (not the comment it answers nor a reply to it), more often than the page's other commenters' comments on the same posts did (Poisson-binomial, false discovery rate ${networkOptions.sessionAlpha} across the attached accounts tested).` : ''} Where the export lists reactions, it can be its likes, pooled the same way: the share of the supportive reactions it received that came from the networks' members and the share of those it gave that went to them, each a Bayes factor of the network's beta-binomial against the page's, the smaller at least ${networkOptions.minEngagementFit}.${networkOptions.clockAgainst > 0 ? ` A membership resting on likes (reactions exchanged, or likes that fit) is weak, and no seed of the network's sittings, where its network was judged on its shift and the member's own hours (read for the members of its group) fit the page's clock at least ${networkOptions.clockAgainst} times better than the network's (substantial on Jeffreys' scale): likes are what the government's sincere supporters give the brigade and get back.` : ''}`,
      ],
      items: [],
    },
    {
      title: 'Shares and intervals',
      paragraphs: [
        `Top ${o.top} ${o.includeReplies ? 'comments' : 'top-level comments'} per post, ranked by ${o.rank}; the share counts comments from accounts judged inauthentic, with a 95% Wilson score interval; suspicious accounts give an upper bound. The top N is the whole ranked list, not a sample: the main error is misclassification, which brigade sample and brigade eval measure on hand labels.`,
      ],
      items: [],
    },
    {
      title: 'Parameters',
      paragraphs: [
        `Profile ${o.profile.name}: shift ${describeShift(o.profile)}; times without zone read as ${o.inputTz}. brigade ${result.meta.version}; the suspects settled after ${result.meta.rounds} round(s)${result.meta.converged ? '' : ' (did not converge; the last round is reported)'}. Every option is recorded in the JSON result (meta.options), and brigade reproduce re-runs it.`,
      ],
      items: [],
    },
    {
      title: 'Caveats',
      paragraphs: [],
      items: [
        'Coordination is not attribution: this report shows evidence of coordinated inauthentic behaviour in the export; who runs a network needs evidence from outside it.',
        'What the export cannot show is not measured: profile photos, Page creation dates, mass reporting, deleted comments.',
        '09:00–18:00 in Baku is 08:00–17:00 in Istanbul or Moscow: timing alone cannot place an operator. Holidays are not excluded from the working week.',
        'Names and texts in this report were written by the people under investigation.',
      ],
    },
  ];
}
