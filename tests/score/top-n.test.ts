import { describe, expect, it } from 'vitest';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

// Two Pages posing as people and three ordinary profiles on one post. A shop category alone is only
// `suspicious` (issue #9); these tests are about ranking, so --strong-evidence 0.6 makes the Pages
// inauthentic on their own.
const STRONG = { strongEvidence: '0.6' };
const HEADER = 'comment_id,post_id,parent_id,author_id,author_name,author_type,author_category,created_at,like_count,reply_count';
const ROWS = [
  'c1,post,,o1,Organic One,profile,,2021-03-01T10:00:00Z,5,0',
  'c2,post,,f1,Aysel Məmmədova,page,Web designer,2021-03-01T10:01:00Z,9,0',
  'c3,post,,o2,Organic Two,profile,,2021-03-01T10:02:00Z,9,1',
  'c4,post,,f2,Elvin Əliyev,page,Sports,2021-03-01T10:03:00Z,9,3',
  'c5,post,,o3,Organic Three,profile,,2021-03-01T10:04:00Z,1,0',
  'c6,post,c5,f1,Aysel Məmmədova,page,Web designer,2021-03-01T10:05:00Z,50,0',
];

describe('top-N shares', () => {
  it('ranks by export order by default and leaves replies out', async () => {
    const f = tempFiles({ 'c.csv': [HEADER, ...ROWS].join('\n') });
    const { topN } = await scan([f['c.csv']], { ...STRONG, top: '2' });
    const post = topN.posts[0]!;
    expect([post.considered, post.inauthentic, post.authors, post.inauthenticAuthors]).toEqual([2, 1, 2, 1]);
    expect(post.allComments).toMatchObject({ comments: 6, inauthentic: 3, share: 0.5 });
  });

  it('ranks by likes with ties broken by earlier time, so c2 (10:01) precedes c3 and c4', async () => {
    const f = tempFiles({ 'c.csv': [HEADER, ...ROWS].join('\n') });
    const { topN } = await scan([f['c.csv']], { ...STRONG, top: '2', rank: 'likes' });
    // c2 (9 likes, 10:01) and c3 (9 likes, 10:02): one inauthentic of two.
    expect(topN.posts[0]).toMatchObject({ considered: 2, inauthentic: 1, share: 0.5 });
    const withReplies = await scan([f['c.csv']], { ...STRONG, top: '1', rank: 'likes', includeReplies: true });
    expect(withReplies.topN.posts[0]).toMatchObject({ considered: 1, inauthentic: 1 });
  });

  it('ranks by replies in the data when there are any', async () => {
    const f = tempFiles({ 'c.csv': [HEADER, ...ROWS].join('\n') });
    // c5 has the only reply in the data (c6), whatever reply_count says.
    const { topN } = await scan([f['c.csv']], { ...STRONG, top: '1', rank: 'replies' });
    expect(topN.posts[0]).toMatchObject({ considered: 1, inauthentic: 0 });
  });

  it('gives Wilson intervals on comments and authors, and pools posts in overall', async () => {
    const rows = [...ROWS, 'd1,other,,f2,Elvin Əliyev,page,Sports,2021-03-02T10:00:00Z,0,0'];
    const f = tempFiles({ 'c.csv': [HEADER, ...rows].join('\n') });
    const { topN } = await scan([f['c.csv']], STRONG);
    expect(topN.posts.map((p) => [p.postId, p.considered, p.inauthentic])).toEqual([['other', 1, 1], ['post', 5, 2]]);
    expect(topN.overall).toMatchObject({ considered: 6, inauthentic: 3, share: 0.5, authors: 5, inauthenticAuthors: 2 });
    expect(topN.overall.ci95.map((v) => v.toFixed(4))).toEqual(['0.1876', '0.8124']);
  });
});
