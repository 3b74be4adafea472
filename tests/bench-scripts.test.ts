import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, DEMO_FILES, ROOT } from './helpers/scan.js';

/**
 * `npm run bench` is not part of the suite (it takes minutes), but its in-process part builds the signal context by
 * hand: a field added to the context broke it once without a test noticing (the bench died parsing an empty line).
 */
describe('scripts/bench-passes.mjs (part of npm run bench)', () => {
  it('times every pass of the demo and prints one JSON line', () => {
    const run = spawnSync(process.execPath, ['scripts/bench-passes.mjs', DEMO_FILES.comments], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT });
    expect(run.status, run.stderr).toBe(0);
    const timings = JSON.parse(run.stdout) as Record<string, number>;
    expect(Object.keys(timings)).toEqual(['page-as-profile', 'stock-name', 'shift-hours', 'network-member', 'page-network-copies', 'intra-network', 'co-commenting', 'copy-paste', 'ties, after the passes']);
    expect(Object.values(timings).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
  }, CLI_TIMEOUT);
});

describe('scripts/sensitivity.mjs (the other hands\' draws, by knob)', () => {
  const draw = (family: string, recall: number | null, precision: number, knobs: Record<string, unknown>) => ({ family, recall, precision, knobs });
  it('bins flags by value, numbers in thirds of their range, ranges by their middle, and nested knobs by dotted name', async () => {
    const { sensitivityRows, flatKnobs } = (await import('../scripts/sensitivity.mjs')) as {
      sensitivityRows: (d: unknown[]) => { family: string; knob: string; bins: { label: string; draws: number; meanRecall: number | null; minRecall: number | null; minPrecision: number }[] }[];
      flatKnobs: (k: unknown) => Record<string, unknown>;
    };
    expect(flatKnobs({ reactions: true, comments: '12-21', brigade: { networks: 3 }, shift: '8-17/13/mon-fri' })).toEqual({ reactions: true, comments: 16.5, 'brigade.networks': 3, shift: '8-17/13/mon-fri' });
    const rows = sensitivityRows([
      draw('flood', 0.5, 1, { reactions: false, share: 0.0, same: 1 }),
      draw('flood', 0.7, 0.98, { reactions: false, share: 0.3, same: 1 }),
      draw('flood', 1, 0.99, { reactions: true, share: 0.6, same: 1 }),
      draw('flood', 0.9, 1, { reactions: true, share: 0.9, same: 1 }),
      draw('flood', 0.8, 1, { reactions: true, share: 0.5, same: 1 }),
      draw('flood', 0.6, 1, { reactions: true, share: 0.45, same: 1 }),
      draw('flood', 0.4, 1, { reactions: true, share: 0.1, same: 1 }),
      draw('control', null, 1, { reactions: true }),
    ]);
    // The control has no brigade to find; a knob equal in every draw says nothing.
    expect(rows.map((r) => `${r.family}/${r.knob}`)).toEqual(['flood/reactions', 'flood/share']);
    const reactions = rows[0]!.bins;
    expect(reactions.map((b) => [b.label, b.draws, b.minRecall, b.minPrecision])).toEqual([['false', 2, 0.5, 0.98], ['true', 5, 0.4, 0.99]]);
    expect(reactions[0]!.meanRecall).toBeCloseTo(0.6, 12);
    // Seven values from 0 to 0.9: thirds of 0.3 each, the top value in the last.
    expect(rows[1]!.bins.map((b) => [b.label, b.draws])).toEqual([['0–0.3', 2], ['0.3–0.6', 3], ['0.6–0.9', 2]]);
  });
  it('keeps hostile names out of its table, and leaves out a range it cannot cut', async () => {
    const { sensitivityRows, formatRows } = (await import('../scripts/sensitivity.mjs')) as {
      sensitivityRows: (d: unknown[]) => { family: string; knob: string; bins: unknown[] }[];
      formatRows: (rows: unknown[], markdown: boolean) => string;
    };
    const hostile = Array.from({ length: 8 }, (_, i) => draw('a|b\u001b[2J', 0.5, 1, { 'k|\n': i, huge: (i - 3.5) * 5e307 }));
    const rows = sensitivityRows(hostile);
    // Eight values spanning more than a double holds: no thirds to cut, the knob is left out.
    expect(rows.map((r) => `${r.family}/${r.knob}`)).toEqual(['a/b [2J/k/ ']);
    const table = formatRows(rows, true);
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(table.split('\n').filter((line) => line.startsWith('| k')).every((line) => line.split('|').length === 4)).toBe(true);
  });
  it('refuses a file that is not a harness result, with exit 2', () => {
    const run = spawnSync(process.execPath, ['scripts/sensitivity.mjs', 'package.json'], { cwd: ROOT, encoding: 'utf8', timeout: CLI_TIMEOUT });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('package.json: no "draws" list');
  }, CLI_TIMEOUT);
});
