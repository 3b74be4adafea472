import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/options.js';
import { renderHtml } from '../../src/report/html.js';
import { runScanWithGraph } from '../../src/run.js';
import { demo } from '../helpers/scan.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
/** Starting Chromium and rendering 982 table rows: 5–20 s on a busy 2-core machine. */
const BROWSER_TIMEOUT = 120_000;
const out = mkdtempSync(join(tmpdir(), 'brigade-html-'));

/** The report as `scan --format html` renders it, in-process. */
async function html(which: 'demo' | 'hostile'): Promise<string> {
  const { result, model, graph } = which === 'demo' ? await demo() : await runScanWithGraph({ comments: ['fixtures/hostile/comments.csv'] }, resolveScanOptions({}).analysis, false);
  return renderHtml(result, model, graph);
}

async function report(which: 'demo' | 'hostile'): Promise<string> {
  const file = join(out, `${which}.html`);
  writeFileSync(file, await html(which));
  return file;
}

async function open(file: string) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // Playwright starts Chromium with a fresh, temporary user-data-dir of its own.
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('request', (r) => !r.url().startsWith('file://') && requests.push(r.url()));
  await page.goto(`file://${file}`);
  return { browser, page, errors, dialogs, requests };
}

describe('HTML report: static checks', () => {
  it('is one self-contained file with a CSP that forbids remote loads, and user text escaped', async () => {
    const text = await html('hostile');
    expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/);
    expect(text).not.toMatch(/<img|<script>alert|href="javascript|href="data:|src="http/i);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(text.match(/<script>/g)).toHaveLength(1);
  });
});

describe.skipIf(!hasChromium)(`HTML report in Chromium${hasChromium ? '' : ' (skipped: no /usr/bin/chromium on this machine; CI installs Debian’s chromium)'}`, () => {
  it('renders the demo with no console error and every main element', async () => {
    const { browser, page, errors, requests } = await open(await report('demo'));
    try {
      expect(await page.locator('#headline svg.waffle').count()).toBe(1);
      expect(await page.locator('#headline svg.waffle rect').count()).toBe(300);
      expect(await page.locator('#heatmap svg.heatmap').count()).toBe(2);
      expect(await page.locator('#network-svg circle').count()).toBeGreaterThan(150);
      expect(await page.locator('#accounts tbody tr').count()).toBe(982);
      expect(await page.locator('#method table').count()).toBe(1);
      // Search filters rows; sorting by score puts the lowest first.
      await page.fill('#search', 'Web designer');
      const shown = Number(await page.locator('#shown').textContent());
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(982);
      await page.fill('#search', '');
      await page.locator('#accounts thead th', { hasText: 'score' }).click();
      expect(await page.locator('#accounts tbody tr').first().locator('td').nth(5).textContent()).toBe('0.00');
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, BROWSER_TIMEOUT);

  it('stays inert with hostile names, texts and links: no dialog, no element from the data, no request', async () => {
    const { browser, page, errors, dialogs, requests } = await open(await report('hostile'));
    try {
      await page.locator('#accounts details summary').first().click();
      await page.locator('#accounts tbody tr details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('a[href^="javascript"], a[href^="data"]').count()).toBe(0);
      expect(await page.locator('#accounts').textContent()).toContain('<img src=x onerror=alert(1)>');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, BROWSER_TIMEOUT);
});
