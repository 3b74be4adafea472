import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/options.js';
import { loadModel } from '../../src/run.js';
import { coCommentEdges } from '../../src/signals/_shared/co-comment.js';
import { tempFiles } from '../helpers/files.js';
import { ROOT, scan } from '../helpers/scan.js';

const PEERS = `${ROOT}/fixtures/peers`;

/** A test-only adapter: the peers' share data read as comments by renaming its header. */
async function peerModel(file: string, header: [string, string][]) {
  let text = readFileSync(`${PEERS}/${file}`, 'utf8');
  const [first, ...rest] = text.split('\n');
  let renamed = first!;
  for (const [from, to] of header) renamed = renamed.replace(new RegExp(`\\b${from}\\b`), to);
  text = [renamed, ...rest].join('\n');
  const f = tempFiles({ 'c.csv': text });
  return (await loadModel({ comments: [f['c.csv']] }, resolveScanOptions({}).analysis, false)).model;
}

const SHARE_HEADER: [string, string][] = [['object_id', 'post_id'], ['account_id', 'author_id'], ['content_id', 'comment_id'], ['timestamp_share', 'created_at']];

describe('co-commenting pairs, against the peers', () => {
  it("QUT toolkit's window-edge fixture: 6 accounts at a 60 s window (59 s in, 61 s out, own comments never pair)", async () => {
    const model = await peerModel('qut_coretweet_test_input.csv', [['message_id', 'comment_id'], ['user_id', 'author_id'], ['username', 'author_name'], ['repost_id', 'post_id'], ['timestamp', 'created_at'], ['message', 'text']]);
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
    const model = await peerModel('russian_coord_tweets.csv', SHARE_HEADER);
    const mine = new Map(coCommentEdges(model, 60_000).edges.map((e) => [[model.accounts[e.a]!.id, model.accounts[e.b]!.id].sort().join(','), e.weight]));
    const peers = readFileSync(`${PEERS}/russian_coord_tweets.pairs_tw60_mp1.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(peers).toHaveLength(6206);
    expect(mine.size).toBe(6206);
    const differing = peers.filter(([a, b, n]) => mine.get([a!, b!].sort().join(',')) !== Number(n));
    expect(differing).toEqual([]);
  });

  it("CooRTweet's simulated data: exactly the 4,950 coordinated account pairs of its ground truth at 10 s", async () => {
    const model = await peerModel('coortweet_simulated_seed123.csv', SHARE_HEADER);
    const mine = coCommentEdges(model, 10_000).edges.map((e) => [model.accounts[e.a]!.id, model.accounts[e.b]!.id].sort().join(','));
    const truth = new Set(
      readFileSync(`${PEERS}/coortweet_simulated_seed123.truth.csv`, 'utf8').trim().split('\n').slice(1)
        .map((l) => l.split(',')).filter((c) => c[6] === 'TRUE').map((c) => [c[4]!, c[5]!].sort().join(',')),
    );
    expect(truth.size).toBe(4950);
    expect(new Set(mine)).toEqual(truth);
  });
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
