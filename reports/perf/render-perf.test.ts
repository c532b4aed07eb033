import { describe, expect, it } from 'vitest';
import { samplePerf } from '../internal/fixtures/sample-perf.ts';
import { perfFails } from './perf-rows.ts';
import { renderPerfConsole } from './render-perf-console.ts';
import { renderPerfJunit } from './render-perf-junit.ts';
import { renderPerfMarkdown } from './render-perf-markdown.ts';
import { renderPerfHtml } from './render-perf-html.ts';
import { validate } from '../../schemas/validate.ts';

describe('perf renderers', () => {
  it('the fixture is a valid perf.json', () => {
    expect(validate('perf', samplePerf()).must).toEqual([]);
  });

  it('prints the level table, cold starts, cost and SLOs on the console', () => {
    expect(renderPerfConsole(samplePerf())).toMatchInlineSnapshot(`
      "conform perf — api.example.com, model model-a: 26 requests in 9.0 s

      level  load         ok/sent  errors  TTFT p50  TTFT p99  E2E p50  E2E p99  TPOT p50  ITL p99  out tok/s  req/s
      c1     1 in flight    10/10    0.0%    200 ms    290 ms   400 ms   490 ms     20 ms    30 ms        250   5.00
      r4     4/s Poisson     9/11   10.0%    230 ms    900 ms   400 ms   490 ms     20 ms    30 ms        250   5.00

      Cold start (detected):
        first request of the run: TTFT 1200 ms vs warm p99 240 ms → COLD, +1000 ms over warm p50
        after 30.0 s idle: TTFT 2200 ms vs warm p99 240 ms → COLD, +2000 ms over warm p50

      Cost of the measured requests:
        flat ($0.0005/request): $0.0105 for 20 requests, $0.525 per 1k, p50 $0.0005 / p99 $0.001 per request
        tokens ($0.15 in, $0.6 out per 1M tokens): $0.00135 for 20 requests, $0.0675 per 1k, p50 $0.0000675 / p99 $0.0001 per request
        flat vs tokens: flat is cheaper above 3133 prompt tokens; this workload's mean is 250

      SLOs:
        ✘ ttft-p99=800ms: broken at r4: 900 ms > 800 ms
        ✔ errors=20%: met: worst 10.00% at r4, limit 20.00%"
    `);
  });

  it('fails on a broken SLO, and when nothing succeeded', () => {
    expect(perfFails(samplePerf())).toBe(true);
    expect(perfFails(samplePerf({ slos: [] }))).toBe(false);
    const none = samplePerf({ slos: [] });
    none.levels = none.levels.map((l) => ({ ...l, ok: 0 }));
    expect(perfFails(none)).toBe(true);
  });

  it('writes one JUnit case per SLO, a broken one as a failure', () => {
    const xml = renderPerfJunit(samplePerf());
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('<failure message="broken at r4: 900 ms &gt; 800 ms" type="slo">');
    expect(xml).toContain('tests="2" failures="1"');
  });

  it('escapes target text in the job summary and the page', () => {
    const hostile = samplePerf({ target: { baseUrl: 'http://x/v1', model: '<img src=x onerror=alert(1)>|`x`' } });
    expect(renderPerfMarkdown(hostile)).not.toContain('<img');
    expect(renderPerfHtml(hostile)).not.toContain('<img src=x');
    expect(renderPerfHtml(hostile)).toContain('&lt;img src=x');
  });

  it('runs no script and fetches nothing: the page is inline SVG and CSS under a CSP', () => {
    const html = renderPerfHtml(samplePerf());
    expect(html).toContain("script-src 'none'");
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
    expect(html.match(/<svg class="chart"/g)).toHaveLength(8);
  });
});
