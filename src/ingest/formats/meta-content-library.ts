import { BadRow, EXCEL_MANGLED, field, parseCount, type RowOutcome, blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import type { CommentFormat } from './format.js';
import { postOrFile } from '../types.js';

const COLUMNS = [
  'id', 'post_id', 'parent_comment_id', 'text', 'creation_time', 'owner.id', 'owner.username', 'owner.name', 'owner.type',
  'statistics.like_count', 'statistics.comment_count', 'statistics.top_level_reply_count',
] as const;

/**
 * Meta Content Library comments, flattened to CSV inside the Secure Research Environment. The only
 * export that says outright whether a commenter is a Page: `owner.type` page / profile (`private`
 * → unknown). Ids are MCL ids and exceed 2^53. Times carry no zone: read in --input-tz (UTC).
 */
export const metaContentLibrary: CommentFormat = {
  name: 'meta-content-library-csv',
  description: 'Meta Content Library comments, flattened CSV (owner.type says Page or profile)',
  needs: 'id, post_id, creation_time, owner.id or owner.name',
  columns: COLUMNS,
  required: [['id'], ['post_id'], ['creation_time'], ['owner.id', 'owner.name']],
  recognisedBy: [['creation_time'], ['post_id'], ['owner.id', 'owner.name']],
  reader({ file, inputZone, context, sink, filePost }) {
    let at: Record<(typeof COLUMNS)[number], number> | undefined;
    let mangled = 0;
    let zoneless = 0;
    const record = blankRecord();
    const convert = (fields: string[]): RowOutcome => {
      const c = at!;
      const id = field(fields, c.id).trim();
      if (!id) throw new BadRow('id', 'empty comment id');
      const authorId = field(fields, c['owner.id']).trim();
      const authorName = field(fields, c['owner.name']).trim() || field(fields, c['owner.username']).trim();
      if (!authorId && !authorName) throw new BadRow('owner.id', 'owner.id and owner.name are both empty');
      if (EXCEL_MANGLED.test(authorId)) mangled++;
      const time = parseTime(field(fields, c.creation_time), inputZone);
      if (!time.ok) throw new BadRow('creation_time', time.reason);
      if (time.zoneless) zoneless++;
      const type = field(fields, c['owner.type']).trim().toLowerCase();
      record.commentId = id;
      record.postId = postOrFile(field(fields, c.post_id).trim(), filePost);
      record.parentId = field(fields, c.parent_comment_id).trim();
      record.authorId = authorId;
      record.authorName = authorName;
      record.authorType = type === 'page' ? 'page' : type === 'profile' ? 'profile' : 'unknown';
      record.createdMs = time.ms;
      record.text = field(fields, c.text);
      record.likeCount = parseCount(field(fields, c['statistics.like_count']), 'statistics.like_count');
      record.replyCount = c['statistics.top_level_reply_count'] >= 0 ? parseCount(field(fields, c['statistics.top_level_reply_count']), 'statistics.top_level_reply_count') : -1;
      return sink.add(record) ? 'used' : 'duplicate';
    };
    return {
      prepare(index) {
        at = Object.fromEntries(COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
        return { format: 'meta-content-library-csv', convert };
      },
      finish() {
        if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
        if (zoneless > 0) context.warnings.push({ code: 'zoneless-times', file, args: { rows: zoneless, zone: inputZone.zone } });
      },
    };
  },
};
