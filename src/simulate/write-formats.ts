import type { SimComment } from './generator.js';

/** What these writers read of a dataset: its comments, with their authors' id and name. */
type Comments = { comments: (Omit<SimComment, 'author'> & { author: { id: string; name: string } })[] };

/**
 * The same generated dataset as other exporters would write it (for the format-equivalence test):
 * Facepager "All nodes" CSV, Graph API comment pages (JSON, one per post), Meta Content Library CSV.
 * Author type and category are not carried (none of these three carries both); reactions stay in the
 * canonical reactions file.
 */
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
const quoteAll = (v: string | number) => `"${String(v).replace(/"/g, '""').replace(/[\r\n]+/g, ' ')}"`;
const quote = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

export function facepagerCsv(data: Comments): string {
  const header = ['level', 'id', 'parent_id', 'object_id', 'object_type', 'object_key', 'query_status', 'query_time', 'query_type', 'message', 'created_time', 'like_count', 'comment_count', 'error.message', 'from.id', 'from.name', 'parent.id'];
  const rows = [header.map(quoteAll).join(';')];
  let node = 1;
  rows.push(['0', String(node), '', 'NewsPage', 'seed', '', '', '', '', '', '', '', '', '', '', '', ''].map(quoteAll).join(';'));
  const postNode = new Map<string, number>();
  for (const c of data.comments) {
    if (!postNode.has(c.postId)) {
      postNode.set(c.postId, ++node);
      rows.push(['1', String(node), '1', c.postId, 'data', 'data', 'fetched (200)', '2024-01-01 00:00:00', 'Facebook:/<page-id>/posts', '', '', '', '', '', '', '', ''].map(quoteAll).join(';'));
    }
    rows.push(
      ['2', String(++node), String(postNode.get(c.postId)), c.commentId, 'data', 'data', 'fetched (200)', '2024-01-01 00:00:00', 'Facebook:/<post-id>/comments', c.text, iso(c.createdMs), c.likeCount, c.replyCount, '', c.author.id, c.author.name, c.parentId]
        .map(quoteAll)
        .join(';'),
    );
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/** One Graph API comments page per post, in the files' order. */
export function graphPages(data: Comments): { name: string; json: string }[] {
  const byPost = new Map<string, object[]>();
  for (const c of data.comments) {
    let list = byPost.get(c.postId);
    if (!list) byPost.set(c.postId, (list = []));
    list.push({
      id: c.commentId,
      created_time: iso(c.createdMs),
      from: { id: c.author.id, name: c.author.name },
      message: c.text,
      like_count: c.likeCount,
      comment_count: c.replyCount,
      ...(c.parentId ? { parent: { id: c.parentId } } : {}),
    });
  }
  return [...byPost].map(([post, comments], i) => ({
    name: `page-${String(i).padStart(4, '0')}.json`,
    json: JSON.stringify({ data: comments, paging: { next: `https://graph.facebook.com/v20.0/${post}/comments?after=X` } }),
  }));
}

export function metaContentLibraryCsv(data: Comments): string {
  const rows = ['id,post_id,parent_comment_id,text,creation_time,owner.id,owner.username,owner.name,owner.type,lang,statistics.like_count,statistics.top_level_reply_count'];
  for (const c of data.comments) {
    rows.push([c.commentId, c.postId, c.parentId, c.text, iso(c.createdMs).replace('+0000', ''), c.author.id, '', c.author.name, 'private', 'az', c.likeCount, c.replyCount].map(quote).join(','));
  }
  return `${rows.join('\n')}\n`;
}
