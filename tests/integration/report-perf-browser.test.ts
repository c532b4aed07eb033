// The perf page in headless Chromium, from a real run against the bundled mock: offline, no console errors,
// every plot drawn and labelled, the level table complete.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePerfReports } from '../../reports/index.ts';
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { parsePricings } from '../../suites/perf/pricing.ts';
import { parseSlos } from '../../suites/perf/slo.ts';
import { runPerf } from '../../suites/perf/run-perf.ts';
import { cleanResults } from '../../reports/internal/fixtures/sample-results.ts';
import { perfOptions } from './helpers/perf-options.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI !== undefined) {
  throw new Error(
    `[conform] no Chromium at ${CHROMIUM} in CI: the perf page cannot be tested. Install it: apt-get install -y chromium`,
  );
}
if (!hasBrowser) console.warn(`[conform] report-perf-browser: skipped, no Chromium at ${CHROMIUM}.`);

let browser: Browser;
let perf: ConformPerf;

describe.skipIf(!hasBrowser)('perf page in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    // a quick profile with every effect: cold after 300 ms idle, 2 at once
    perf = await runPerf(
      perfOptions({
        concurrency: [1, 4],
        rates: [20],
        requests: 8,
        idleMs: [400],
        mockProfile: { ttftMs: 30, ttftSpread: 0.3, tokensPerSecond: 800, coldStartMs: 300, idleMs: 300, capacity: 2 },
        pricing: parsePricings(['flat=0.0005', 'tokens=in:0.15,out:0.60']),
        slos: parseSlos('ttft-p99=10s,errors=1%'),
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads offline with no console errors, every plot drawn and labelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-perf-'));
    const written = await writePerfReports(perf, dir, ['html']);
    const url = pathToFileURL(written.html!).href;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    await page.waitForLoadState('load');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const charts = await page.$$eval('#perf svg.chart', (els) =>
      els.map((e) => ({
        title: e.querySelector('title')?.textContent ?? '',
        label: e.getAttribute('aria-label') ?? '',
        marks: e.querySelectorAll('path.series, rect.bar').length,
        width: e.getBoundingClientRect().width,
      })),
    );
    expect(charts.map((c) => c.title)).toEqual([
      'End-to-end latency: distribution per level',
      'Time to first token: distribution per level',
      'p50 and p99 against concurrency',
      'p50 and p99 against arrival rate',
      'Time to first token: histogram, all levels',
      'Cold against warm: TTFT of the first request after idle',
      'Cost per 1,000 requests of this workload',
      'flat against tokens: where flat pricing wins',
    ]);
    for (const c of charts) {
      expect(c.marks, c.title).toBeGreaterThan(0);
      expect(c.width, c.title).toBeGreaterThan(200);
      expect(c.label, c.title).toMatch(/\.$/);
    }
    expect(await page.$$eval('table.levels tbody tr', (rows) => rows.length)).toBe(3);
    expect(await page.textContent('#h-slos + ul')).toContain('ttft-p99=10s');
    await page.screenshot({ path: join(dir, 'perf.png'), fullPage: true });
    console.log(`[conform] perf page screenshot: ${join(dir, 'perf.png')}`);
    await page.close();
  });

  it('as a section of the conformance page: styled under its policy, its own facts, beside the checks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-perf-joint-'));
    const written = await writePerfReports(perf, dir, ['html'], cleanResults());
    const url = pathToFileURL(written.html!).href;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);
    expect(errors).toEqual([]); // a style the policy refused would show here
    expect(await page.textContent('h1')).toContain('Conformance report');
    expect(await page.$$eval('#perf svg.chart', (els) => els.length)).toBe(8);
    expect(await page.textContent('#perf .facts')).toContain(perf.target.model);
    // the perf CSS reached the page: the plots sit in a grid, the level table spans the section
    expect(await page.$eval('#perf .plots', (e) => getComputedStyle(e).display)).toBe('grid');
    expect(await page.$eval('#perf table.levels', (e) => getComputedStyle(e).borderCollapse)).toBe('collapse');
    expect(await page.$$eval('.check', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  });
});
