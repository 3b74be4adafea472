import { InputError } from '../../errors.js';
import type { CsvRow } from '../csv-table.js';
import { BadRow, EXCEL_MANGLED, field, parseCount, type RowOutcome, blankRecord } from '../table.js';
import { parseTime } from '../time.js';
import type { CommentFormat } from './format.js';

const COLUMNS = ['level', 'id', 'parent_id', 'object_id', 'object_type', 'query_type', 'path', 'message', 'created_time', 'like_count', 'comment_count', 'from.id', 'from.name', 'parent.id'] as const;

/**
 * Facepager (strohne/Facepager) CSV exports of Graph API comments, "All nodes" and "Selected nodes".
 * Comments are `data` rows fetched by a `…/comments` query; seeds, offcuts and posts are skipped.
 * The post of a comment is its Facepager parent node's object_id (or, when that node is not in the
 * file, the path's second-to-last step). Since Graph v11 without a moderating token the comment id
 * is withheld and Facepager writes the post id into object_id: such ids are replaced by the node id,
 * and counted in a warning.
 */
/**
 * A node id as a map key: Facepager's node ids are its database's row numbers, and a number is hashed without
 * reading a string (the two node maps hold every row of a million-comment export). Only digits without a
 * leading zero become numbers, so two different ids never meet.
 */
type NodeKey = number | string;
const nodeKey = (id: string): NodeKey => (id.length <= 9 && /^(?:0|[1-9]\d*)$/.test(id) ? Number(id) : id);

export const facepager: CommentFormat = {
  name: 'facepager-csv',
  description: 'Facepager CSV export of Graph API comments (All nodes or Selected nodes; ; or , separated, BOM)',
  needs: 'object_id, object_type, query_type, created_time, and from.id or from.name',
  columns: COLUMNS,
  required: [['object_id'], ['object_type'], ['query_type']],
  recognisedBy: [['object_id'], ['object_type'], ['query_type']],
  reader({ file, inputZone, context, sink }) {
    let at: Record<(typeof COLUMNS)[number], number> | undefined;
    let mangled = 0;
    /** Other nodes (posts, seeds): their object id, the post of the comments under them. */
    const objectOfNode = new Map<NodeKey, string>();
    /** Comment nodes: their post and comment id, so a reply (a node under a comment) finds both. */
    const commentNode = new Map<NodeKey, { postId: string; commentId: string }>();
    let nonUnique = 0;
    const record = blankRecord();
    const convert = (fields: string[], row: CsvRow): RowOutcome => {
      const c = at!;
      const nodeId = field(fields, c.id).trim();
      const node = nodeKey(nodeId);
      const objectId = field(fields, c.object_id).trim();
      const type = field(fields, c.object_type).trim();
      const query = field(fields, c.query_type).trim();
      if (type !== 'data' || !/\/comments$/.test(query)) {
        if (nodeId) objectOfNode.set(node, objectId);
        return 'skipped';
      }
      // A comment node is looked up in commentNode; one that is rejected below is known by its object id, as any node.
      try {
        return comment(fields, row, nodeId, node, objectId);
      } catch (error) {
        if (nodeId && !commentNode.has(node)) objectOfNode.set(node, objectId);
        throw error;
      }
    };
    const comment = (fields: string[], row: CsvRow, nodeId: string, node: NodeKey, objectId: string): RowOutcome => {
      const c = at!;
      const parentNode = nodeKey(field(fields, c.parent_id).trim());
      const path = field(fields, c.path).split('/');
      const parentComment = commentNode.get(parentNode);
      const postId = parentComment?.postId ?? objectOfNode.get(parentNode) ?? (path.length >= 2 ? path[path.length - 2]! : '');
      if (!postId) throw new BadRow('parent_id', 'the post of this comment is neither in the file nor in its path');
      const authorId = field(fields, c['from.id']).trim();
      const authorName = field(fields, c['from.name']).trim();
      if (!authorId && !authorName) throw new BadRow('from.id', 'from.id and from.name are both empty (the Graph API withholds people without a Page token)');
      if (EXCEL_MANGLED.test(authorId)) mangled++;
      const time = parseTime(field(fields, c.created_time), inputZone);
      if (!time.ok) throw new BadRow('created_time', time.reason);
      let commentId = objectId;
      if (!commentId || commentId === postId) {
        nonUnique++;
        commentId = `facepager:${postId}:${nodeId || row.line}`;
      }
      record.commentId = commentId;
      record.postId = postId;
      record.parentId = field(fields, c['parent.id']).trim() || parentComment?.commentId || '';
      if (nodeId) commentNode.set(node, { postId, commentId });
      record.authorId = authorId;
      record.authorName = authorName;
      record.createdMs = time.ms;
      record.text = field(fields, c.message);
      record.likeCount = parseCount(field(fields, c.like_count), 'like_count');
      record.replyCount = c.comment_count >= 0 ? parseCount(field(fields, c.comment_count), 'comment_count') : -1;
      return sink.add(record) ? 'used' : 'duplicate';
    };
    return {
      prepare(index) {
        if (!index.has('created_time')) throw new InputError(file, 'a Facepager export without created_time: add it to the query\'s fields and fetch again', 1, 'created_time');
        if (!index.has('from.id') && !index.has('from.name')) {
          throw new InputError(file, 'a Facepager export without from.id or from.name cannot attribute comments: add from.id and from.name to the query\'s fields and fetch again', 1, 'from.id');
        }
        at = Object.fromEntries(COLUMNS.map((name) => [name, index.get(name) ?? -1])) as typeof at;
        return { format: 'facepager-csv', convert };
      },
      finish() {
        if (mangled > 0) context.warnings.push({ code: 'excel-mangled-ids', file, args: { rows: mangled } });
        if (nonUnique > 0) context.warnings.push({ code: 'non-unique-comment-ids', file, args: { rows: nonUnique } });
      },
    };
  },
};
