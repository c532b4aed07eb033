import { describe, expect, it } from 'vitest';
import { cleanResults, sampleResults } from '../internal/fixtures/sample-results.ts';
import { renderConsoleSummary } from './render-console.ts';

describe('renderConsoleSummary', () => {
  it('prints counts, the failing checks one line each and the report path', () => {
    expect(renderConsoleSummary(sampleResults(), { color: false, htmlPath: 'conform-report/index.html' })).toMatchInlineSnapshot(`
      "openai-conform 0.1.0 — bundled mock (http://127.0.0.1:4010/v1), model mock-gpt
      14 checks, 57 requests in 4.3 s: 4 passed, 4 failed (1 baselined), 1 error, 1 untestable, 2 warnings, 1 unsupported, 1 skipped

      Failing checks:
        ✗ FAIL       chat.created-seconds          MUST    created looks like milliseconds: 1763760000000 (baselined)
        ✗ FAIL       streaming.finish-reason-enum  MUST    finish_reason "eos" is not in the enum
        ✗ FAIL       streaming.done-sentinel       MUST    the stream ended after 5 frames without data: [DONE]
        ⚠ ERROR      embeddings.base64             MUST    [conform] request failed: timeout. Check the server is up or raise --timeout.
        ✗ FAIL       errors.status-4xx             MUST    status 500 for temperature 7 <script>alert(1)</script>
        ? UNTESTABLE tools.streamed-arguments      MUST    Not testable: the model never called a tool

      2 SHOULD warnings do not fail the run; see the report.

      HTML report: conform-report/index.html
      "
    `);
  });

  it('prints a clean run in two lines', () => {
    expect(renderConsoleSummary(cleanResults(), { color: false })).toMatchInlineSnapshot(`
      "openai-conform 0.1.0 — bundled mock (http://127.0.0.1:4010/v1), model mock-gpt
      14 checks, 57 requests in 4.3 s: 14 passed
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
});
