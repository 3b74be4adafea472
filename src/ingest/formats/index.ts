import { InputError } from '../../errors.js';
import type { ZoneClock } from '../../model/clock.js';
import { readRows } from '../table.js';
import type { CommentSink, FileReport, IngestContext } from '../types.js';
import { canonicalComments } from './canonical.js';
import { apifyCsv } from './apify-csv.js';
import { exportComments } from './exportcomments.js';
import { facepager } from './facepager.js';
import { metaContentLibrary } from './meta-content-library.js';
import { minimaxir } from './minimaxir.js';
import type { CommentFormat } from './format.js';

/** Rows searched for a header behind a preamble. */
const PREAMBLE_ROWS = 15;

/** Every comment format, most specific first: the first whose header matches reads the file. */
export const COMMENT_FORMATS: readonly CommentFormat[] = [facepager, metaContentLibrary, minimaxir, exportComments, apifyCsv, canonicalComments];

/** Reads one comment table in whatever known format its header shows; an unknown one is an error (exit 2), never a fallback. */
export async function readComments(file: string, fileIndex: number, inputZone: ZoneClock, context: IngestContext, sink: CommentSink): Promise<FileReport> {
  let active: ReturnType<CommentFormat['reader']> | undefined;
  let firstRow: string[] | undefined;
  let rowsTried = 0;
  const read = readRows(file, 'comments', context, (index, header) => {
    firstRow ??= header;
    rowsTried++;
    if ((index.has('page name') || index.has('group name')) && index.has('post created') && index.has('comments')) {
      throw new InputError(
        file,
        'this is a CrowdTangle export: it lists posts, and its "Comments" column is only a count — it holds no comment and no commenter. Export the comments themselves (Graph API, Facepager or Meta Content Library)',
        1,
      );
    }
    for (const [fieldName, columnName] of Object.entries(context.columnMap ?? {})) {
      const position = index.get(columnName.toLowerCase());
      if (position !== undefined) index.set(fieldName, position);
    }
    // Some exporters (exportcomments.com) write a few preamble rows before the header: a preamble row
    // holds a label and a value or two ("Source URL", "https://…"), never a header's many names.
    const preambleRow = rowsTried < PREAMBLE_ROWS && header.filter((h) => h !== '').length <= 2;
    const hinted = context.formatHint ? COMMENT_FORMATS.find((f) => f.name === context.formatHint) : undefined;
    if (hinted && !hinted.matches(index)) {
      if (preambleRow) return null;
      throw new InputError(file, `--format-hint ${hinted.name}: the header lacks what it needs (${hinted.needs}); found ${header.map((h) => JSON.stringify(h)).join(', ')}`, 1);
    }
    const format = hinted ?? COMMENT_FORMATS.find((f) => f.matches(index));
    if (!format && preambleRow) return null;
    if (!format) throw unknownFormat(file, firstRow);
    active = format.reader({ file, fileIndex, inputZone, context, sink });
    return active.prepare(index, header);
  });
  let report: FileReport;
  try {
    report = await read;
  } catch (error) {
    // Every row looked like a preamble: the header was never found.
    if (error instanceof InputError && error.detail === 'the file has no header row' && firstRow) throw unknownFormat(file, firstRow);
    throw error;
  }
  active?.finish();
  return report;
}

/** The formats closest to a header (most of their columns present) first, each with what it needs. */
function unknownFormat(file: string, firstRow: string[]): InputError {
  const present = new Set(firstRow.map((h) => h.toLowerCase()));
  const ranked = [...COMMENT_FORMATS]
    .map((f) => ({ f, overlap: f.columns.filter((c) => present.has(c)).length }))
    .sort((a, b) => b.overlap - a.overlap);
  return new InputError(
    file,
    `unknown format; found columns ${firstRow.map((h) => JSON.stringify(h)).join(', ') || '(none)'}. Closest formats: ` +
      ranked.map(({ f, overlap }) => `${f.name} (${overlap} of its columns present; needs ${f.needs})`).join('; ') +
      '. Force one with --format-hint, or map columns with --map field=column.',
    1,
  );
}
