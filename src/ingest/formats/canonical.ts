import type { ReactionRecord } from '../../model/types.js';
import type { CsvRow } from '../csv-table.js';
import { BadRow, checkColumns, EXCEL_MANGLED, field, parseAuthorType, parseCount, readRows, type RowOutcome, blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import { postOrFile, type FileReport, type IngestContext, type ReactionSink } from '../types.js';
import type { CommentFormat } from './format.js';

/** The canonical comment CSV (README "Input"). */
export const COMMENT_COLUMNS = [
  'comment_id', 'post_id', 'parent_id', 'author_id', 'author_name', 'author_url', 'author_type',
  'author_category', 'created_at', 'text', 'like_count', 'reply_count',
] as const;
export const REACTION_COLUMNS = ['comment_id', 'reactor_id', 'reactor_name', 'reactor_type', 'reaction_type'] as const;


/** The canonical comment CSV: columns named as in the README, matched case-insensitively. */
export const canonicalComments: CommentFormat = {
  name: 'canonical-csv',
  description: 'brigade\'s own CSV: the columns of the README, any order, any case',
  needs: 'created_at, and author_id or author_name',
  columns: COMMENT_COLUMNS,
  required: [['created_at'], ['author_id', 'author_name']],
  recognisedBy: [['created_at'], ['author_id', 'author_name']],
  reader({ file, fileIndex, inputZone, context, sink, filePost }) {
    let at: Record<(typeof COMMENT_COLUMNS)[number], number> | undefined;
    let zoneless = 0, synthesizedIds = 0, mangled = 0;
    // One record, refilled for every row: the sink copies what it keeps (a million rows, no garbage).
    const record = blankRecord();
    const convert = (fields: string[], row: CsvRow): RowOutcome => {
      const c = at!;
      const authorId = field(fields, c.author_id).trim();
      const authorName = field(fields, c.author_name).trim();
      const authorUrl = field(fields, c.author_url).trim();
      if (!authorId && !authorUrl && !authorName) throw new BadRow('author_id', 'author_id, author_url and author_name are all empty');
      if (EXCEL_MANGLED.test(authorId)) mangled++;
      const time = parseTime(field(fields, c.created_at), inputZone);
      if (!time.ok) throw new BadRow('created_at', time.reason);
      if (time.zoneless) zoneless++;
      let commentId = field(fields, c.comment_id).trim();
      if (!commentId) {
        synthesizedIds++;
        commentId = `${fileIndex}:${row.line}`;
      }
      record.commentId = commentId;
      record.postId = postOrFile(field(fields, c.post_id).trim(), filePost);
      record.parentId = field(fields, c.parent_id).trim();
      record.authorId = authorId;
      record.authorName = authorName;
      record.authorUrl = authorUrl;
      record.authorType = parseAuthorType(field(fields, c.author_type), 'author_type');
      record.authorCategory = field(fields, c.author_category).trim();
      record.createdMs = time.ms;
      record.text = field(fields, c.text);
      record.likeCount = parseCount(field(fields, c.like_count), 'like_count');
      record.replyCount = c.reply_count >= 0 ? parseCount(field(fields, c.reply_count), 'reply_count') : -1;
      return sink.add(record) ? 'used' : 'duplicate';
    };
    return {
      prepare(index, header) {
        checkColumns(file, header, index, COMMENT_COLUMNS, [['created_at'], ['author_id', 'author_name']], context);
        at = Object.fromEntries(COMMENT_COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
        return { format: 'canonical-csv', convert };
      },
      finish() {
        if (at!.like_count < 0) context.warnings.push({ code: 'like-count-absent', file, args: {} });
        if (zoneless > 0) context.warnings.push({ code: 'zoneless-times', file, args: { rows: zoneless, zone: inputZone.zone } });
        if (synthesizedIds > 0) context.warnings.push({ code: 'synthesized-comment-ids', file, args: { rows: synthesizedIds } });
        if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
      },
    };
  },
};

export async function readCanonicalReactions(file: string, context: IngestContext, sink: ReactionSink): Promise<FileReport> {
  let at: Record<(typeof REACTION_COLUMNS)[number], number> | undefined;
  return readRows(file, 'reactions', context, (index, header) => {
    checkColumns(file, header, index, REACTION_COLUMNS, [['comment_id'], ['reactor_id', 'reactor_name']], context);
    at = Object.fromEntries(REACTION_COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
    return { format: 'canonical-reactions-csv', convert };
  });
  function convert(fields: string[]): RowOutcome {
    {
      const c = at!;
      const commentId = field(fields, c.comment_id).trim();
      if (!commentId) throw new BadRow('comment_id', 'empty comment_id');
      const reactorId = field(fields, c.reactor_id).trim();
      const reactorName = field(fields, c.reactor_name).trim();
      if (!reactorId && !reactorName) throw new BadRow('reactor_id', 'reactor_id and reactor_name are both empty');
      const record: ReactionRecord = {
        commentId,
        reactorId,
        reactorName,
        reactorType: parseAuthorType(field(fields, c.reactor_type), 'reactor_type'),
        reactionType: field(fields, c.reaction_type).trim().toLowerCase(),
      };
      return sink.add(record) ? 'used' : 'duplicate';
    }
  }
}
