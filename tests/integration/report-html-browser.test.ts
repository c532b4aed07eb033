// The HTML report in headless Chromium: offline, no console errors, filters, expandable evidence, #check-id.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHtmlReport, type Results } from '../../reports/index.ts';
import { sampleResults } from '../../reports/internal/fixtures/sample-results.ts';
import { mockRun } from './report-runs.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI !== undefined) {
  throw new Error(
    `[conform] no Chromium at ${CHROMIUM} in CI: the HTML report cannot be tested. Install it: apt-get install -y chromium`,
  );
}
if (!hasBrowser)
  console.warn(
    `[conform] report-html-browser: skipped, no Chromium at ${CHROMIUM}. Install it: apt-get update && apt-get install -y chromium`,
  );

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Opened {
  page: Page;
  url: string;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

let browser: Browser;

/** Writes the report of `results`, opens it with every request but the file itself refused and recorded. */
async function open(results: Results, hash = ''): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'conform-report-'));
  const url = pathToFileURL(await writeHtmlReport(results, dir)).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened: Opened = { page, url, consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => opened.consoleErrors.push(e.message));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.split('#')[0] === url) return route.continue();
    opened.requests.push(requested);
    return route.abort();
  });
  await page.goto(url + hash);
  return opened;
}

const visibleChecks = (page: Page) =>
  page.$$eval('.check', (els) =>
    els
      .filter((e) => !(e as HTMLElement).hidden)
      .map((e) => ({
        id: e.id,
        feature: e.getAttribute('data-feature'),
        status: e.getAttribute('data-status'),
        level: e.getAttribute('data-level'),
      })),
  );

describe.skipIf(!hasBrowser)('HTML report in Chromium', () => {
  // the run the report shows: conform against the bundled mock with two documented quirks (Part B #9, #20)
  let results: Results;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    results = await mockRun(['no-done', 'finish-reason-eos'], 'bundled mock (quirks)');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads offline: no requests but the file, no console errors', async () => {
    const o = await open(results);
    await o.page.waitForLoadState('load');
    expect(o.requests).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    expect(await o.page.textContent('#f-count')).toBe(
      `Showing ${results.checks.length} of ${results.checks.length} checks`,
    );
    const dir = join(process.cwd(), 'conform-report', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'report-top.png');
    await o.page.screenshot({ path: shot });
    console.log(`[conform] report screenshot: ${shot}`);
    await o.page.close();
  });

  it('filters by feature, level, verdict and text', async () => {
    const { page } = await open(results);
    await page.selectOption('#f-feature', 'streaming');
    const streaming = await visibleChecks(page);
    expect(streaming.length).toBe(results.checks.filter((c) => c.feature === 'streaming').length);
    expect(new Set(streaming.map((c) => c.feature))).toEqual(new Set(['streaming']));
    expect(await page.isVisible('#feature-chat')).toBe(false);

    await page.selectOption('#f-level', 'SHOULD');
    const should = await visibleChecks(page);
    expect(should.length).toBe(results.checks.filter((c) => c.feature === 'streaming' && c.level === 'SHOULD').length);

    await page.click('#f-reset');
    await page.click('button[data-status-toggle="pass"]');
    expect(await page.getAttribute('button[data-status-toggle="pass"]', 'aria-pressed')).toBe('false');
    const noPass = await visibleChecks(page);
    expect(noPass.length).toBe(results.checks.filter((c) => c.status !== 'pass').length);
    expect(noPass.some((c) => c.status === 'pass')).toBe(false);

    await page.click('#f-reset');
    await page.keyboard.press('/'); // keyboard shortcut to the search box
    await page.keyboard.type('finish_reason');
    const found = await visibleChecks(page);
    const expected = results.checks.filter((c) =>
      `${c.id} ${c.title} ${c.message}`.toLowerCase().includes('finish_reason'),
    );
    expect(found.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(found.length).toBeGreaterThan(0);
    await page.close();
  });

  it('expands a failing check to its evidence and transcript, with the evidence frames highlighted', async () => {
    const failing = results.checks.find((c) => c.status === 'fail' && c.evidence.exchange?.frames !== undefined);
    expect(failing, 'the quirky mock run has a failing check that points at stream frames').toBeDefined();
    const { page } = await open(results);
    const sel = `[id="${failing!.id}"]`;
    expect(await page.isVisible(`${sel} .exchange`)).toBe(false);
    await page.focus(`${sel} > summary`);
    await page.keyboard.press('Enter'); // a real <summary>: the keyboard opens it
    expect(await page.getAttribute(sel, 'open')).not.toBeNull();
    expect(await page.isVisible(`${sel} .exchange`)).toBe(true);
    const text = await page.textContent(`${sel} .check-body`);
    expect(text).toContain('Expected');
    expect(text).toContain(failing!.evidence.source.ref);
    expect(text).toContain('Request');
    expect(text).toContain('Response');
    expect(await page.$$eval(`${sel} tr.hl`, (rows) => rows.length)).toBe(failing!.evidence.exchange!.frames!.length);
    expect(await page.isVisible(`${sel} svg.timeline title`)).toBe(false); // titles are not drawn…
    expect(await page.getAttribute(`${sel} svg.timeline`, 'role')).toBe('img'); // …they label the picture
    const shot = join(process.cwd(), 'conform-report', 'screenshots', 'report-failing-check.png');
    await page.locator(sel).screenshot({ path: shot });
    console.log(`[conform] failing check screenshot: ${shot}`);
    await page.close();
  });

  it('opens and scrolls to #check-id, even when filters hid it', async () => {
    const target = results.checks.filter((c) => c.status !== 'pass').at(-1)!;
    const { page } = await open(results, `#${target.id}`);
    const state = await page.$eval(`[id="${target.id}"]`, (el) => ({
      open: (el as HTMLDetailsElement).open,
      top: el.getBoundingClientRect().top,
      focused: document.activeElement === el.querySelector('summary'),
    }));
    expect(state.open).toBe(true);
    expect(state.focused).toBe(true);
    expect(state.top).toBeGreaterThanOrEqual(0);
    expect(state.top).toBeLessThan(900);

    // hide it with a filter, then follow a link to it: the filters give way
    await page.selectOption('#f-feature', results.checks.find((c) => c.feature !== target.feature)!.feature);
    expect(await page.isVisible(`[id="${target.id}"]`)).toBe(false);
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.evaluate((id) => {
      location.hash = id;
    }, target.id);
    await page.waitForFunction((id) => !(document.getElementById(id) as HTMLElement).hidden, target.id);
    expect(await page.inputValue('#f-feature')).toBe('');
    await page.close();
  });

  it('renders markup from a hostile server as text: nothing runs, nothing is fetched', async () => {
    const o = await open(sampleResults());
    await o.page.click('[id="errors.status-4xx"] > summary');
    expect(await o.page.textContent('[id="errors.status-4xx"] .exchange')).toContain(
      '<script>alert(\\"owned\\")</script><img src=x onerror=alert(1)>',
    );
    expect(await o.page.$$eval('script', (s) => s.length)).toBe(1);
    expect(o.dialogs).toEqual([]);
    expect(o.requests).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    expect(await o.page.textContent('body')).not.toContain('NOT-A-REAL-KEY');
    await o.page.close();
  });
});
