import { InputError } from '../../errors.js';
import type { ZoneClock } from '../../model/clock.js';
import { readRows } from '../table.js';
import type { CommentSink, FileReport, IngestContext } from '../types.js';
import { canonicalComments } from './canonical.js';
import { facepager } from './facepager.js';
import { metaContentLibrary } from './meta-content-library.js';
import { minimaxir } from './minimaxir.js';
import type { CommentFormat } from './format.js';

/** Every comment format, most specific first: the first whose header matches reads the file. */
export const COMMENT_FORMATS: readonly CommentFormat[] = [facepager, metaContentLibrary, minimaxir, canonicalComments];

/** Reads one comment table in whatever known format its header shows; an unknown one is an error (exit 2), never a fallback. */
export async function readComments(file: string, fileIndex: number, inputZone: ZoneClock, context: IngestContext, sink: CommentSink): Promise<FileReport> {
  let active: ReturnType<CommentFormat['reader']> | undefined;
  const report = await readRows(file, 'comments', context, (index, header) => {
    if ((index.has('page name') || index.has('group name')) && index.has('post created') && index.has('comments')) {
      throw new InputError(
        file,
        'this is a CrowdTangle export: it lists posts, and its "Comments" column is only a count — it holds no comment and no commenter. Export the comments themselves (Graph API, Facepager or Meta Content Library)',
        1,
      );
    }
    const format = COMMENT_FORMATS.find((f) => f.matches(index));
    if (!format) {
      throw new InputError(
        file,
        `unknown format; found columns ${header.map((h) => JSON.stringify(h)).join(', ') || '(none)'}. Known formats: ` +
          COMMENT_FORMATS.map((f) => `${f.name} (needs ${f.needs})`).join('; '),
        1,
      );
    }
    active = format.reader({ file, fileIndex, inputZone, context, sink });
    return active.prepare(index, header);
  });
  active?.finish();
  return report;
}
