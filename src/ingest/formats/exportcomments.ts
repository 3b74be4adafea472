import type { CsvRow } from '../csv-table.js';
import { BadRow, EXCEL_MANGLED, field, parseCount, type RowOutcome, blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import type { CommentFormat } from './format.js';
import { postOrFile } from '../types.js';

/**
 * exportcomments.com CSV: up to ~6 preamble rows, then `Name (click to view profile)` (newer: `Name`),
 * `Profile ID`, `Date` (no zone: the job's zone, UTC by default — read in --input-tz and warned),
 * `Likes`, `Comment`, sometimes `Comment Permalink`/`URL`. One export is one post; no threading, no Page flag.
 */
const NAME = ['name (click to view profile)', 'name'];
const COLUMNS = ['name (click to view profile)', 'name', 'profile id', 'date', 'likes', 'comment', 'comment permalink', 'url'] as const;

export const exportComments: CommentFormat = {
  name: 'exportcomments-csv',
  description: 'exportcomments.com CSV export (preamble rows allowed; one post per file)',
  needs: 'Name (click to view profile) or Name, Date, Comment',
  columns: COLUMNS,
  required: [NAME, ['date'], ['comment']],
  preamble: true,
  recognisedBy: [['date'], ['comment'], NAME],
  reader({ file, fileIndex, inputZone, context, sink, filePost }) {
    let at: Record<(typeof COLUMNS)[number], number> | undefined;
    let zoneless = 0, mangled = 0;
    const record = blankRecord();
    const convert = (fields: string[], row: CsvRow): RowOutcome => {
      const c = at!;
      const name = field(fields, c['name (click to view profile)'] >= 0 ? c['name (click to view profile)'] : c.name).trim();
      // Some exports prefix the id with text ("Profile: 1000…"): the id is the last word.
      const profileId = field(fields, c['profile id']).trim().split(/\s+/).pop() ?? '';
      if (!name && !profileId) throw new BadRow('Name', 'name and profile id are both empty');
      if (EXCEL_MANGLED.test(profileId)) mangled++;
      const time = parseTime(field(fields, c.date), inputZone);
      if (!time.ok) throw new BadRow('Date', time.reason);
      if (time.zoneless) zoneless++;
      const permalink = field(fields, c['comment permalink'] >= 0 ? c['comment permalink'] : c.url).trim();
      const commentId = /comment_id=(\d+)/.exec(permalink)?.[1];
      record.commentId = commentId ?? `${fileIndex}:${row.line}`;
      // One export is one post, and its rows do not name it.
      record.postId = postOrFile('', filePost);
      record.authorId = profileId;
      record.authorName = name;
      record.createdMs = time.ms;
      record.text = field(fields, c.comment);
      record.likeCount = parseCount(field(fields, c.likes), 'Likes');
      return sink.add(record) ? 'used' : 'duplicate';
    };
    return {
      prepare(index) {
        at = Object.fromEntries(COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
        return { format: 'exportcomments-csv', convert };
      },
      finish() {
        if (zoneless > 0) context.warnings.push({ code: 'zoneless-times', file, args: { rows: zoneless, zone: inputZone.zone } });
        if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
      },
    };
  },
};
