import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { resolveScanOptions } from '../../src/options.js';
import { analyse, loadModel } from '../../src/run.js';
import { coCommentEdges } from '../../src/coordination/co-comment.js';
import type { Model } from '../../src/model/types.js';
import { tempFiles } from '../helpers/files.js';
import { cli, DEMO_SCAN_TIMEOUT, ROOT, scan } from '../helpers/scan.js';

const PEERS = `${ROOT}/fixtures/peers`;
const REAL = `${PEERS}/russian_coord_tweets.csv`;
/** CooRTweet's share data read as comments, as a user maps it: object → post, account → author, share → comment. */
const SHARE_MAP = ['post_id=object_id', 'author_id=account_id', 'comment_id=content_id', 'created_at=timestamp_share'];
const QUT_MAP = ['comment_id=message_id', 'author_id=user_id', 'author_name=username', 'post_id=repost_id', 'created_at=timestamp', 'text=message'];

/** One model per file (the co-commenting options do not change what is read). */
const models = new Map<string, Promise<Model>>();
function peerModel(file: string, map: string[]): Promise<Model> {
  if (!models.has(file)) models.set(file, loadModel({ comments: [`${PEERS}/${file}`] }, resolveScanOptions({ map }).analysis, false).then((r) => r.model));
  return models.get(file)!;
}

/** The co-commenting part of the coordination graph (what --graph writes for data without text or reactions), as `a,b` → weight. */
async function peerGraph(raw: Record<string, string>) {
  const model = await peerModel('russian_coord_tweets.csv', SHARE_MAP);
  const { graph } = analyse(model, resolveScanOptions({ ...raw, map: SHARE_MAP }).analysis);
  const id = (a: number) => model.accounts[a]!.id;
  const edges = new Map(graph.edges.filter((e) => e.kind === 'co-commenting').map((e) => [[id(e.a), id(e.b)].sort().join(','), e.weight]));
  return { edges, nodes: new Set(graph.nodes.map(id)) };
}

const rows = (file: string) => readFileSync(`${PEERS}/${file}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
const SELF_ONLY = '9fa51ef17278c01d13d313741eddfc0b';

describe('co-commenting pairs, by brute force', () => {
  it('finds every pair within the window on a post of a day and on one spanning 60 days (sorted another way past 49.7 days)', async () => {
    // Twelve accounts, two posts with the same bursts: p1 within a day, p2 spread over 60 days; ties in time too.
    const base = Date.parse('2021-03-01T08:00:00Z');
    const rowsOf = (post: string, dayStep: number) =>
      Array.from({ length: 48 }, (_, i) => ({ id: `${post}c${i}`, post, author: `a${(i * 7) % 12}`, ms: base + Math.floor(i / 4) * dayStep * 86_400_000 + ((i * 13) % 4) * 20_000 }));
    const all = [...rowsOf('p1', 0.05), ...rowsOf('p2', 5)];
    const csv = ['comment_id,post_id,author_id,author_name,created_at,text', ...all.map((r) => `${r.id},${r.post},${r.author},Name ${r.author},${new Date(r.ms).toISOString()},x`)].join('\n');
    const f = tempFiles({ 'c.csv': csv });
    const model = (await loadModel({ comments: [f['c.csv']] }, resolveScanOptions({}).analysis, false)).model;
    const expected = new Map<string, number>();
    for (const x of all) for (const y of all) {
      if (x.post === y.post && x.id < y.id && x.author !== y.author && Math.abs(x.ms - y.ms) <= 30_000) {
        const key = [x.author, y.author].sort().join('-');
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const found = new Map(coCommentEdges(model, 30_000).edges.map((e) => [[model.accounts[e.a]!.id, model.accounts[e.b]!.id].sort().join('-'), e.weight]));
    expect(expected.size).toBeGreaterThan(5);
    expect(found).toEqual(expected);
  });
});

// Each test reads or analyses the peers' 35,125 rows in-process: seconds idle, tens of seconds on a busy machine.
describe('co-commenting pairs, against the peers', { timeout: DEMO_SCAN_TIMEOUT }, () => {
  it("QUT toolkit's window-edge fixture: 6 accounts at a 60 s window (59 s in, 61 s out, own comments never pair)", async () => {
    const model = await peerModel('qut_coretweet_test_input.csv', QUT_MAP);
    const { edges } = coCommentEdges(model, 60_000);
    const ids = (e: { a: number; b: number }) => [model.accounts[e.a]!.id, model.accounts[e.b]!.id].sort().join('-');
    expect(edges.map((e) => [ids(e), e.weight, e.posts])).toEqual([
      ['uid0-uid1', 2, 1],
      ['uid2-uid3', 1, 1],
      ['uid4-uid5', 2, 2],
    ]);
    expect(coCommentEdges(model, 59_000).edges.map(ids)).toEqual(['uid0-uid1', 'uid2-uid3', 'uid4-uid5']);
    expect(coCommentEdges(model, 58_000).edges.map(ids)).toEqual(['uid0-uid1', 'uid2-uid3', 'uid4-uid5']);
    expect(coCommentEdges(model, 0).edges).toEqual([]);
  });

  it('CooRTweet/QUT on real data: the same 6,206 account pairs with the same weights at 60 s', async () => {
    const model = await peerModel('russian_coord_tweets.csv', SHARE_MAP);
    const mine = new Map(coCommentEdges(model, 60_000).edges.map((e) => [[model.accounts[e.a]!.id, model.accounts[e.b]!.id].sort().join(','), e.weight]));
    const peers = rows('russian_coord_tweets.pairs_tw60_mp1.csv');
    expect(peers).toHaveLength(6206);
    expect(mine.size).toBe(6206);
    const differing = peers.filter(([a, b, n]) => mine.get([a!, b!].sort().join(',')) !== Number(n));
    expect(differing).toEqual([]);
  });

  it("CooRTweet's simulated data: exactly the 4,950 coordinated account pairs of its ground truth at 10 s", async () => {
    const model = await peerModel('coortweet_simulated_seed123.csv', SHARE_MAP);
    const mine = coCommentEdges(model, 10_000).edges.map((e) => [model.accounts[e.a]!.id, model.accounts[e.b]!.id].sort().join(','));
    const truth = new Set(rows('coortweet_simulated_seed123.truth.csv').filter((c) => c[6] === 'TRUE').map((c) => [c[4]!, c[5]!].sort().join(',')));
    expect(truth.size).toBe(4950);
    expect(new Set(mine)).toEqual(truth);
  });
});

describe('the peers from the command line: --edge-weight, --min-edge-weight, --participation', { timeout: DEMO_SCAN_TIMEOUT }, () => {
  it('--edge-weight 0 --min-edge-weight 1 at 60 s, min participation 1: the graph holds all 6,206 pairs with their weights (6,143 of weight 1)', async () => {
    const { edges } = await peerGraph({ timeWindow: '60', minParticipation: '1', edgeWeight: '0', minEdgeWeight: '1' });
    expect(edges.size).toBe(6206);
    expect([...edges.values()].filter((w) => w === 1)).toHaveLength(6143);
    expect(rows('russian_coord_tweets.pairs_tw60_mp1.csv').filter(([a, b, n]) => edges.get([a!, b!].sort().join(',')) !== Number(n))).toEqual([]);
    // The strict `> q` cut at q = 0 and the default minimum of 2 pairs left 63.
    expect((await peerGraph({ timeWindow: '60', minParticipation: '1', edgeWeight: '0' })).edges.size).toBe(63);
  });

  it("--participation coortweet at 60 s, min participation 2, edge weight 0.5: CooRTweet's network exactly (60 edges, 94 nodes); the default rule keeps 48 and 81", async () => {
    const { edges, nodes } = await peerGraph({ timeWindow: '60', minParticipation: '2', edgeWeight: '0.5', participation: 'coortweet' });
    const theirs = new Map(rows('russian_coord_tweets.network_tw60_mp2_ew0.5.edges.csv').map((c) => [[c[0]!, c[1]!].sort().join(','), Number(c[2])]));
    expect(theirs.size).toBe(60);
    expect(edges).toEqual(theirs);
    expect(nodes).toEqual(new Set(rows('russian_coord_tweets.network_tw60_mp2_ew0.5.nodes.csv').map((c) => c[0]!)));
    expect(nodes.size).toBe(94);
    const both = await peerGraph({ timeWindow: '60', minParticipation: '2', edgeWeight: '0.5' });
    expect([both.edges.size, both.nodes.size]).toEqual([48, 81]);
    // The default rule keeps a subset: the 12 edges it drops each have an account coordinated on a single post.
    expect([...both.edges.keys()].filter((pair) => !theirs.has(pair))).toEqual([]);
  });

  it('--participation coortweet at 10 s, min participation 5, no weight cut: 20 edges among 23 accounts; the default rule finds none', async () => {
    const full = { timeWindow: '10', minParticipation: '5', edgeWeight: '0', minEdgeWeight: '1' };
    const { edges, nodes } = await peerGraph({ ...full, participation: 'coortweet' });
    expect([edges.size, nodes.size]).toEqual([20, 23]);
    expect((await peerGraph(full)).edges.size).toBe(0);
  });

  it("never shows an account whose only coordinated pairs are with itself (CooRTweet's remove_loops test: 10 s, min participation 5)", async () => {
    const model = await peerModel('russian_coord_tweets.csv', SHARE_MAP);
    // Its own shares of one object fall 7–8 s apart: were loops counted, it would be coordinated.
    const own = Array.from(model.accounts.find((a) => a.id === SELF_ONLY)!.commentIdx, (c) => model.comments[c]!);
    expect(own.some((x) => own.some((y) => x !== y && x.postId === y.postId && Math.abs(x.createdMs - y.createdMs) <= 10_000))).toBe(true);
    // At min participation 5 its partners (accounts with fewer shares) drop out and only itself remains.
    for (const participation of ['both', 'coortweet']) {
      const { nodes } = await peerGraph({ timeWindow: '10', minParticipation: '5', edgeWeight: '0', minEdgeWeight: '1', participation });
      expect(nodes.has(SELF_ONLY), participation).toBe(false);
    }
  });

  it('refuses an unknown --participation rule as a usage error', () => {
    expect(() => resolveScanOptions({ participation: 'either' })).toThrow(UsageError);
    expect(resolveScanOptions({}).analysis.signals['co-commenting']).toMatchObject({ participation: 'both', edgeWeight: 0.5, minEdgeWeight: 2, minParticipation: 2 });
  });

  it('the binary: --graph pairs.csv holds the 6,206 pairs, and mapped columns are not called unknown', () => {
    const f = tempFiles({});
    const run = cli(['scan', REAL, '--map', ...SHARE_MAP, '--time-window', '60', '--min-participation', '1', '--edge-weight', '0', '--min-edge-weight', '1', '--graph', `${f.dir}/pairs.csv`, '--format', 'json', '--out', `${f.dir}/r.json`]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/unknown columns/);
    const lines = readFileSync(`${f.dir}/pairs.csv`, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('source,target,kind,weight');
    expect(lines.slice(1).filter((l) => l.endsWith(',co-commenting,1'))).toHaveLength(6143);
    expect(lines).toHaveLength(6207);
  }, 60_000);
});

describe('copy-paste and co-commenting in a scan', () => {
  const HEADER = 'comment_id,post_id,author_id,author_name,created_at,text';
  it('finds a template family across accounts (emoji tails, punctuation, case), ignores short texts, and never makes it inauthentic alone', async () => {
    const rows = [HEADER];
    const template = ['Bu saytlar ancaq yalan yayır, heç kim inanmır 👍', 'bu saytlar ancaq YALAN yayır heç kim inanmır!!! 🇦🇿', 'Bu saytlar ancaq yalan yayır heç kim inanmır'];
    for (let i = 0; i < 3; i++) rows.push(`t${i},p${i},b${i},Bot ${i},2021-03-01T10:0${i}:00Z,${JSON.stringify(template[i])}`);
    for (let i = 0; i < 4; i++) rows.push(`s${i},p${i},c${i},Short ${i},2021-03-01T11:0${i}:00Z,Düz deyirsiniz`);
    rows.push('o1,p1,o1,Other,2021-03-01T12:00:00Z,Tamam başqa bir şərh burada yazılıb indi');
    const f = tempFiles({ 'c.csv': rows.join('\n') });
    const result = await scan([f['c.csv']]);
    const copy = result.accounts.filter((a) => a.evidence.some((e) => e.signal === 'copy-paste'));
    expect(copy.map((a) => a.id).sort()).toEqual(['b0', 'b1', 'b2']);
    expect(copy.every((a) => a.verdict === 'authentic')).toBe(true);
    expect(copy[0]!.evidence.find((e) => e.signal === 'copy-paste')).toMatchObject({ texts: 1, families: 1, largestFamily: 3 });
  });
});
