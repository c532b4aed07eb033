import { describe, expect, it } from 'vitest';
import { cleanResults, sampleResults, summariseChecks } from '../internal/fixtures/sample-results.ts';
import { renderConsoleSummary } from './render-console.ts';

describe('renderConsoleSummary', () => {
  it('prints counts, the failing checks one line each and the report path', () => {
    expect(renderConsoleSummary(sampleResults(), { color: false, htmlPath: 'conform-report/index.html' }))
      .toMatchInlineSnapshot(`
      "openai-conform 0.1.0 — bundled mock (http://127.0.0.1:4010/v1), model mock-gpt
      15 checks, 57 requests in 4.3 s: 3 failed, 1 error, 1 untestable, 1 baselined, 2 warnings, 1 inconclusive, 1 unsupported, 1 skipped, 4 passed

      Failing checks:
        ✗ FAIL       chat.created-seconds          MUST    created looks like milliseconds: 1763760000000 (baselined)
        ✗ FAIL       streaming.finish-reason-enum  MUST    finish_reason "eos" is not in the enum
        ✗ FAIL       streaming.done-sentinel       MUST    the stream ended after 5 frames without data: [DONE]
        ⚠ ERROR      embeddings.base64             MUST    [conform] request failed: timeout. Check the server is up or raise --timeout.
        ✗ FAIL       errors.status-4xx             MUST    status 500 for temperature 7 <script>alert(1)</script>
        ? UNTESTABLE tools.streamed-arguments      MUST    Not testable: the model never called a tool

      2 SHOULD warnings do not fail the run; see the report.
      1 check was inconclusive (premise not observed); see the report.

      HTML report: conform-report/index.html
      "
    `);
  });

  it('gives checks that failed for one reason one entry, and keeps the others one line each', () => {
    const r = cleanResults();
    const dead =
      '[conform] target unreachable: GET http://127.0.0.1:9/v1/models connection failed: fetch failed (bad port). Check --base-url and that the server is up.';
    const probes = ['models.basic', 'chat.basic', 'chat.basic', 'streaming.basic', 'errors.auth', 'tools.auto'];
    r.checks = [
      ...r.checks.slice(0, 6).map((c, i) => ({
        ...c,
        status: 'error' as const,
        message: `probe ${probes[i]} failed: not run, the preflight failed: ${dead}`,
      })),
      // two alike: below the threshold, each keeps its line
      ...r.checks
        .slice(6, 8)
        .map((c) => ({ ...c, status: 'fail' as const, message: 'finish_reason "eos" is not in the enum' })),
      ...r.checks
        .slice(8, 11)
        .map((c, i) => ({ ...c, status: 'fail' as const, message: `status ${500 + i} for temperature 7` })),
      ...r.checks.slice(11),
    ];
    r.summary = summariseChecks(r.checks);
    expect(renderConsoleSummary(r, { color: false })).toMatchInlineSnapshot(`
      "openai-conform 0.1.0 — bundled mock (http://127.0.0.1:4010/v1), model mock-gpt
      15 checks, 57 requests in 4.3 s: 5 failed, 6 errors, 4 passed

      Failing checks:
        ⚠ ERROR      6 checks: not run, the preflight failed: [conform] target unreachable: GET http://127.0.0.1:9/v1/models connection failed: fetch failed (bad port). Check --base-url and that the server is up.
                     models.list-shape, chat.response-shape, chat.created-seconds, chat.stop-honoured, … and 2 more
        ✗ FAIL       streaming.done-sentinel       MUST    finish_reason "eos" is not in the enum
        ✗ FAIL       streaming.usage-chunk         SHOULD  finish_reason "eos" is not in the enum
        ✗ FAIL       embeddings.base64             MUST    status 500 for temperature 7
        ✗ FAIL       embeddings.dimensions         MAY     status 501 for temperature 7
        ✗ FAIL       completions.basic             MUST    status 502 for temperature 7
      "
    `);
  });

  it('prints a clean run in two lines', () => {
    expect(renderConsoleSummary(cleanResults(), { color: false })).toMatchInlineSnapshot(`
      "openai-conform 0.1.0 — bundled mock (http://127.0.0.1:4010/v1), model mock-gpt
      15 checks, 57 requests in 4.3 s: 15 passed
      "
    `);
  });

  it('uses ANSI colours only when asked', () => {
    const ESC = '\u001b[';
    expect(renderConsoleSummary(sampleResults(), { color: false })).not.toContain(ESC);
    const colored = renderConsoleSummary(sampleResults(), { color: true });
    expect(colored).toContain(`${ESC}31m✗ FAIL`);
    expect(colored).toContain(`${ESC}33m2 warnings${ESC}0m`);
  });

  it('shows control characters from the target instead of running them', () => {
    const r = sampleResults();
    r.target.model = 'gpt\u001b]0;owned\u0007';
    r.checks[3] = {
      ...r.checks[3],
      status: 'fail',
      message: 'bad\r\u001b[2K\u001b[32m15 checks: 15 passed\u001b[0m\nok',
    };
    r.summary = summariseChecks(r.checks);
    const out = renderConsoleSummary(r, { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/); // only our own newlines remain
    expect(out.split('\n')[0]).toBe(
      'openai-conform 0.1.0 — bundled mock (http://127.0.0.1:4010/v1), model gpt\\u001b]0;owned\\u0007',
    );
    expect(out).toContain('bad \\u001b[2K\\u001b[32m15 checks: 15 passed\\u001b[0m ok');
  });

  it('says a re-graded run sent nothing now', () => {
    const r = { ...cleanResults(), options: { regradedAt: '2026-11-22T00:00:00.000Z' } };
    expect(renderConsoleSummary(r, { color: false }).split('\n')[1]).toBe(
      '15 checks re-graded from a saved run (57 requests in 4.3 s): 15 passed',
    );
  });
});
