import { describe, expect, it } from 'vitest';
import { renderJsonPieces } from '../../src/report/json.js';
import type { ScanResult } from '../../src/result.js';

describe('the JSON result written in pieces', () => {
  it('splits a long array into pieces of about a megabyte whose concatenation is the one-element-per-line JSON', () => {
    const accounts = Array.from({ length: 30_000 }, (_, i) => ({ id: `a${i}`, name: `Ad Soyad ${i} ə`, evidence: [{ code: 'x', strength: i / 7 }] }));
    const result = { schemaVersion: 2, summary: { accounts: accounts.length }, accounts, posts: [], topN: { n: 300, posts: [{ postId: 'p', share: 0.5 }] } } as unknown as ScanResult;
    const pieces = [...renderJsonPieces(result)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1.1 * 2 ** 20);
    const text = pieces.join('');
    expect(JSON.parse(text)).toEqual(result);
    const lines = text.split('\n');
    expect(lines).toContain(`    ${JSON.stringify(accounts[12_345])},`);
    expect(lines).toContain('  "posts": [],');
    // Nested long arrays keep the layout they had: topN.posts one element per line.
    expect(lines).toContain(`      ${JSON.stringify({ postId: 'p', share: 0.5 })}`);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
