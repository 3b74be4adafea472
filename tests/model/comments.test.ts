import { describe, expect, it } from 'vitest';
import { CommentColumns, MAX_COUNT, PARENT_NOT_IN_DATA, TOP_LEVEL } from '../../src/model/comments.js';

describe('the columnar comment store', () => {
  it('gives back every field of every comment through its views, across the growth of its arrays', () => {
    const columns = new CommentColumns();
    columns.postIds.push('p0', 'p1');
    const n = 5000; // past several doublings of the initial 1,024 slots
    for (let i = 0; i < n; i++) {
      // A time past 2³¹ ms must survive; counts up to MAX_COUNT do.
      columns.ids.add(`c${i}`);
      const parent = i % 3 !== 0 ? TOP_LEVEL : i === 0 ? PARENT_NOT_IN_DATA : i - 1;
      if (parent === PARENT_NOT_IN_DATA) columns.unknownParentIds.set(i, 'c-1');
      columns.push(i % 2, parent, i % 7, 1_700_000_000_000 + i * 1000.5, i % 168, `text ${i}`, MAX_COUNT - i, i % 5 === 0 ? -1 : i);
    }
    columns.repliesInData[4999] = 3;
    const comments = columns.views();
    expect(comments).toHaveLength(n);
    for (const i of [0, 1, 1023, 1024, 2047, 2048, 4999]) {
      const c = comments[i]!;
      expect([c.id, c.post, c.postId, c.parentId, c.author, c.createdMs, c.localDay, c.localHour, c.text, c.likeCount, c.replyCount, c.order]).toEqual([
        `c${i}`, i % 2, `p${i % 2}`, i % 3 === 0 ? `c${i - 1}` : '', i % 7, 1_700_000_000_000 + i * 1000.5, Math.floor((i % 168) / 24), (i % 168) % 24, `text ${i}`, MAX_COUNT - i, i % 5 === 0 ? -1 : i, i,
      ]);
    }
    expect(comments[4999]!.repliesInData).toBe(3);
    expect(comments[0]!.repliesInData).toBe(0);
  });
  it('keeps like and reply counts as whole numbers from 0 to 2³¹ − 1, counting every one it had to change', () => {
    const columns = new CommentColumns();
    columns.postIds.push('p0');
    const counts: [number, number][] = [[5, 2], [2 ** 40, 3], [-4, -7], [Number.NaN, Number.POSITIVE_INFINITY], [2.7, -1], [0, MAX_COUNT]];
    counts.forEach(([likes, replies], i) => {
      columns.ids.add(`c${i}`);
      columns.push(0, TOP_LEVEL, 0, 0, 0, '', likes, replies);
    });
    expect([...columns.likeCount.subarray(0, 6)]).toEqual([5, MAX_COUNT, 0, 0, 2, 0]);
    expect([...columns.replyCount.subarray(0, 6)]).toEqual([2, 3, -1, -1, -1, MAX_COUNT]);
    expect(columns.clampedCounts).toBe(4);
  });
});
