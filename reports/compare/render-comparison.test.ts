import { describe, expect, it } from 'vitest';
import { cleanResults, sampleResults } from '../internal/fixtures/sample-results.ts';
import type { Results } from '../internal/results.ts';
import { renderComparison } from './render-comparison.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const rowOf = (html: string, id: string) =>
  text(new RegExp(`<tr id="${id.replace(/\./g, '\\.')}">.*?</tr>`).exec(html)?.[0] ?? '');

function otherProvider(): Results {
  const r = cleanResults('2026-11-19T10:00:00.000Z');
  r.target = { baseUrl: 'https://api.example.test/v1', model: 'llama-3', label: 'example <provider>' };
  r.checks = r.checks.filter((c) => c.feature !== 'tools');
  return r;
}

describe('renderComparison', () => {
  it('puts targets side by side, caniuse style, with notes', () => {
    const html = renderComparison([sampleResults(), otherProvider()]);
    expect(rowOf(html, 'streaming.usage-chunk')).toMatchInlineSnapshot(
      `"SHOULD include_usage adds one usage chunk with choices [] streaming.usage-chunk ! warn 5 ✓ pass 6"`,
    );
    expect(rowOf(html, 'tools.calls-tool')).toMatchInlineSnapshot(
      `"MUST tool_choice &quot;required&quot; produces a tool call tools.calls-tool ✓ pass — not run"`,
    );
    expect(html).toMatch(
      /<li id="note-5">bundled mock \(mock-gpt\) — streaming.usage-chunk: no usage chunk before the end of the stream<\/li>/,
    );
    expect(html).toMatch(
      /<li id="note-6">example &lt;provider&gt; \(llama-3\) — streaming.usage-chunk: token counting falls back to estimates<\/li>/,
    );
    expect(rowOf(html, 'chat.stop-honoured')).toMatchInlineSnapshot(
      `"MUST stop ends the answer before the stop sequence chat.stop-honoured ≈ inconclusive 2 ✓ pass"`,
    );
    expect(text(/<tr class="totals">[^]*?<\/tr>/.exec(html)?.[0] ?? '')).toMatchInlineSnapshot(
      `"All checks 4/15 passed 3 failed · 1 error · 1 untestable · 1 baselined · 2 warnings · 1 inconclusive · 1 unsupported · 1 skipped 13/13 passed"`,
    );
    expect(html).toContain('example &lt;provider&gt;');
    expect(html).not.toContain('Changes since the earlier run');
  });

  it('marks what regressed and what was fixed between two runs of the same target', () => {
    const html = renderComparison([sampleResults(), cleanResults()]); // clean is the earlier one
    expect(rowOf(html, 'streaming.done-sentinel')).toMatchInlineSnapshot(
      `"MUST The stream ends with data: [DONE] streaming.done-sentinel ✓ pass ✗ fail 4 ▼ regressed"`,
    );
    expect(text(/<section class="changes">.*?<\/section>/s.exec(html)?.[0] ?? '')).toMatchInlineSnapshot(
      `"bundled mock — mock-gpt : 2026-11-20 22:00:00 → 2026-11-21 22:00:00 UTC ▼ Regressed (8) chat.created-seconds (MUST) pass → fail : created looks like milliseconds: 1763760000000 streaming.finish-reason-enum (MUST) pass → fail : finish_reason &quot;eos&quot; is not in the enum streaming.done-sentinel (MUST) pass → fail : the stream ended after 5 frames without data: [DONE] streaming.usage-chunk (SHOULD) pass → warn : no usage chunk before the end of the stream embeddings.base64 (MUST) pass → error : [conform] request failed: timeout. Check the server is up or raise --timeout. errors.status-4xx (MUST) pass → fail : status 500 for temperature 7 &lt;script&gt;alert(1)&lt;/script&gt; errors.json-content-type (SHOULD) pass → warn : content-type text/html tools.streamed-arguments (MUST) pass → untestable : Not testable: the model never called a tool Nothing fixed."`,
    );
  });

  it('escapes everything and loads nothing', () => {
    const html = renderComparison([sampleResults()]);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
    expect(html).toContain("default-src 'none'");
  });

  it('puts your cases first, side by side, with the share each run passed and trial rates', () => {
    const withCases = (r: Results, greeting: 'pass' | 'fail', passed: number): Results => {
      const base = r.checks[0]!;
      const kase = (id: string, title: string, status: 'pass' | 'fail', trials?: number) => ({
        ...base,
        id,
        title,
        feature: 'cases',
        status,
        message: status === 'fail' ? 'content does not contain "hello": "bye"' : '',
        evidence: {
          ...base.evidence,
          ...(trials ? { trials: { passed: trials, total: 3, low: 0, high: 1, flaky: trials < 3 } } : {}),
        },
      });
      return {
        ...r,
        checks: [
          kase('cases.greeting', 'greeting', greeting, passed),
          kase('cases.embed', 'embed', 'pass'),
          ...r.checks,
        ],
      };
    };
    const html = renderComparison([withCases(cleanResults(), 'pass', 3), withCases(otherProvider(), 'fail', 1)]);
    const table = /<table class="cases">.*?<\/table>/s.exec(html)?.[0] ?? '';
    expect(text(table)).toMatchInlineSnapshot(
      `"Case bundled mock mock-gpt 2026-11-20 22:00 example &lt;provider&gt; llama-3 2026-11-19 10:00 Cases passed 2/2 cases passed (100%) 1/2 cases passed (50%) greeting cases.greeting ✓ pass 3/3 ✗ fail 1 1/3 embed cases.embed ✓ pass ✓ pass"`,
    );
    expect(html.indexOf('Your cases')).toBeLessThan(html.indexOf('Compatibility table'));
    expect(rowOf(html, 'cases.greeting')).toBe(''); // not repeated in the compatibility table
  });
});
