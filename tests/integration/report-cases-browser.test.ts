// `conform report` over two providers' case runs, in headless Chromium: the "Your cases" table puts the runs side
// by side with each run's share of cases passed, each case's trial pass rate, and a note on the case that failed.
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mock/server/index.ts';
import type { QuirkName } from '../../mock/core/types.ts';
import { runCli } from './helpers/run-cli.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.CI !== undefined)
  throw new Error(`[conform] no Chromium at ${CHROMIUM} in CI. Install it: apt-get install -y chromium`);
if (!hasBrowser)
  console.warn(
    `[conform] report-cases-browser: skipped, no Chromium at ${CHROMIUM}. Install it: apt-get install -y chromium`,
  );

const chat = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content }],
  ...extra,
});
const CASES = {
  cases: [
    { name: 'greeting', request: { path: '/chat/completions', body: chat('Say hello') }, expect: { schema: 'must' } },
    {
      name: 'first sentence, streamed',
      request: {
        path: '/chat/completions',
        body: chat('Why is the sky blue? Explain it twice.', { stream: true, stop: ['.'] }),
      },
      expect: { stream: true, stop: true },
      trials: { count: 2 },
    },
    { name: 'embedding', request: { path: '/embeddings', body: { model: 'text-embedding-3-small', input: 'hi' } } },
  ],
};

let browser: Browser;
let dir: string;

/** conform cases against a mock with these quirks; returns the run directory */
async function caseRun(file: string, quirks: QuirkName[], name: string): Promise<string> {
  const server = await startMockServer({ port: 0, quirks });
  const out = join(dir, name);
  try {
    const r = await runCli([
      'cases',
      file,
      '--base-url',
      server.url,
      '--label',
      name,
      '--out',
      out,
      '--report',
      'json',
      '--quiet',
    ]);
    expect(r.code).toBe(quirks.length ? 1 : 0);
  } finally {
    await server.close();
  }
  return out;
}

describe.skipIf(!hasBrowser)('conform report over case runs, in Chromium', () => {
  let page: string;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    dir = await mkdtemp(join(tmpdir(), 'conform-cases-report-'));
    const file = join(dir, 'cases.json');
    await writeFile(file, JSON.stringify(CASES));
    const a = await caseRun(file, [], 'plain');
    const b = await caseRun(file, ['stop-in-output'], 'tgi-like');
    const r = await runCli(['report', a, b, '--out', join(dir, 'compare')]);
    expect(r.code).toBe(0);
    page = join(dir, 'compare', 'index.html');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the side-by-side table of cases, offline and without errors', async () => {
    const url = pathToFileURL(page).href;
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    tab.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      requests.push(route.request().url());
      return route.abort();
    });
    await tab.goto(url);
    expect(await tab.isVisible('#your-cases')).toBe(true);
    // cell text without the footnote numbers and check ids
    const rows = await tab.$$eval('table.cases tbody tr', (trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th,td')].map((cell) => {
          const c = cell.cloneNode(true) as HTMLElement;
          c.querySelectorAll('sup, .cid').forEach((s) => s.remove());
          return (c.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      ),
    );
    expect(rows.map((r) => [r[0], r.slice(1)])).toEqual([
      ['Cases passed', ['3/3 cases passed (100%)', '2/3 cases passed (67%)']],
      ['greeting', ['✓ pass', '✓ pass']],
      ['first sentence, streamed', ['✓ pass 2/2', '✗ fail 0/2']],
      ['embedding', ['✓ pass', '✓ pass']],
    ]);
    // the failing cell's note says why, in words a developer can act on
    await tab.click('table.cases td.s-fail sup a');
    const note = await tab.$eval('ol.notes li:target', (li) => (li as HTMLElement).innerText);
    expect(note).toContain('the answer contains the stop sequence "."; it must end before it');
    expect(await tab.isVisible('text=Compatibility table')).toBe(false); // only cases ran: no empty table
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    const shots = join(process.cwd(), 'conform-report', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await tab.screenshot({ path: join(shots, 'report-cases.png'), fullPage: true });
    await tab.close();
  });
});
