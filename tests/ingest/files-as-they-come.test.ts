import { copyFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, NotCommentsError } from '../../src/errors.js';
import { postIdOfUrl } from '../../src/ingest/formats/index.js';
import { planDecoding } from '../../src/ingest/decode.js';
import { compareResults } from '../../src/compare.js';
import { resolveScanOptions } from '../../src/options.js';
import { runScan } from '../../src/run.js';
import { tempFiles } from '../helpers/files.js';
import { CLI_TIMEOUT, cli, clis, demo, DEMO_SCAN_TIMEOUT, ROOT, scan } from '../helpers/scan.js';

const FORMATS = `${ROOT}/fixtures/formats`;
const DEMO = `${ROOT}/fixtures/demo`;
const GRAPH = `${FORMATS}/graph_api`;

/** The reasons of the skipped-file warnings, by file name. */
function skippedOf(warnings: { code: string; file: string; args: Record<string, string | number> }[]): Record<string, string> {
  return Object.fromEntries(warnings.filter((w) => w.code === 'skipped-file').map((w) => [w.file.split('/').pop()!, String(w.args.reason)]));
}

describe('exportcomments.com: one file per post, no post id in the rows', () => {
  it('makes each file its own post: the Source URL’s post id, else the URL, else the file name, and says which', async () => {
    const result = await scan([`${FORMATS}/exportcomments/multi`]);
    expect(result.summary).toMatchObject({ posts: 3, comments: 7 });
    expect(result.topN.posts.map((p) => [p.postId, p.considered]).sort()).toEqual([
      ['1111111111', 3],
      ['https://www.facebook.com/AzadSoz/posts/pfbid02abcDEF', 2],
      ['post-3.csv', 2],
    ]);
    expect(result.meta.inputs.map((i) => i.post)).toEqual([
      { id: '1111111111', from: 'source-url-post-id', rows: 3 },
      { id: 'https://www.facebook.com/AzadSoz/posts/pfbid02abcDEF', from: 'source-url', rows: 2 },
      { id: 'post-3.csv', from: 'file-name', rows: 2 },
    ]);
    // Every row accounted for: 3 preamble rows skipped, 7 used.
    expect(result.rows).toEqual({ read: 10, used: 7, rejected: 0, skipped: 3, duplicates: 0 });
  });

  it('keeps the real samples apart too: the preamble’s post and the file name', async () => {
    const result = await scan([`${FORMATS}/exportcomments/with_preamble.csv`, `${FORMATS}/exportcomments/synthetic_reconstructed_header.csv`]);
    expect(result.topN.posts.map((p) => [p.postId, p.considered]).sort()).toEqual([['123456', 2], ['synthetic_reconstructed_header.csv', 1]]);
  });

  it('finds the post id in the URLs Facebook writes', () => {
    expect(postIdOfUrl('https://www.facebook.com/AzadSoz/posts/123456789012345')).toBe('123456789012345');
    expect(postIdOfUrl('https://www.facebook.com/permalink.php?story_fbid=987654321&id=100064')).toBe('987654321');
    expect(postIdOfUrl('https://www.facebook.com/watch/?v=1234567890')).toBe('1234567890');
    expect(postIdOfUrl('https://www.facebook.com/AzadSoz/videos/55555555/')).toBe('55555555');
    expect(postIdOfUrl('https://www.facebook.com/AzadSoz/posts/pfbid02abc')).toBeUndefined();
  });
});

describe('a folder as a user keeps it', () => {
  /** The demo as `brigade simulate --out` leaves it, plus what people put beside it. */
  function userFolder() {
    const f = tempFiles({
      'README.txt': 'Demo data\nComments, reactions and the truth labels, see brigade simulate.\n',
      '.hidden.csv': readFileSync(`${DEMO}/comments.csv`),
      'notes.md': '# notes\n',
      'log.jsonl': '{"level":"info"}\n{"level":"warn"}\n',
      'labelled.csv': 'comment_id,post_id,author_id,author_name,author_type,author_category,author_url,created_at,text,label\nc1,p,a,A,page,,,2021-03-01T10:00:00Z,x,inauthentic\n',
    });
    for (const name of ['comments.csv', 'reactions.csv', 'truth.csv', 'expected.json']) copyFileSync(`${DEMO}/${name}`, join(f.dir, name));
    mkdirSync(join(f.dir, 'sub'));
    symlinkSync(join(f.dir, 'sub'), join(f.dir, 'link.csv'));
    return f;
  }
  /** One such folder, scanned once for the two tests that read it as it is. */
  let scanned: Promise<Awaited<ReturnType<typeof scan>>> | undefined;
  const folderScan = () => (scanned ??= scan([userFolder().dir]));

  it('reads comments, uses the reactions export as --reactions, and skips everything else with a warning naming it', async () => {
    const fromFolder = await folderScan();
    // The same files named (the demo, scanned once per test file).
    const byName = (await demo()).result;
    expect(fromFolder.meta.inputs.map((i) => [i.file.split('/').pop(), i.role])).toEqual([['comments.csv', 'comments'], ['reactions.csv', 'reactions']]);
    expect(fromFolder.accounts.map((a) => [a.id, a.verdict])).toEqual(byName.accounts.map((a) => [a.id, a.verdict]));
    expect(fromFolder.topN.posts).toEqual(byName.topN.posts);
    expect(skippedOf(fromFolder.warnings)).toEqual({
      '.hidden.csv': 'hidden',
      'notes.md': 'other-extension',
      'link.csv': 'not-a-regular-file',
      'README.txt': 'not-a-comment-export',
      'expected.json': 'not-comments-json',
      'log.jsonl': 'not-comments-json',
      'labelled.csv': 'labelling-sheet',
      'truth.csv': 'labelling-sheet',
    });
  }, DEMO_SCAN_TIMEOUT);

  it('reproduces a folder scan from its recorded inputs: the skipped files describe the folder, not the findings', async () => {
    const recorded = await folderScan();
    const comments = recorded.meta.inputs.filter((i) => i.role === 'comments').map((i) => i.file);
    const reactions = recorded.meta.inputs.filter((i) => i.role === 'reactions').map((i) => i.file);
    const options = resolveScanOptions({});
    const again = await runScan({ comments, reactions }, options.analysis, false);
    expect(compareResults(recorded, again, 0, true)).toEqual([]);
  }, DEMO_SCAN_TIMEOUT);

  it('combines several reactions sources, counting a reaction in two of them once, as a duplicate', async () => {
    const lines = readFileSync(`${DEMO}/reactions.csv`, 'utf8').trimEnd().split('\n');
    const [header, ...rows] = lines;
    const half = Math.floor(rows.length / 2);
    const f = tempFiles({
      'comments.csv': readFileSync(`${DEMO}/comments.csv`),
      'reactions-a.csv': [header, ...rows.slice(0, half + 10)].join('\n'),
      'reactions-b.csv': [header, ...rows.slice(half)].join('\n'),
    });
    const extra = tempFiles({ 'more.csv': [header, ...rows.slice(0, 5)].join('\n') });
    const result = await scan([f.dir], {}, extra['more.csv']);
    const reactions = result.meta.inputs.filter((i) => i.role === 'reactions');
    expect(reactions.map((r) => [r.file.split('/').pop(), r.read, r.used, r.duplicates])).toEqual([
      ['reactions-a.csv', half + 10, half + 10, 0],
      ['reactions-b.csv', rows.length - half, rows.length - half - 10, 10],
      ['more.csv', 5, 0, 5],
    ]);
    const byName = (await demo()).result;
    expect(result.accounts.map((a) => [a.id, a.verdict, a.reactionsGiven])).toEqual(byName.accounts.map((a) => [a.id, a.verdict, a.reactionsGiven]));
  }, DEMO_SCAN_TIMEOUT);

  it('stops (exit 2) at a comment file in the folder that has an error, as it would for a named file', async () => {
    const f = tempFiles({
      'a.csv': 'comment_id,author_id,created_at\nc1,a,2021-03-01T10:00:00Z\n',
      'b.csv': 'comment_id,author_id,created_at\nc2,b,not a time\n',
    });
    await expect(scan([f.dir])).rejects.toThrow(/b\.csv:2: created_at: /);
  });

  it('refuses by name what it would skip in a folder: a file given by name is read or is an error', async () => {
    const f = userFolder();
    const refused = async (name: string) => (await scan([join(f.dir, name)]).catch((e: unknown) => e)) as InputError;
    for (const name of ['reactions.csv', 'README.txt', 'truth.csv', 'labelled.csv', 'expected.json', 'log.jsonl']) {
      const error = await refused(name);
      expect(error, name).toBeInstanceOf(NotCommentsError);
      expect(error.exitCode).toBe(2);
    }
    expect((await refused('reactions.csv')).message).toMatch(/reactions\.csv:1: this is a reactions export .*: pass it with --reactions/);
    expect((await refused('labelled.csv')).message).toMatch(/pass it to brigade eval --labels/);
  });

  it('runs `brigade simulate --out m && brigade scan m`, and inspect reports every file (exit 2 when one cannot be read)', async () => {
    const f = tempFiles({});
    const out = join(f.dir, 'm'), more = join(f.dir, 'more');
    // Seed 96 draws a reactions export and one of the smallest floods (1,851 comments, 6,461 reactions; seed 3: 8,892 and 71,053).
    expect(cli(['simulate', '--scenario', 'flood', '--seed', '96', '-o', out]).code).toBe(0);
    // inspect reads a copy of the folder with two more files in it, at the same time as the scan reads the folder.
    cpSync(out, more, { recursive: true });
    copyFileSync(`${FORMATS}/exportcomments/not-a-workbook.xlsx`, join(more, 'broken.xlsx'));
    writeFileSync(join(more, 'zz.csv'), 'comment_id,author_id,created_at\nc1,a,2021-03-01T10:00:00Z\n');
    const [run, inspect] = await clis([['scan', out, '--format', 'json', '-q'], ['inspect', more, '--format', 'json']]);
    expect(run!.code).toBe(0);
    expect(JSON.parse(run!.stdout).meta.inputs.map((i: { role: string }) => i.role)).toEqual(['comments', 'reactions']);
    expect(run!.stderr).toMatch(/truth\.csv: skipped: labels, not comments/);
    expect(inspect!.code).toBe(2);
    expect(inspect!.stderr).toBe(`brigade: 1 of 6 inputs cannot be read: ${join(more, 'broken.xlsx')}\n`);
    const files = JSON.parse(inspect!.stdout) as { file: string; role?: string; error?: string; skipped?: string }[];
    expect(files.map((i) => [i.file.split('/').pop(), i.error ? 'error' : i.skipped ? 'skipped' : i.role])).toEqual([
      ['broken.xlsx', 'error'],
      ['comments.csv', 'comments'],
      ['knobs.json', 'skipped'],
      ['reactions.csv', 'reactions'],
      ['truth.csv', 'skipped'],
      ['zz.csv', 'comments'],
    ]);
  }, CLI_TIMEOUT);
});

describe('Graph API single-object responses (restfb samples)', () => {
  it('reads an object with a comments edge as that post’s comments, without the post’s own created_time', async () => {
    const post = await scan([`${GRAPH}/restfb_v5_0_post-with-comment.json`]);
    expect(post.topN.posts.map((p) => [p.postId, p.considered])).toEqual([['1234567890123_456789012345', 1]]);
    expect(post.accounts.map((a) => [a.id, a.name])).toEqual([['987654321', 'Test User']]);
    const photo = await scan([`${GRAPH}/restfb_v2_5_photo-comments.json`]);
    expect(photo.topN.posts.map((p) => [p.postId, p.considered])).toEqual([['12345678943537', 1]]);
    expect(photo.rows).toEqual({ read: 1, used: 1, rejected: 0, skipped: 0, duplicates: 0 });
  });

  it('reads a full single comment (GET /{comment-id} with fields) as one comment by a Page', async () => {
    const result = await scan([`${GRAPH}/restfb_v2_2_comment-issue286.json`]);
    expect(result.accounts.map((a) => [a.id, a.type, a.category])).toEqual([['474930769339741', 'page', 'App Page']]);
    expect(result.topN.posts.map((p) => p.postId)).toEqual(['520586098107541']);
  });

  it('names what a bare comment object lacks and the fields= the request needs (exit 2)', async () => {
    for (const name of ['restfb_v2_2_comment_object.json', 'restfb_v2_9_comment-permalink.json', 'restfb_v2_9_comment-messagetags.json']) {
      const error = (await scan([`${GRAPH}/${name}`]).catch((e: unknown) => e)) as InputError;
      expect(error, name).toBeInstanceOf(NotCommentsError);
      expect(error.message).toMatch(/a single Graph API comment \(GET \/\{comment-id\}\) without created_time and from: .*fields=created_time,from,message/);
    }
    await expect(scan([`${GRAPH}/restfb_v10_0_from-as-page.json`])).rejects.toThrow(/a Graph API Page object/);
  });

  it('reads a comment’s reactions edge as reactions of that comment, whatever the file order', async () => {
    const page = { data: [{ id: '705360702965731_705362516298883', created_time: '2017-06-01T10:00:00+0000', from: { id: '42', name: 'Parmigiano' }, message: 'cheese' }] };
    const f = tempFiles({ 'b-comments.json': JSON.stringify(page) });
    copyFileSync(`${GRAPH}/restfb_v2_9_comment-reactions.json`, join(f.dir, 'a-reactions.json'));
    const result = await scan([f.dir]);
    expect(result.meta.inputs.map((i) => [i.file.split('/').pop(), i.role, i.read, i.used])).toEqual([
      ['a-reactions.json', 'reactions', 3, 3],
      ['b-comments.json', 'comments', 1, 1],
    ]);
    expect(result.accounts.filter((a) => a.reactionsGiven > 0).map((a) => a.name).sort()).toEqual(['Fabiola Zito', 'Ilaria Malvestiti', 'Kelvin Chua']);
    expect(result.warnings.map((w) => w.code)).not.toContain('reaction-to-unknown-comment');
  });

  it('reads every restfb sample in the fixtures that holds comments or reactions, and says what the others are', async () => {
    const f = tempFiles({});
    for (const name of [
      'restfb_post-with-normal-comments.json', 'restfb_v2_2_comment-issue286.json', 'restfb_v2_5_photo-comments.json', 'restfb_v5_0_post-with-comment.json',
      'restfb_v2_9_comment-reactions.json', 'restfb_v2_2_comment_object.json', 'restfb_v2_9_comment-permalink.json', 'restfb_v2_9_comment-messagetags.json', 'restfb_v10_0_from-as-page.json',
    ]) copyFileSync(`${GRAPH}/${name}`, join(f.dir, name));
    const result = await scan([f.dir]);
    expect(result.meta.inputs.map((i) => [i.file.split('/').pop(), i.role, i.used])).toEqual([
      ['restfb_post-with-normal-comments.json', 'comments', 1],
      ['restfb_v2_2_comment-issue286.json', 'comments', 1],
      ['restfb_v2_5_photo-comments.json', 'comments', 1],
      ['restfb_v2_9_comment-reactions.json', 'reactions', 3],
      ['restfb_v5_0_post-with-comment.json', 'comments', 1],
    ]);
    const skipped = result.warnings.filter((w) => w.code === 'skipped-file').map((w) => [w.file.split('/').pop(), w.args.found]);
    expect(skipped).toEqual([
      ['restfb_v10_0_from-as-page.json', 'a Graph API Page object (GET /{page-id})'],
      ['restfb_v2_2_comment_object.json', 'a single comment without created_time and from'],
      ['restfb_v2_9_comment-messagetags.json', 'a single comment without created_time and from'],
      ['restfb_v2_9_comment-permalink.json', 'a single comment without created_time and from'],
    ]);
  });
});

describe('encodings and columns', () => {
  const CSV = 'comment_id,author_id,author_name,created_at,text\n1,a,Aygün Məmmədova,2024-01-01T10:00:00Z,salam\n2,b,Эльвин,2024-01-01T10:01:00Z,Привет\n';

  it('reads UTF-16 without a byte-order mark, little- or big-endian, and warns that it looked', async () => {
    const le = Buffer.from(CSV, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(planDecoding(le)).toMatchObject({ encoding: 'utf-16le', basis: 'utf-16-pattern' });
    expect(planDecoding(be)).toMatchObject({ encoding: 'utf-16be', basis: 'utf-16-pattern' });
    expect(planDecoding(Buffer.from(CSV, 'utf8'))).toMatchObject({ encoding: 'utf-8', basis: 'valid-utf-8' });
    const f = tempFiles({ 'le.csv': le, 'be.csv': be });
    for (const file of [f['le.csv'], f['be.csv']]) {
      const result = await scan([file]);
      expect(result.accounts.map((a) => a.name).sort()).toEqual(['Aygün Məmmədova', 'Эльвин']);
      expect(result.warnings.map((w) => w.code)).toContain('utf-16-without-bom');
    }
  });

  it('names a missing required column rather than "unknown format"', async () => {
    const f = tempFiles({ 'c.csv': 'comment_id,author_id,text\n1,a,x\n', 'e.csv': '"Name","Profile ID","Likes","Comment"\n"A","1","0","x"\n' });
    await expect(scan([f['c.csv']])).rejects.toThrow(/c\.csv:1: no created_at column \(canonical-csv needs created_at, and author_id or author_name\): found "comment_id", "author_id", "text"/);
    await expect(scan([f['e.csv']])).rejects.toThrow(/e\.csv:1: no date column \(exportcomments-csv needs/);
  });
});

describe('--bom', () => {
  it('begins every CSV output with a UTF-8 byte-order mark, and none without it', async () => {
    // The small hostile fixture and its golden result: the mark does not depend on the size of the output.
    const f = tempFiles({});
    const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
    const args = ['scan', `${ROOT}/fixtures/hostile/comments.csv`, '--format', 'csv', '-q'];
    const [marked, plain, sheet] = await clis([
      [...args, '--bom', '-o', join(f.dir, 'out.csv'), '--graph', join(f.dir, 'g.csv')],
      [...args, '-o', join(f.dir, 'plain.csv'), '--graph', join(f.dir, 'plain-g.csv')],
      ['sample', 'fixtures/hostile/expected.json', '--n', '3', '--bom'],
    ]);
    expect([marked!.code, plain!.code, sheet!.code]).toEqual([0, 0, 0]);
    expect(readFileSync(join(f.dir, 'out.csv')).subarray(0, 3)).toEqual(BOM);
    expect(readFileSync(join(f.dir, 'g.csv')).subarray(0, 3)).toEqual(BOM);
    expect(readFileSync(join(f.dir, 'g.csv'), 'utf8')).toMatch(/^\ufeffsource,target,kind,weight\r\n.+/);
    expect(readFileSync(join(f.dir, 'plain.csv'))[0]).toBe('i'.charCodeAt(0));
    expect(readFileSync(join(f.dir, 'plain-g.csv'), 'utf8')).toMatch(/^source,target/);
    expect(sheet!.stdout).toMatch(/^\ufeffcomment_id,post_id,/);
  }, CLI_TIMEOUT);
});
