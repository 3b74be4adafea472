import { basename } from 'node:path';
import { InputError, NotCommentsError } from '../../errors.js';
import type { ZoneClock } from '../../model/clock.js';
import { readRows } from '../table.js';
import type { CommentSink, FilePost, FileReport, IngestContext } from '../types.js';
import { xlsxFormatName } from '../xlsx.js';
import { canonicalComments, REACTION_COLUMNS } from './canonical.js';
import { apifyCsv } from './apify-csv.js';
import { exportComments } from './exportcomments.js';
import { facepager } from './facepager.js';
import { graphApiJson } from './graph-api.js';
import { apify, downloadYourInformation, kevinzg, metaContentLibraryJson, youtube, type JsonFormat } from './json-others.js';
import { metaContentLibrary } from './meta-content-library.js';
import { minimaxir } from './minimaxir.js';
import { columnGroupsText, headerHas, type CommentFormat, type FormatListing } from './format.js';

/** Rows searched for a header behind a preamble. */
export const PREAMBLE_ROWS = 15;

/** Every comment table format (CSV, TSV, an XLSX's first worksheet), most specific first: the first whose header matches reads the file. */
export const COMMENT_FORMATS: readonly CommentFormat[] = [facepager, metaContentLibrary, minimaxir, exportComments, apifyCsv, canonicalComments];

/** Every JSON comment format, in the order tried: the first that recognises a document reads it; the Graph API's loose shapes last. */
export const JSON_FORMATS: readonly JsonFormat[] = [apify, youtube, downloadYourInformation, kevinzg, metaContentLibraryJson, graphApiJson];

/** The reactions export read by --reactions (README "Input"): recognised inside a folder too. */
const REACTIONS_HEADER = [['comment_id'], ['reactor_id', 'reactor_name']];
export function isReactionsHeader(index: Map<string, number>): boolean {
  return headerHas(REACTIONS_HEADER, index);
}

/** A CrowdTangle posts export: recognised so that it is refused with a reason, not read as comments. */
const CROWDTANGLE_HEADER = [['page name', 'group name'], ['post created'], ['comments']];

/**
 * What `brigade formats` lists, in the order the readers try them, built from the registries above
 * and the readers' own recognition data: a format read is a format listed.
 */
export function formatListings(): FormatListing[] {
  const table = (f: CommentFormat, name = f.name, where = 'a CSV header'): FormatListing => ({
    name,
    description: f.description,
    needs: f.needs,
    reads: f.columns,
    detected: `${where} with ${columnGroupsText(f.recognisedBy)}`,
  });
  return [
    ...COMMENT_FORMATS.map((f) => table(f)),
    {
      ...table(exportComments, xlsxFormatName(exportComments.name), 'an XLSX workbook (a zip file) whose first worksheet has a header'),
      description: `exportcomments.com XLSX export: the first worksheet, read as ${exportComments.name} (any table format above saved as XLSX is read so too, named …-xlsx); needs the optional package read-excel-file`,
    },
    ...JSON_FORMATS.map(({ name, description, needs, reads, detected }) => ({ name, description, needs, reads, detected })),
    {
      name: 'crowdtangle',
      description: 'refused: CrowdTangle post exports hold posts and comment counts, no comments (checked before the table formats)',
      needs: '',
      reads: [],
      detected: `a CSV header with ${columnGroupsText(CROWDTANGLE_HEADER)}`,
    },
    {
      name: 'canonical-reactions-csv',
      description: 'who reacted to which comment (with --reactions, or inside a folder)',
      needs: columnGroupsText(REACTIONS_HEADER),
      reads: REACTION_COLUMNS,
      detected: `given with --reactions; inside a folder, a CSV header with ${columnGroupsText(REACTIONS_HEADER)} that no comment format matches`,
    },
  ];
}

/**
 * The post a URL names: the story_fbid/fbid/v parameter, else the last all-digit path segment
 * (`/posts/123…`, `/videos/123…/`); undefined for a pfbid or any URL without one.
 */
export function postIdOfUrl(url: string): string | undefined {
  const param = /[?&](?:story_fbid|fbid|v)=(\d{5,})/.exec(url)?.[1];
  if (param) return param;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const segments = path.split('/').filter((s) => /^\d{5,}$/.test(s));
  return segments.at(-1);
}

/** The file's own post, from its name; a preamble's Source URL refines it when found. */
export function filePostOf(name: string): FilePost {
  return { id: basename(name), from: 'file-name', rows: 0 };
}

/** "Source URL", "https://…" in a preamble row (exportcomments.com writes it in the first rows). */
function sourceUrlOfPreamble(row: string[]): string | undefined {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  const at = cells.findIndex((c) => /^source\s*url:?$/i.test(c));
  const url = at >= 0 ? cells[at + 1] : undefined;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * Reads one comment table in whatever known format its header shows; an unknown one is an error
 * (exit 2), never a fallback. A file that is something else (a reactions export, a labelling sheet,
 * another table) raises NotCommentsError before any row is taken, so a folder scan can skip it.
 * `name` is the file as the user knows it (the workbook of a converted sheet, `-` for stdin).
 */
export async function readComments(file: string, fileIndex: number, inputZone: ZoneClock, context: IngestContext, sink: CommentSink, name = file): Promise<FileReport> {
  let active: ReturnType<CommentFormat['reader']> | undefined;
  let firstRow: string[] | undefined;
  let rowsTried = 0;
  const filePost = filePostOf(name);
  const read = readRows(file, 'comments', context, (index, header) => {
    firstRow ??= header;
    rowsTried++;
    if (headerHas(CROWDTANGLE_HEADER, index)) {
      throw new NotCommentsError(
        file,
        'not-a-comment-export',
        'this is a CrowdTangle export: it lists posts, and its "Comments" column is only a count — it holds no comment and no commenter. Export the comments themselves (Graph API, Facepager or Meta Content Library)',
        'a CrowdTangle posts export',
      );
    }
    const absent = absentMapColumns(context.columnMap, (column) => index.has(column));
    for (const [fieldName, columnName] of Object.entries(context.columnMap ?? {})) {
      const position = index.get(columnName.toLowerCase());
      if (position !== undefined) index.set(fieldName, position);
    }
    // Some exporters (exportcomments.com) write a few preamble rows before the header: a preamble row
    // holds a label and a value or two ("Source URL", "https://…"), never a header's many names.
    const preambleRow = rowsTried < PREAMBLE_ROWS && header.filter((h) => h !== '').length <= 2;
    if (preambleRow) {
      const url = sourceUrlOfPreamble(header);
      if (url) {
        const id = postIdOfUrl(url);
        Object.assign(filePost, id ? { id, from: 'source-url-post-id' } : { id: url, from: 'source-url' });
      }
    }
    // A labelling sheet of `brigade sample` has the canonical columns and a label: it is not more comments.
    if (index.has('label') && (index.has('author_id') || index.has('account_id')) && !context.formatHint) {
      const sheet = index.has('author_id');
      throw new NotCommentsError(
        file,
        'labelling-sheet',
        `this is a labels file (it has a label column)${sheet ? ': pass it to brigade eval --labels' : ''}`,
        sheet ? 'a labelling sheet: pass it to brigade eval --labels' : `columns ${header.join(', ')}`,
      );
    }
    const hinted = context.formatHint ? COMMENT_FORMATS.find((f) => f.name === context.formatHint) : undefined;
    if (hinted && !headerHas(hinted.recognisedBy, index)) {
      if (preambleRow) return null;
      throw new InputError(file, `--format-hint ${hinted.name}: the header lacks what it needs (${hinted.needs}); found ${header.map((h) => JSON.stringify(h)).join(', ')}`, 1);
    }
    const format = hinted ?? COMMENT_FORMATS.find((f) => headerHas(f.recognisedBy, index));
    if (!format && preambleRow) return null;
    if (!format && isReactionsHeader(index)) {
      throw new NotCommentsError(file, 'reactions', 'this is a reactions export (comment_id, reactor_id…): pass it with --reactions', 'a reactions export');
    }
    if (!format) throw unknownFormat(file, firstRow, context.columnMap);
    // A --map whose column this header lacks (a typo) would otherwise be ignored without a word.
    if (absent.length > 0) context.warnings.push({ code: 'map-column-absent', file: name, args: { maps: absent.map(([field, column]) => `${field}=${column}`).join(' '), count: absent.length } });
    active = format.reader({ file, fileIndex, inputZone, context, sink, filePost });
    return active.prepare(index, header);
  });
  let report: FileReport;
  try {
    report = await read;
  } catch (error) {
    // Every row looked like a preamble: the header was never found.
    if (error instanceof InputError && error.detail === 'the file has no header row' && firstRow) throw unknownFormat(file, firstRow, context.columnMap);
    // Unparseable before any header matched: whatever it is, it is not a comment export.
    if (!active && error instanceof InputError && !(error instanceof NotCommentsError) && /^unreadable CSV|^a field is larger/.test(error.detail)) {
      throw new NotCommentsError(file, 'not-a-comment-export', error.detail, 'not a readable table');
    }
    throw error;
  }
  active?.finish();
  if (filePost.rows > 0) report.post = filePost;
  return report;
}

/** The --map entries [field, column] whose column a header lacks (`has` is asked the column lower-cased, as headers are indexed). */
function absentMapColumns(columnMap: Record<string, string> | undefined, has: (column: string) => boolean): [string, string][] {
  return Object.entries(columnMap ?? {}).filter(([, column]) => !has(column.toLowerCase()));
}

/**
 * The closest format (most of its columns present) names what the header lacks — "no created_at
 * column: found …" — then every format follows with what it needs.
 */
function unknownFormat(file: string, firstRow: string[], columnMap?: Record<string, string>): NotCommentsError {
  const present = new Set(firstRow.map((h) => h.toLowerCase()));
  // A --map naming a column the header does not have is the likeliest reason (a typo): said first.
  const absent = absentMapColumns(columnMap, (column) => present.has(column));
  const mapNote = absent.length > 0 ? `--map ${absent.map(([field, column]) => `${field}=${column}`).join(' ')}: the header has no column ${absent.map(([, column]) => JSON.stringify(column)).join(' or ')}; ` : '';
  const ranked = [...COMMENT_FORMATS]
    .map((f) => ({ f, overlap: f.columns.filter((c) => present.has(c)).length }))
    .sort((a, b) => b.overlap - a.overlap);
  const found = firstRow.map((h) => JSON.stringify(h)).join(', ') || '(none)';
  const closest = ranked[0]!;
  const missing = closest.f.required.filter((alternatives) => !alternatives.some((c) => present.has(c)));
  const lead =
    closest.overlap > 0 && missing.length > 0
      ? `no ${missing.map((a) => a.join(' or ')).join(', no ')} column${missing.length > 1 ? 's' : ''} (${closest.f.name} needs ${closest.f.needs}): found ${found}. Other formats: `
      : `unknown format; found columns ${found}. Closest formats: `;
  return new NotCommentsError(
    file,
    'not-a-comment-export',
    mapNote +
      lead +
      ranked.slice(closest.overlap > 0 && missing.length > 0 ? 1 : 0).map(({ f, overlap }) => `${f.name} (${overlap} of its columns present; needs ${f.needs})`).join('; ') +
      (absent.length > 0 ? '. Map only columns the header has, or force a format with --format-hint.' : '. Force one with --format-hint, or map columns with --map field=column.'),
    `a table with columns ${firstRow.slice(0, 8).join(', ')}${firstRow.length > 8 ? ', …' : ''}`,
  );
}
