import { describe, expect, it } from 'vitest';
import { InputError, NoCommentsError } from '../../src/errors.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const HEADER = 'comment_id,post_id,parent_id,author_id,author_name,author_type,author_category,created_at,text,like_count,reply_count';

describe('canonical CSV', () => {
  it('matches headers case-insensitively in any order, keeps ids beyond 2^53 as strings, lists unknown columns once', async () => {
    const f = tempFiles({
      'c.csv': 'Created_At,AUTHOR_ID,Author_Name,Mood,Comment_ID\n2021-03-01T10:00:00Z,12345678901234567890,Aysel,happy,c1\n2021-03-01T11:00:00Z,12345678901234567891,Leyla,sad,c2\n',
    });
    const result = await scan([f['c.csv']]);
    expect(result.accounts.map((a) => a.id).sort()).toEqual(['12345678901234567890', '12345678901234567891']);
    expect(result.rows).toEqual({ read: 2, used: 2, rejected: 0, skipped: 0, duplicates: 0 });
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['like-count-absent', 'unknown-columns']);
    expect(result.warnings.find((w) => w.code === 'unknown-columns')!.args.columns).toBe('Mood');
    // No post_id column: the file is its own post, named by the file.
    expect(result.topN.posts.map((p) => p.postId)).toEqual(['c.csv']);
    expect(result.meta.inputs[0]!.post).toEqual({ id: 'c.csv', from: 'file-name', rows: 2 });
  });

  it('reads a BOM, semicolons, CRLF and quoted fields with newlines', async () => {
    const f = tempFiles({
      'c.csv': '\uFEFFcomment_id;author_id;created_at;text\r\n1;a;2021-03-01T10:00:00Z;"two\r\nlines; and a ""quote"""\r\n2;b;1614592800;plain\r\n',
    });
    const result = await scan([f['c.csv']]);
    expect(result.rows.used).toBe(2);
    expect(result.meta.inputs[0]!.delimiter).toBe(';');
  });

  it('counts duplicates across files once, and accounts for every row', async () => {
    const row = (id: string, author: string) => `${id},p1,,${author},Name ${author},,,2021-03-01T10:00:00Z,hi,0,0`;
    const f = tempFiles({
      'a.csv': [HEADER, row('c1', 'a'), row('c2', 'b')].join('\n'),
      'b.csv': [HEADER, row('c2', 'b'), row('c3', 'c'), 'c4,p1,,d,D,,,never,hi,0,0'].join('\n'),
    });
    const result = await scan([f['a.csv'], f['b.csv']], { skipBadRows: true });
    expect(result.rows).toEqual({ read: 5, used: 3, rejected: 1, skipped: 0, duplicates: 1 });
    expect(result.meta.inputs.map((i) => [i.read, i.used, i.rejected, i.duplicates])).toEqual([[2, 2, 0, 0], [3, 1, 1, 1]]);
    expect(result.rejectedRows).toEqual([{ file: f['b.csv'], line: 4, field: 'created_at', reason: 'not an ISO 8601 time or epoch seconds: "never"' }]);
  });

  it('stops at the first bad row by default, naming file, line and field', async () => {
    const f = tempFiles({ 'c.csv': `${HEADER}\nc1,p,,a,A,page,,2021-03-01T10:00:00Z,x,-3,0\n` });
    await expect(scan([f['c.csv']])).rejects.toThrow(new InputError(f['c.csv'], 'expected an integer ≥ 0, found "-3"', 2, 'like_count'));
  });

  it('rejects a row with the wrong number of fields, and an unknown author_type', async () => {
    const f = tempFiles({ 'c.csv': `${HEADER}\nc1,p,,a,A,page\nc2,p,,a,A,robot,,2021-03-01T10:00:00Z,x,0,0\n` });
    const error = await scan([f['c.csv']], { skipBadRows: true }).catch((e) => e);
    // Both rows rejected: nothing to analyse is an input error (exit 2) that counts them and names the first.
    expect(error).toBeInstanceOf(NoCommentsError);
    expect(error).toMatchObject({ exitCode: 2, read: 2, rejected: 2, skipped: 0, first: { line: 2, field: '(row)' } });
    const one = tempFiles({ 'c.csv': `${HEADER}\nc1,p,,a,A,page,,2021-03-01T10:00:00Z,x,0,0\nc2,p,,a,A,robot,,2021-03-01T10:00:00Z,x,0,0\n` });
    const result = await scan([one['c.csv']], { skipBadRows: true });
    expect(result.rows).toEqual({ read: 2, used: 1, rejected: 1, skipped: 0, duplicates: 0 });
    expect(result.rejectedRows.map((r) => [r.line, r.field])).toEqual([[3, 'author_type']]);
  });

  it('names the columns found and what each known format needs when none matches', async () => {
    const f = tempFiles({ 'c.csv': 'comment_id,text\n1,x\n' });
    await expect(scan([f['c.csv']])).rejects.toThrow(
      /c\.csv:1: no created_at, no author_id or author_name columns \(canonical-csv needs created_at, and author_id or author_name\): found "comment_id", "text"\. Other formats: /,
    );
  });

  it('refuses empty files, header-only files, missing paths and empty directories', async () => {
    const f = tempFiles({ 'empty.csv': '', 'header.csv': `${HEADER}\n` });
    await expect(scan([f['empty.csv']])).rejects.toThrow(/the file is empty/);
    await expect(scan([f['header.csv']])).rejects.toThrow(/header but no rows/);
    await expect(scan([`${f.dir}/nope.csv`])).rejects.toThrow(/no such file/);
    const empty = tempFiles({});
    await expect(scan([empty.dir])).rejects.toThrow(/holds no \.csv or .* files/);
  });

  it('infers a Page from a category when the type is missing, and keys accounts by id, else url, else name', async () => {
    const f = tempFiles({
      'c.csv': 'author_id,author_url,author_name,author_category,created_at\n,,Aysel Məmmədova,Cosmetics store,2021-03-01T10:00:00Z\n,https://fb.com/x,Other,,2021-03-01T10:00:00Z\n,,Aysel Məmmədova,,2021-03-02T10:00:00Z\n',
    });
    const result = await scan([f['c.csv']]);
    const aysel = result.accounts.find((a) => a.name === 'Aysel Məmmədova')!;
    // A person-named Page with a shop category, alone: suspicious at most (issue #9).
    expect([aysel.type, aysel.typeSource, aysel.comments, aysel.verdict]).toEqual(['page', 'inferred', 2, 'suspicious']);
    expect(result.accounts.find((a) => a.name === 'Other')!.id).toBe('https://fb.com/x');
  });
  it('reads a like count no comment can have as the largest it keeps, ranks by it, and says so', async () => {
    const f = tempFiles({ 'c.csv': 'comment_id,post_id,author_id,author_name,created_at,text,like_count\nc1,p1,a1,Ana,2021-03-01T10:00:00Z,bir,5\nc2,p1,a2,Bob,2021-03-01T10:01:00Z,iki,99999999999999\nc3,p1,a3,Can,2021-03-01T10:02:00Z,üç,7\n' });
    const result = await scan([f['c.csv']], { rank: 'likes', top: '2' });
    expect(result.warnings.find((w) => w.code === 'count-clamped')!.args).toEqual({ rows: 1, max: 2_147_483_647 });
    expect(result.accounts.length).toBe(3);
  });
  it('drops a repeated comment quietly, but says so when the repeat is another comment under the same id', async () => {
    const header = 'comment_id,post_id,author_id,author_name,created_at,text\n';
    const first = 'c1,p1,a1,Ana,2021-03-01T10:00:00Z,bir\nc2,p1,a2,Bob,2021-03-01T10:01:00Z,iki\n';
    const f = tempFiles({ 'a.csv': header + first, 'same.csv': header + first, 'other.csv': `${header}c1,p9,a7,Cem,2021-04-02T11:00:00Z,başqa\nc2,p1,a2,Bob,2021-03-01T10:01:00Z,iki\n` });
    const same = await scan([f['a.csv'], f['same.csv']]);
    expect([same.rows.duplicates, same.warnings.some((w) => w.code === 'conflicting-duplicate-ids')]).toEqual([2, false]);
    const other = await scan([f['a.csv'], f['other.csv']]);
    expect([other.rows.duplicates, other.warnings.find((w) => w.code === 'conflicting-duplicate-ids')?.args]).toEqual([2, { rows: 1 }]);
  });
});
