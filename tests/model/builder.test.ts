import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../src/model/builder.js';
import { ZoneClock } from '../../src/model/clock.js';
import type { CommentRecord } from '../../src/model/types.js';

const row = (i: number, authorId: string, authorName = ''): CommentRecord => ({
  commentId: `c${i}`, postId: 'p', parentId: '', authorId, authorName, authorUrl: '', authorType: 'unknown', authorCategory: '', createdMs: 1_700_000_000_000 + i, text: '', likeCount: 0, replyCount: -1,
});

describe('the model builder', () => {
  it('finds an author by id: digit ids by their number (a leading zero makes another id), any other by the string', () => {
    const builder = new ModelBuilder(new ZoneClock('UTC'));
    const ids = ['100000000000000007', '0100000000000000007', '7', '07', '100000000000000007', '1000000000000000070', '7', 'x7', '', '000000000', '0', '0', '999999999999999999', '999999999', '999999999999999999'];
    ids.forEach((id, i) => builder.commentSink.add(row(i, id, `Name ${i}`)));
    const model = builder.finish([]);
    // An empty id falls back to the name ("Name 8").
    expect(model.accounts.map((a) => a.id)).toEqual(['100000000000000007', '0100000000000000007', '7', '07', '1000000000000000070', 'x7', 'Name 8', '000000000', '0', '999999999999999999', '999999999']);
    expect(model.accounts.map((a) => a.commentIdx.length)).toEqual([2, 1, 2, 1, 1, 1, 1, 1, 2, 2, 1]);
  });
});
