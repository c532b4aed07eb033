import { describe, expect, it } from 'vitest';
import { sampleResults } from '../internal/fixtures/sample-results.ts';
import { junitOutcome, renderJunit } from './render-junit.ts';

const attr = (tag: string, name: string): string => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

describe('renderJunit', () => {
  const results = sampleResults();
  const xml = renderJunit(results);

  it('writes one testcase per check, classname = feature, name = id — title', () => {
    expect(xml.match(/<testcase /g)?.length).toBe(results.checks.length);
    expect(xml).toContain(
      '<testcase name="streaming.done-sentinel — The stream ends with data: [DONE]" classname="streaming"',
    );
  });

  it('counts what results.json counts', () => {
    const root = /<testsuites [^>]*>/.exec(xml)?.[0] ?? '';
    const s = results.summary;
    const baselined = results.checks.filter((c) => c.baselined === true).length;
    expect(Number(attr(root, 'tests'))).toBe(
      s.pass + s.fail + s.warn + s.unsupported + s.inconclusive + s.skip + s.untestable + s.error,
    );
    expect(Number(attr(root, 'failures'))).toBe(s.fail + s.untestable - baselined);
    expect(Number(attr(root, 'errors'))).toBe(s.error);
    const suiteSkipped = [...xml.matchAll(/<testsuite [^>]*>/g)].reduce((n, m) => n + Number(attr(m[0], 'skipped')), 0);
    expect(suiteSkipped).toBe(s.skip + s.unsupported + s.inconclusive + baselined);
  });

  it('reports an inconclusive check as skipped, with its message', () => {
    expect(/<testcase name="chat.stop-honoured[^]*?<\/testcase>/.exec(xml)?.[0]).toMatchInlineSnapshot(`
      "<testcase name="chat.stop-honoured — stop ends the answer before the stop sequence" classname="chat" time="0.000">
            <skipped message="INCONCLUSIVE: [MUST] the stop sequence &quot;4&quot; never appeared in the unstopped control answer, so stopping could not be observed"/>
          </testcase>"
    `);
  });

  it('maps every status', () => {
    const by = Object.fromEntries(results.checks.map((c) => [c.id, junitOutcome(c)]));
    expect(by).toMatchInlineSnapshot(`
      {
        "chat.created-seconds": "skipped",
        "chat.response-shape": "passed",
        "chat.stop-honoured": "skipped",
        "completions.basic": "skipped",
        "embeddings.base64": "error",
        "embeddings.dimensions": "skipped",
        "errors.json-content-type": "passed",
        "errors.status-4xx": "failure",
        "models.list-shape": "passed",
        "streaming.chunk-shape": "passed",
        "streaming.done-sentinel": "failure",
        "streaming.finish-reason-enum": "failure",
        "streaming.usage-chunk": "passed",
        "tools.calls-tool": "passed",
        "tools.streamed-arguments": "failure",
      }
    `);
  });

  it('puts the evidence in the failure body and a WARN note in system-out', () => {
    const failure = /<testcase name="streaming.finish-reason-enum[^]*?<\/testcase>/.exec(xml)?.[0];
    expect(failure).toMatchInlineSnapshot(`
      "<testcase name="streaming.finish-reason-enum — finish_reason is one of stop, length, tool_calls, content_filter, function_call" classname="streaming" time="0.420">
            <failure message="[MUST] finish_reason &quot;eos&quot; is not in the enum" type="FAIL">FAIL [MUST] streaming.finish-reason-enum — finish_reason is one of stop, length, tool_calls, content_filter, function_call
      finish_reason "eos" is not in the enum
      expected by: spec: CreateChatCompletionStreamResponse.choices[].finish_reason (https://github.com/openai/openai-openapi/blob/f85dbe2/openapi.yaml)
      seen: eos
      issues:
        choices[0].finish_reason: expected "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | null, received "eos" — Invalid option
        choices[0].delta: expected object with role on the first chunk, received {"content":"&lt;b&gt;x&lt;/b&gt;"} — role missing
      breaks: openai-node chat.completions.stream() typed finish_reason; LangChain finish-reason mapping
      known divergences: #9
      evidence: probe streaming.basic, exchange "stream", frames 4 (transcript in the HTML report and results.json)</failure>
          </testcase>"
    `);
    expect(xml).toMatch(
      /<testcase name="streaming.usage-chunk[^>]*>\s*<system-out>WARN \(does not fail the run\): WARN \[SHOULD\]/,
    );
  });

  it('escapes markup from hostile servers', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
