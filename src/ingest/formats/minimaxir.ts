import { BadRow, field, parseCount, type RowOutcome, blankRecord } from '../table.js';
import { ZoneClock } from '../../model/clock.js';
import { parseTime } from '../time.js';
import type { CommentFormat } from './format.js';
import { postOrFile } from '../types.js';

const COLUMNS = ['comment_id', 'status_id', 'parent_id', 'comment_message', 'comment_author', 'comment_published', 'num_likes'] as const;

/** The scraper writes `comment_published` as UTC shifted by −5 h (its author's Eastern time): read it at −05:00. */
const SCRAPER_ZONE = new ZoneClock('Etc/GMT+5');

/** minimaxir/facebook-page-post-scraper comment CSV: authors by name only, no Page flag. */
export const minimaxir: CommentFormat = {
  name: 'minimaxir-csv',
  description: 'minimaxir facebook-page-post-scraper comments CSV (times corrected from its −5 h shift)',
  needs: 'comment_id, status_id, comment_author, comment_published',
  columns: COLUMNS,
  required: [['comment_id'], ['status_id'], ['comment_author'], ['comment_published']],
  recognisedBy: [['status_id'], ['comment_published'], ['comment_author']],
  reader({ context, file, sink, filePost }) {
    let at: Record<(typeof COLUMNS)[number], number> | undefined;
    const record = blankRecord();
    const convert = (fields: string[]): RowOutcome => {
      const c = at!;
      const name = field(fields, c.comment_author).trim();
      if (!name) throw new BadRow('comment_author', 'empty author');
      const time = parseTime(field(fields, c.comment_published), SCRAPER_ZONE);
      if (!time.ok) throw new BadRow('comment_published', time.reason);
      record.commentId = field(fields, c.comment_id).trim();
      if (!record.commentId) throw new BadRow('comment_id', 'empty comment id');
      record.postId = postOrFile(field(fields, c.status_id).trim(), filePost);
      record.parentId = field(fields, c.parent_id).trim();
      record.authorName = name;
      record.createdMs = time.ms;
      record.text = field(fields, c.comment_message);
      record.likeCount = parseCount(field(fields, c.num_likes), 'num_likes');
      return sink.add(record) ? 'used' : 'duplicate';
    };
    return {
      prepare(index) {
        at = Object.fromEntries(COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
        return { format: 'minimaxir-csv', convert };
      },
      finish() {
        context.warnings.push({ code: 'author-by-name', file, args: {} });
      },
    };
  },
};
