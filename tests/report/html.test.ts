import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { forHtml } from '../../src/report/sanitize.js';
import type { ScanResult } from '../../src/result.js';
import { generate } from '../../src/simulate/generator.js';
import { SCENARIOS } from '../../src/simulate/scenarios.js';
import { writeDataset } from '../../src/simulate/write.js';
import { CLI_TIMEOUT, cli, clis, demo, scan } from '../helpers/scan.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const out = mkdtempSync(join(tmpdir(), 'brigade-html-'));
const DEMO = ['fixtures/demo/comments.csv', '--reactions', 'fixtures/demo/reactions.csv'];
/** Every hostile account suspicious, so their comments (listed for flagged accounts only) reach the page. */
const HOSTILE_OPTIONS = { suspiciousScore: '0' };
let hostileRun: Promise<ScanResult> | undefined;
const hostile = () => (hostileRun ??= scan(['fixtures/hostile/comments.csv'], HOSTILE_OPTIONS));
/**
 * A month of the news Page as `brigade simulate --scenario month` draws it, made smaller: 10 posts and about
 * 350 accounts instead of 40 and 1,200. The page is built the same way (a grid of posts, a timeline, network
 * cards, flagged accounts; checked in beforeAll), with a third of the elements Chromium and axe go through.
 */
const SMALL_MONTH = { posts: 10, organicAccounts: 150, brigadeAccounts: 60, networkSize: 30, targetedPosts: 4, reactions: 1 };

/** The report of a scan made in-process, written where the browser can open it. */
function write(result: ScanResult, name: string): string {
  const file = join(out, name);
  writeFileSync(file, renderHtml(result));
  return file;
}

describe('HTML report: static checks', () => {
  it('is one self-contained file with a CSP that forbids remote loads, and user text escaped', async () => {
    const html = readFileSync(write(await hostile(), 'hostile-static.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/);
    expect(html).not.toMatch(/<img|<script>alert|href="javascript|href="data:|src="http|style="/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    // The hostile fixture holds U+202E (right-to-left override) in a name: it never reaches the page.
    expect(readFileSync('fixtures/hostile/comments.csv', 'utf8')).toContain('\u202e');
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u0000-\u0008\u001b]/);
  });

  it('neutralises markup, controls and bidi controls in one helper', () => {
    expect(forHtml('a\u202eb\u2066c<i>"\'&\u001b[2J')).toBe('a\ufffdb\ufffdc&lt;i&gt;&quot;&#39;&amp;\ufffd[2J');
  });

  it('draws one waffle square per comment counted, and every post', async () => {
    const result = await scan(['fixtures/demo/comments.csv'], { top: '77' }, 'fixtures/demo/reactions.csv');
    const html = renderHtml(result);
    const waffle = html.match(/<svg class="waffle"[^]*?<\/svg>/)![0];
    expect(result.topN.posts[0]!.considered).toBe(77);
    expect(waffle.match(/<rect /g)).toHaveLength(77);
    expect(waffle.match(/fill="#D55E00"/g)).toHaveLength(result.topN.posts[0]!.inauthentic);
  });
});

describe('network cards', () => {
  it('show the network verdicts of issue #9 (verdict, tells with figures, the basis in words)', async () => {
    const result = (await demo()).result;
    const html = renderHtml(result);
    // The demo's largest network, judged inauthentic as a whole on Pages posing as people.
    const alert = html.match(/<article class="card net tone-alert" id="network-n1">[^]*?<\/article>/)![0];
    expect(alert).toContain('likely inauthentic');
    expect(alert).toContain('judged as a group on Pages posing as people');
    expect(alert).toMatch(/45 of its 48 members are Pages with a person&#39;s name, against 0\.8% among the page&#39;s other commenters \(q &lt; 0\.001\)/);
    // A group tested and found to act together and nothing more: neutral, with the reason it is not judged inauthentic.
    const judged = structuredClone(result) as unknown as { networks: Record<string, unknown>[] };
    judged.networks[0]!.assessment = {
      verdict: 'coordinated-authentic',
      basis: [],
      evidence: [
        { tell: 'pages', passed: false, testable: true, q: 0.4, pages: 0, members: 32, baseline: 0.02 },
        { tell: 'shift', passed: false, testable: true, q: 0.9, share: 0.41, comments: 212, occasions: 150, baseline: 0.43 },
        { tell: 'names', passed: false, testable: true, q: 1, pairs: 0, expected: 0.3 },
      ],
    };
    const card = renderHtml(judged as unknown as ScanResult).match(/<article class="card net tone-neutral" id="network-n1">[^]*?<\/article>/)![0];
    expect(card).toContain('coordinated but authentic');
    expect(card).toContain('41% of its 212 comments (150 occasions: a post and an hour) fall in the mon, tue, wed, thu, fri 09:00–18:00 except 13:00–14:00 (Asia/Baku) shift, against 43%');
    expect(card).toContain('Not judged inauthentic');
  });
});

describe('brigade report', () => {
  it('gives byte-identical HTML to scan --format html, and the same JSON back', async () => {
    const json = join(out, 'demo.json'), direct = join(out, 'direct.html'), rebuilt = join(out, 'rebuilt.html'), again = join(out, 'again.json');
    // The JSON from stdout: written with --out it would name the inputs from its own folder (for
    // reproduce), where the HTML of scan names them as given (tests/cli.test.ts, scan --out).
    const scans = await clis([
      ['scan', ...DEMO, '--format', 'json', '--quiet'],
      ['scan', ...DEMO, '--format', 'html', '--out', direct, '--quiet'],
    ]);
    expect(scans.map((r) => r.code)).toEqual([0, 0]);
    writeFileSync(json, scans[0]!.stdout);
    const [html, sameJson, table] = await clis([
      ['report', json, '--format', 'html', '--out', rebuilt],
      ['report', json, '--format', 'json', '--out', again],
      ['report', json],
    ]);
    expect([html!.code, sameJson!.code, table!.code]).toEqual([0, 0, 0]);
    expect(readFileSync(rebuilt).equals(readFileSync(direct))).toBe(true);
    expect(readFileSync(again).equals(readFileSync(json))).toBe(true);
    const saved = JSON.parse(readFileSync(json, 'utf8')) as ScanResult;
    expect(table!.stdout.startsWith(`post 1728000000000_7000000000: ${saved.topN.posts[0]!.inauthentic} of its top 300 comments from likely inauthentic accounts`)).toBe(true);
  }, CLI_TIMEOUT);

  it('refuses a result of another schema version with exit 2 and says so', () => {
    const old = join(out, 'v1.json');
    const result = JSON.parse(readFileSync(join(out, 'demo.json'), 'utf8'));
    writeFileSync(old, JSON.stringify({ ...result, schemaVersion: 1 }));
    const run = cli(['report', old, '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/is of another version: schemaVersion 1, written by an older brigade; this brigade reads schemaVersion 2/);
  }, CLI_TIMEOUT);
});

interface Opened {
  name: string;
  result: ScanResult;
  file: string;
}

// The pages are opened in parallel tabs (tests run concurrently, each with its own context), in one browser.
describe.skipIf(!hasChromium).concurrent(`HTML report in Chromium${hasChromium ? '' : ' (skipped: no /usr/bin/chromium on this machine; CI installs Debian’s chromium)'}`, () => {
  let launching: Promise<Browser> | undefined;
  let browser: Browser;
  const reports: Opened[] = [];

  beforeAll(async () => {
    // The browser starts while the reports are made (the scans in-process; simulate's CLI is tested in files-as-they-come).
    launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      }),
    );
    const month = join(out, 'month');
    await writeDataset(generate({ ...SCENARIOS.month!, fixed: SMALL_MONTH }), month);
    const demoResult = (await demo()).result;
    const monthResult = await scan([join(month, 'comments.csv')], {}, join(month, 'reactions.csv'));
    // What the month is for: many posts on the page, network cards, flagged accounts with their comments.
    expect(monthResult.topN.posts.length).toBe(SMALL_MONTH.posts);
    expect(monthResult.networks.length).toBeGreaterThan(1);
    expect(monthResult.summary.inauthentic).toBeGreaterThan(0);
    const hostileResult = await hostile();
    reports.push({ name: 'demo', result: demoResult, file: write(demoResult, 'demo.html') });
    reports.push({ name: 'month', result: monthResult, file: write(monthResult, 'month.html') });
    reports.push({ name: 'hostile', result: hostileResult, file: write(hostileResult, 'hostile.html') });
    browser = await launching;
  }, 120_000);

  afterAll(async () => {
    await (await launching?.catch(() => undefined))?.close();
  });

  async function open(file: string) {
    // CSP bypassed only so axe-core can be injected after the page's own checks; the page runs as shipped.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [], dialogs: string[] = [], requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('request', (r) => !r.url().startsWith('file://') && requests.push(r.url()));
    await page.goto(`file://${file}`);
    return { context, page, errors, dialogs, requests };
  }

  for (const name of ['demo', 'month', 'hostile']) {
    it(`${name}: true numbers, every post, no error, no request, no injected element, no serious accessibility violation`, async ({ expect }) => {
      const { result, file } = reports.find((r) => r.name === name)!;
      const { context, page, errors, dialogs, requests } = await open(file);
      try {
        // Every details open: the comments and reasons of every row are rendered and inspected.
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await page.locator('script').count()).toBe(1);
        expect(await page.locator('img, iframe, object, embed, form, link, meta[http-equiv=refresh], [style]').count()).toBe(0);
        expect(await page.locator('a[href]:not([href^="#"]):not([href^="https://"]):not([href^="http://"])').count()).toBe(0);
        expect(await page.locator('[onerror], [onclick], [onload]').count()).toBe(0);

        // One square per comment counted, post by post.
        const posts = result.topN.posts;
        if (posts.length === 1) {
          expect(await page.locator('#findings svg.waffle rect').count()).toBe(posts[0]!.considered);
        } else {
          expect(await page.locator('#post-grid article.pm').count()).toBe(posts.length);
          const drawn = await page.locator('#post-grid article.pm').evaluateAll((cards) =>
            cards.map((c) => [c.getAttribute('data-post'), c.querySelectorAll('svg.waffle rect').length] as [string, number]),
          );
          expect(new Map(drawn)).toEqual(new Map(posts.map((p) => [p.postId, p.considered])));
        }
        // The first sentence states the JSON's own figures.
        const f = posts.length === 1 ? posts[0]! : result.topN.overall;
        const sentence = (await page.locator('#overall').textContent())!.replace(/,(\d{3})/g, '$1');
        if (f.considered > 0) {
          expect(sentence).toContain(posts.length === 1 ? `${f.inauthentic} of the top ${f.considered} comments under this post` : `${f.inauthentic} of the ${f.considered} comments counted`);
          expect(sentence).toContain(`${(f.share * 100).toFixed(1)}%, 95% CI ${(f.ci95[0] * 100).toFixed(1)}–${(f.ci95[1] * 100).toFixed(1)}%`);
        }
        if (name === 'demo') {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          expect(height).toBeLessThan(15_000);
        }
        if (name === 'hostile') expect(await page.locator('#accounts').textContent()).toContain('<img src=x onerror=alert(1)>');

        const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const run = await (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({
            resultTypes: ['violations'],
          });
          return run.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  it('demo: search, paging and sorting work from the keyboard; the month orders its posts by date', async ({ expect }) => {
    const { context, page, errors } = await open(reports.find((r) => r.name === 'demo')!.file);
    try {
      const rows = page.locator('#accounts tbody tr');
      expect(await rows.count()).toBe(982);
      expect(await page.locator('#accounts tbody tr:not([hidden])').count()).toBe(20);
      // Flagged accounts first.
      const verdicts = await rows.evaluateAll((all) => all.map((r) => r.className));
      const firstAuthentic = verdicts.indexOf('v-authentic');
      expect(verdicts.slice(firstAuthentic).every((v) => v === 'v-authentic')).toBe(true);
      await page.locator('#next').focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#page-info').textContent()).toBe('rows 21–40 of 982');
      await page.fill('#search', 'Web designer');
      const shown = Number(await page.locator('#shown').textContent());
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(982);
      await page.fill('#search', '');
      await page.locator('#accounts thead th', { hasText: 'score' }).locator('button').focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#accounts thead th', { hasText: 'score' }).getAttribute('aria-sort')).toBe('ascending');
      expect(await page.locator('#accounts tbody tr:not([hidden])').first().locator('td').nth(4).textContent()).toBe('0.00');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    const month = await open(reports.find((r) => r.name === 'month')!.file);
    try {
      await month.page.locator('button[data-order=time]').click();
      const times = await month.page.locator('#post-grid article.pm').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-time')!));
      expect(times).toEqual([...times].sort());
      expect(await month.page.locator('#timeline-svg circle').count()).toBe(reports.find((r) => r.name === 'month')!.result.topN.posts.filter((p) => p.considered > 0).length);
    } finally {
      await month.context.close();
    }
  }, 120_000);
});
