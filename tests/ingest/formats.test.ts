import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/options.js';
import { loadModel } from '../../src/run.js';
import { ROOT, scan } from '../helpers/scan.js';

const DIR = `${ROOT}/fixtures/formats`;

async function records(file: string) {
  const { model, reports } = await loadModel({ comments: [file] }, resolveScanOptions({}).analysis, false);
  return {
    report: reports[0]!,
    comments: model.comments.map((c) => ({
      id: c.id, post: c.postId, parent: c.parentId, author: model.accounts[c.author]!.id, name: model.accounts[c.author]!.name,
      at: new Date(c.createdMs).toISOString(), text: c.text, likes: c.likeCount, replies: c.replyCount,
    })),
  };
}

describe('Facepager CSV', () => {
  it('reads comments and replies of an All-nodes export with from.* columns; skips seed, post and offcut rows', async () => {
    const { report, comments } = await records(`${DIR}/facepager/with_from_allnodes.csv`);
    expect(report).toMatchObject({ format: 'facepager-csv', delimiter: ';', read: 6, used: 3, skipped: 3, rejected: 0, duplicates: 0 });
    expect(comments).toEqual([
      { id: 'facepager:111111111111111_222222222222222:3', post: '111111111111111_222222222222222', parent: '', author: '100000000000000001', name: 'Aysel Məmmədova', at: '2024-05-01T08:03:12.000Z', text: 'Salam, necəsən? Şəki, ağ, ıldırım', likes: 4, replies: 1 },
      { id: '222222222222222_333333333333333', post: '111111111111111_222222222222222', parent: '', author: '100000000000000002', name: 'Эльвин Мамедов', at: '2024-05-01T08:05:40.000Z', text: 'Привет', likes: 0, replies: 0 },
      { id: '222222222222222_444444444444444', post: '111111111111111_222222222222222', parent: '222222222222222_333333333333333', author: '100000000000000001', name: 'Aysel Məmmədova', at: '2024-05-01T08:07:00.000Z', text: 'Cavab', likes: 1, replies: 0 },
    ]);
    const result = await scan([`${DIR}/facepager/with_from_allnodes.csv`]);
    expect(result.warnings.map((w) => w.code)).toContain('non-unique-comment-ids');
  });

  it('refuses an export without from.id/from.name, saying how to fix it (exit 2 at the header)', async () => {
    await expect(scan([`${DIR}/facepager/synthetic_export_allnodes_semicolon_bom.csv`])).rejects.toThrow(
      /:1: from\.id: a Facepager export without from\.id or from\.name cannot attribute comments/,
    );
  });
});

describe('brigade inspect and brigade formats', () => {
  it('says what each file is, how author type is known and which signals it cannot support', async () => {
    const { cli } = await import('../helpers/scan.js');
    const run = cli(['inspect', 'fixtures/formats/facepager/with_from_allnodes.csv', 'fixtures/demo/comments.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const [facepager, demo] = JSON.parse(run.stdout);
    expect(facepager).toMatchObject({ format: 'facepager-csv', encoding: 'utf-8', delimiter: ';', authorType: 'unknown', rows: { read: 6, used: 3, skipped: 3 } });
    const noReactions = { signal: 'closed-engagement', reason: 'no-reactions' };
    expect(facepager.unavailableSignals).toEqual([
      { signal: 'page-as-profile', reason: 'no-author-type' }, noReactions, { signal: 'page-network-copies', reason: 'no-author-type' },
    ]);
    // A comments file alone lists no reactions: the reactions come in a second file (--reactions).
    expect(demo).toMatchObject({ format: 'canonical-csv', authorType: 'explicit', unavailableSignals: [noReactions] });
    const formats = cli(['formats']);
    expect(formats.stdout).toMatch(/^facepager-csv\n/);
    expect(formats.stdout).toContain('canonical-csv');
  }, 120_000); // spawns the binary twice
});

describe('Meta Content Library CSV', () => {
  it('reads owner.type as the Page flag, ids beyond 2^53 as strings, zoneless times in --input-tz', async () => {
    const { report, comments } = await records(`${DIR}/meta_content_library/synthetic_mcl_comments_flattened.csv`);
    expect(report.format).toBe('meta-content-library-csv');
    expect(comments).toEqual([
      { id: '900000000000000001', post: '800000000000000001', parent: '', author: '700000000000000001', name: 'Aygün Məmmədova', at: '2024-05-01T08:03:12.000Z', text: 'Salam, necəsən?', likes: 4, replies: 1 },
      { id: '900000000000000002', post: '800000000000000001', parent: '900000000000000001', author: '700000000000000002', name: 'Some Page', at: '2024-05-01T08:05:40.000Z', text: 'reply', likes: 0, replies: 0 },
    ]);
    const result = await scan([`${DIR}/meta_content_library/synthetic_mcl_comments_flattened.csv`]);
    expect(result.accounts.map((a) => [a.id, a.type]).sort()).toEqual([['700000000000000001', 'profile'], ['700000000000000002', 'page']]);
    expect(result.warnings.map((w) => w.code)).toContain('zoneless-times');
  });
});

describe('minimaxir page-post-scraper CSV', () => {
  it('corrects the −5 h shift of comment_published and keys authors by name', async () => {
    const { report, comments } = await records(`${DIR}/minimaxir/synthetic_cnn_facebook_comments.csv`);
    expect(report.format).toBe('minimaxir-csv');
    expect(comments.map((c) => [c.id, c.post, c.parent, c.author, c.at, c.likes])).toEqual([
      ['222222222222222_333333333333333', '111111111111111_222222222222222', '', 'Aygün Məmmədova', '2017-12-01T08:03:12.000Z', 4],
      ['222222222222222_444444444444444', '111111111111111_222222222222222', '222222222222222_333333333333333', 'Rəşad Əliyev', '2017-12-01T08:05:40.000Z', 0],
    ]);
  });
});

describe('Graph API JSON', () => {
  it('reads a directory of page files: nested replies, reactions as engagement, from.category as a Page, people without from left out and counted', async () => {
    const result = await scan([`${DIR}/graph_api/pages`]);
    expect(result.meta.inputs.map((i) => [i.format, i.read, i.used, i.skipped])).toEqual([['graph-api-json', 3, 2, 1], ['graph-api-json', 2, 1, 1]]);
    expect(result.topN.posts.map((p) => p.postId)).toEqual(['111111111111111']);
    expect(result.accounts.map((a) => [a.id, a.type, a.category, a.comments, a.reactionsGiven]).sort()).toEqual([
      ['200000000000000001', 'page', 'Cosmetics store', 1, 0],
      ['200000000000000002', 'page', 'Web designer', 1, 1],
      ['300000000000000009', 'unknown', '', 1, 1],
    ]);
    expect(result.warnings.filter((w) => w.code === 'no-author').map((w) => w.args.rows)).toEqual([1, 1]);
    const { comments } = await records(`${DIR}/graph_api/pages/page-1.json`);
    expect(comments.map((c) => [c.id, c.parent, c.at, c.likes])).toEqual([
      ['111111111111111_100000000000001', '', '2024-05-01T08:03:12.000Z', 2],
      ['111111111111111_100000000000003', '111111111111111_100000000000001', '2024-05-01T08:09:00.000Z', 0],
    ]);
  });

  it('reads NDJSON, one comment a line', async () => {
    const result = await scan([`${DIR}/graph_api/comments.ndjson`]);
    expect(result.rows).toEqual({ read: 3, used: 2, rejected: 0, skipped: 1, duplicates: 0 });
  });

  it('refuses JSON cut off mid-way and JSON of another shape (exit 2, file named)', async () => {
    await expect(scan([`${DIR}/graph_api/truncated.json`])).rejects.toThrow(/truncated\.json: not valid JSON \(.*\): the file looks cut off/);
    await expect(scan([`${DIR}/graph_api/restfb_v10_0_from-as-page.json`])).rejects.toThrow(/from-as-page\.json: a Graph API Page object \(GET \/\{page-id\}\), not comments/);
  });
});

describe('CrowdTangle', () => {
  it('is recognised and refused: it holds posts, not comments (exit 2)', async () => {
    await expect(scan([`${DIR}/crowdtangle/posts.csv`])).rejects.toThrow(/posts\.csv:1: this is a CrowdTangle export: it lists posts/);
  });
});

describe('Apify, youtube-comment-downloader, Facebook Download Your Information', () => {
  it('Apify: decodes the base64 id into post and comment, coerces likesCount strings', async () => {
    const { report, comments } = await records(`${DIR}/apify/official_docs_example.json`);
    expect(report.format).toBe('apify-facebook-comments-json');
    expect(comments.map((c) => [c.id, c.post, c.parent, c.author, c.name, c.at, c.likes])).toEqual([
      ['1055403083368395_2386082985122451', '1055403083368395', '', 'pfbid022LryhRGvvGeZrrHq6SeS95doHdjDg7WHfaJHErzcEiNF8KPHiTx3drT9pw3oKMKTl', 'Elizabeth Grindrod', '2025-04-09T18:39:23.000Z', 2],
      ['962557721894363_1429848010948513', '962557721894363', '', '100093298181468', 'Marlon Figueredo', '2024-03-08T10:12:10.000Z', 1],
    ]);
  });

  it('youtube-comment-downloader: replies by cid, votes like "1.2K", epoch times', async () => {
    const { report, comments } = await records(`${DIR}/youtube/synthetic_comments.jsonl`);
    expect(report.format).toBe('youtube-comment-downloader-jsonl');
    expect(comments.map((c) => [c.id, c.parent, c.author, c.name, c.at, c.likes])).toEqual([
      ['UgzExampleTopLevel4AaABAg', '', 'UCxxxxxxxxxxxxxxxxxxxxxx', '@aygun123', '2022-05-08T08:53:20.000Z', 1200],
      ['UgzExampleTopLevel4AaABAg.9zReplyIdExample', 'UgzExampleTopLevel4AaABAg', 'UCyyyyyyyyyyyyyyyyyyyyyy', '@rashad', '2023-05-02T04:00:00.000Z', 0],
    ]);
  });

  it('Download Your Information: repairs the mojibake (É\\u0099 → ə) and says it is one account’s own comments', async () => {
    const { comments } = await records(`${DIR}/facebook_dyi/synthetic_az_mojibake_comments.json`);
    expect(comments.map((c) => [c.name, c.text, c.at])).toEqual([
      ['Aygün Məmmədova', 'Salam, necəsən? Şəki, ağ, ıldırım, çörək, gözəl, üzüm. Əla! İlham', '2024-05-01T08:03:12.000Z'],
      ['Aygün Məmmədova', 'Привет, как дела? — Ölkə', '2024-05-01T08:05:40.000Z'],
    ]);
    expect((await scan([`${DIR}/facebook_dyi/synthetic_az_mojibake_comments.json`])).warnings.map((w) => w.code)).toContain('own-comments-only');
  });
});

describe('exportcomments.com CSV', () => {
  it('finds the header behind preamble rows, counts them as skipped, reads the zoneless Date in --input-tz and ids from permalinks', async () => {
    const { report, comments } = await records(`${DIR}/exportcomments/with_preamble.csv`);
    expect(report).toMatchObject({ format: 'exportcomments-csv', read: 4, used: 2, skipped: 2 });
    expect(comments.map((c) => [c.id, c.post, c.author, c.name, c.at, c.likes, c.text])).toEqual([
      ['555', '123456', '100012345678901', 'Aygün Məmmədova', '2024-05-01T08:03:12.000Z', 4, 'Salam, necəsən?'],
      ['0:6', '123456', '1.00012E+14', 'Rəşad Əliyev', '2024-05-01T08:05:00.000Z', 0, 'Bəli'],
    ]);
    const result = await scan([`${DIR}/exportcomments/with_preamble.csv`], { inputTz: 'Asia/Baku' });
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['excel-mangled-ids', 'zoneless-times']);
    const { comments: first } = await records(`${DIR}/exportcomments/synthetic_reconstructed_header.csv`);
    expect(first.map((c) => [c.author, c.name, c.likes])).toEqual([['100012345678901', 'Aygün Məmmədova', 4]]);
  });
});

describe('stdin, --map and --format-hint', () => {
  it('reads standard input (-), maps columns of an unknown CSV by hand, and checks a forced format', async () => {
    const { cli, clis } = await import('../helpers/scan.js');
    const csv = 'Commenter;Time;Words\nAysel Məmmədova;2021-03-01T10:00:00Z;salam\nRəşad Əliyev;2021-03-01T11:00:00Z;sağ ol\n';
    const mapped = cli(['scan', '-', '--map', 'author_name=Commenter', 'created_at=Time', 'text=Words', '--format', 'json'], csv);
    expect(mapped.code).toBe(0);
    const result = JSON.parse(mapped.stdout);
    expect(result.accounts.map((a: { name: string }) => a.name).sort()).toEqual(['Aysel Məmmədova', 'Rəşad Əliyev']);
    // Recorded as `-`, not the temporary spool file: the JSON is the same from run to run.
    expect(result.meta.inputs[0].file).toBe('-');
    const unmapped = cli(['scan', '-'], csv);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toMatch(/unknown format; found columns "Commenter", "Time", "Words"/);
    // A small canonical CSV (the hostile fixture): the forced format is checked at the header.
    const [facepager, nope, nonsense, canonical] = await clis([
      ['scan', 'fixtures/hostile/comments.csv', '--format-hint', 'facepager-csv'],
      ['scan', 'fixtures/hostile/comments.csv', '--format-hint', 'nope'],
      ['scan', 'fixtures/hostile/comments.csv', '--map', 'nonsense'],
      ['scan', 'fixtures/hostile/comments.csv', '--format-hint', 'canonical-csv', '--format', 'json'],
    ]);
    expect(facepager!.stderr).toMatch(/--format-hint facepager-csv: the header lacks what it needs/);
    expect(nope!.code).toBe(2);
    expect(nonsense!.stderr).toMatch(/--map: expected field=column/);
    expect(canonical!.code).toBe(0);
    expect(JSON.parse(canonical!.stdout).meta.inputs[0].format).toBe('canonical-csv');
  }, 120_000); // spawns the binary six times
});

describe('kevinzg facebook-scraper JSON', () => {
  it('reads posts with comments_full, nested replies and reactors, strips tracking from links, and disables shift analysis for day-only times', async () => {
    const result = await scan([`${DIR}/kevinzg/posts.json`]);
    expect(result.meta.inputs[0]).toMatchObject({ format: 'kevinzg-facebook-scraper-json', used: 2 });
    expect(result.accounts.filter((a) => a.comments > 0).map((a) => [a.id, a.url]).sort()).toEqual([
      ['100009665948953', 'https://facebook.com/tw0311'],
      ['100022377272712', 'https://facebook.com/brizanne.torres'],
    ]);
    expect(result.accounts.filter((a) => a.reactionsGiven > 0).map((a) => a.id).sort()).toEqual(['https://facebook.com/profile.php?id=100000112053053', 'https://facebook.com/ryan.dwayne']);
    expect(result.meta.signals.find((s) => s.id === 'shift-hours')).toEqual({ id: 'shift-hours', available: false, unavailableReason: 'day-precision-times' });
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['day-precision-times', 'zoneless-times']);
    const { comments } = await records(`${DIR}/kevinzg/posts.json`);
    expect(comments.map((c) => [c.id, c.post, c.parent])).toEqual([
      ['1417925635669547', '1417925635669000', ''],
      ['793761608817229', '1417925635669000', '1417925635669547'],
    ]);
  });
});

describe('exportcomments.com XLSX', () => {
  it('reads the first worksheet (preamble, dates, quotes) as the CSV export, hashing the workbook', async () => {
    const result = await scan([`${DIR}/exportcomments/comments.xlsx`]);
    expect(result.meta.inputs[0]).toMatchObject({ format: 'exportcomments-xlsx', read: 4, used: 2, skipped: 2 });
    expect(result.meta.inputs[0]!.file).toMatch(/comments\.xlsx$/);
    const { comments } = await records(`${DIR}/exportcomments/comments.xlsx`);
    expect(comments.map((c) => [c.author, c.name, c.at, c.likes, c.text])).toEqual([
      ['100012345678901', 'Aygün Məmmədova', '2024-05-01T08:03:12.000Z', 4, 'Salam, necəsən?'],
      ['100012345678902', 'Rəşad Əliyev', '2024-05-01T08:05:00.000Z', 0, 'Bəli, "düzdür"'],
    ]);
  });

  it('refuses a file that only looks like a workbook (exit 2, file named)', async () => {
    await expect(scan([`${DIR}/exportcomments/not-a-workbook.xlsx`])).rejects.toThrow(/not-a-workbook\.xlsx: not a readable XLSX workbook/);
  });
});

describe('Apify CSV', () => {
  it('reads the /-flattened CSV export as the JSON one', async () => {
    const csv = await records(`${DIR}/apify/export.csv`);
    const json = await records(`${DIR}/apify/official_docs_example.json`);
    expect(csv.report.format).toBe('apify-facebook-comments-csv');
    expect(csv.comments.map(({ replies: _r, ...c }) => c)).toEqual(json.comments.map(({ replies: _r, ...c }) => c));
  });
});

describe('Meta Content Library JSON', () => {
  it('gives the same records as the flattened CSV', async () => {
    const json = await records(`${DIR}/meta_content_library/comments.json`);
    const csv = await records(`${DIR}/meta_content_library/synthetic_mcl_comments_flattened.csv`);
    expect(json.report.format).toBe('meta-content-library-json');
    expect(json.comments).toEqual(csv.comments);
  });
});

describe('Facepager Selected nodes', () => {
  it('takes the post from the path when the parent node is not in the file', async () => {
    const { tempFiles } = await import('../helpers/files.js');
    const f = tempFiles({
      's.csv': '\ufeff"path";"id";"parent_id";"level";"object_id";"object_type";"object_key";"query_status";"query_time";"query_type";"message";"created_time";"like_count";"comment_count";"from.id";"from.name"\r\n"ExamplePage/111_222/111_333";"3";"2";"2";"111_333";"data";"data";"fetched (200)";"2024-05-02 10:16:11";"Facebook:/<post-id>/comments";"Salam";"2024-05-01T08:03:12+0000";"4";"1";"9";"Aysel"\r\n',
    });
    const { comments } = await records(f['s.csv']!);
    expect(comments.map((c) => [c.id, c.post, c.author])).toEqual([['111_333', '111_222', '9']]);
  });
});

describe('brigade formats lists every format the readers read (new-user trial: six were missing)', () => {
  // One fixture per format a reader reports; a new reader without a fixture here still has to be listed
  // (the listing walks the readers' registries), this table checks it from the reading side.
  const SAMPLES: [file: string, format: string][] = [
    ['facepager/with_from_allnodes.csv', 'facepager-csv'],
    ['meta_content_library/synthetic_mcl_comments_flattened.csv', 'meta-content-library-csv'],
    ['minimaxir/synthetic_cnn_facebook_comments.csv', 'minimaxir-csv'],
    ['exportcomments/with_preamble.csv', 'exportcomments-csv'],
    ['apify/export.csv', 'apify-facebook-comments-csv'],
    ['exportcomments/comments.xlsx', 'exportcomments-xlsx'],
    ['apify/official_docs_example.json', 'apify-facebook-comments-json'],
    ['youtube/synthetic_comments.jsonl', 'youtube-comment-downloader-jsonl'],
    ['facebook_dyi/synthetic_az_mojibake_comments.json', 'facebook-dyi-comments-json'],
    ['kevinzg/posts.json', 'kevinzg-facebook-scraper-json'],
    ['meta_content_library/comments.json', 'meta-content-library-json'],
    ['graph_api/comments.ndjson', 'graph-api-json'],
  ];

  it('names each with how it is detected and what it reads, in the README too', async () => {
    const { cli } = await import('../helpers/scan.js');
    const { readFileSync } = await import('node:fs');
    const listing = cli(['formats']);
    expect(listing.code).toBe(0);
    // An entry: its name alone on a line, then indented description, detected, needs and reads lines.
    const entries = new Map(
      listing.stdout.split('\n\n').filter((block) => /^\S+\n {2}/.test(block)).map((block) => [block.split('\n')[0]!, block] as const),
    );
    const read: string[] = [];
    for (const [file, format] of SAMPLES) {
      const { reports } = await loadModel({ comments: [`${DIR}/${file}`] }, resolveScanOptions({}).analysis, false);
      read.push(reports[0]!.format);
    }
    const demo = await loadModel({ comments: [`${ROOT}/fixtures/demo/comments.csv`], reactions: `${ROOT}/fixtures/demo/reactions.csv` }, resolveScanOptions({}).analysis, false);
    read.push(...demo.reports.map((r) => r.format));
    expect(read).toEqual([...SAMPLES.map(([, format]) => format), 'canonical-csv', 'canonical-reactions-csv']);
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    for (const format of read) {
      expect(entries.get(format), format).toMatch(/\n {2}detected: .+\n {2}needs: .+\n {2}reads: .+$/);
      expect(readme, `README names ${format}`).toContain(`\`${format}\``);
    }
    // Recognised only to be refused: it says how, and reads nothing.
    expect(entries.get('crowdtangle')).toMatch(/\n {2}detected: a CSV header with post created, comments, and page name or group name$/);
    expect(readme).toContain('`crowdtangle`');
    expect(entries.get('canonical-csv')).toContain('reads: comment_id, post_id');
    expect(entries.get('youtube-comment-downloader-jsonl')).toMatch(/detected: .*cid and time_parsed[^]*reads: cid, text, author, channel, votes, time_parsed/);
    // And nothing listed that no reader reads: every entry is a format seen above.
    expect([...entries.keys()].sort()).toEqual([...new Set([...read, 'crowdtangle'])].sort());
  }, 120_000); // spawns the binary
});
