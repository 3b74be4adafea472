import { BadRow, blankRecord, EXCEL_MANGLED, field, type RowOutcome } from '../table.js';
import { parseTime } from '../time.js';
import type { CommentFormat } from './format.js';
import { decodeApifyId } from './json-others.js';

const COLUMNS = ['id', 'date', 'text', 'profileid', 'profilename', 'profileurl', 'likescount', 'commentscount', 'threadingdepth', 'facebookurl'] as const;

/** Apify facebook-comments-scraper exported as CSV (nested keys flattened with `/`): as its JSON. */
export const apifyCsv: CommentFormat = {
  name: 'apify-facebook-comments-csv',
  description: 'Apify facebook-comments-scraper CSV export (base64 ids decoded, counts coerced)',
  needs: 'facebookUrl, id, date, profileName or profileId',
  columns: COLUMNS,
  required: [['facebookurl'], ['id'], ['date'], ['profilename', 'profileid']],
  recognisedBy: [['facebookurl'], ['id'], ['date'], ['profilename', 'profileid']],
  reader({ file, inputZone, context, sink }) {
    let at: Record<(typeof COLUMNS)[number], number> | undefined;
    let mangled = 0;
    const record = blankRecord();
    const convert = (fields: string[]): RowOutcome => {
      const c = at!;
      const ids = decodeApifyId(field(fields, c.id).trim());
      if (!ids) throw new BadRow('id', 'not an Apify comment id (base64 of comment:<post>_<comment>)');
      const authorId = field(fields, c.profileid).trim();
      const authorName = field(fields, c.profilename).trim();
      if (!authorId && !authorName) throw new BadRow('profileId', 'profileId and profileName are both empty');
      if (EXCEL_MANGLED.test(authorId)) mangled++;
      const time = parseTime(field(fields, c.date), inputZone);
      if (!time.ok) throw new BadRow('date', time.reason);
      const likes = Number(field(fields, c.likescount).trim() || 0);
      record.commentId = ids.commentId;
      record.postId = ids.postId;
      record.parentId = Number(field(fields, c.threadingdepth) || 0) > 0 ? 'unknown-parent' : '';
      record.authorId = authorId;
      record.authorName = authorName;
      record.authorUrl = field(fields, c.profileurl).trim();
      record.createdMs = time.ms;
      record.text = field(fields, c.text);
      record.likeCount = Number.isFinite(likes) && likes >= 0 ? Math.round(likes) : 0;
      return sink.add(record) ? 'used' : 'duplicate';
    };
    return {
      prepare(index) {
        at = Object.fromEntries(COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
        return { format: 'apify-facebook-comments-csv', convert };
      },
      finish() {
        if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
      },
    };
  },
};
