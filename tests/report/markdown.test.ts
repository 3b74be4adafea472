import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { forMarkdown } from '../../src/report/sanitize.js';
import { readResult } from '../../src/result-io.js';
import { ROOT } from '../helpers/scan.js';

/** Tags, an entity, an autolink, a block quote, a table break, a link and emphasis, as a name. */
const HOSTILE = '> <b>B</b> &amp; <https://e.x> | [x](javascript:1) *y*';

describe('Markdown report (new-user trial: "p &lt; 0.001")', () => {
  it('writes our own wording as it is, and escapes hostile names with backslashes, not HTML entities', async () => {
    const result = await readResult(`${ROOT}/fixtures/demo/expected.json`);
    const flagged = result.accounts.find((a) => a.verdict !== 'authentic')!;
    flagged.name = HOSTILE;
    const markdown = renderMarkdown(result);
    // Our wording: read as written, raw or rendered.
    expect(markdown).toMatch(/against \d+% of the other \d+ \(p < 0\.001\); hour-of-week profiles differ \(p < 0\.001, χ² df \d+\)/);
    // No entity anywhere but the name's own (escaped) one.
    expect(markdown).not.toMatch(/(?<!\\)&(lt|gt|amp);/);
    // The hostile name: every piece that Markdown would act on is backslash-escaped (CommonMark shows it literally).
    const row = markdown.split('\n').find((line) => line.startsWith(`| ${flagged.id} |`))!;
    expect(HOSTILE.length).toBeLessThan(60); // the name column's width: shown whole
    expect(row).toContain('| \\> \\<b>B\\</b> \\&amp; \\<https\\:\\/\\/e.x> \\| \\[x\\](javascript:1) \\*y\\* |');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
    // The whole count before the table, which lists only the inauthentic and suspicious (new-user trial, Dec 7).
    const s = result.summary;
    expect(markdown).toContain(`accounts: ${s.accounts} (${s.inauthentic} inauthentic, ${s.suspicious} suspicious, ${s.authentic} authentic)`);
    expect(markdown.split('\n').filter((line) => /^\| \d/.test(line))).toHaveLength(s.inauthentic + s.suspicious);
  });

  it('escapes < and & only where Markdown would read a tag, an autolink or an entity', () => {
    expect(forMarkdown('p < 0.001 & 5 > 3')).toBe('p < 0.001 & 5 > 3');
    expect(forMarkdown('a<b x&#60; y&', 100)).toBe('a\\<b x\\&\\#60; y\\&');
    expect(forMarkdown('> quoted')).toBe('\\> quoted');
  });
});
