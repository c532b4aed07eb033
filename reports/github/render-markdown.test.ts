import { describe, expect, it } from 'vitest';
import { cleanResults, sampleResults, summariseChecks } from '../internal/fixtures/sample-results.ts';
import { exitCodeOf } from '../../suites/engine/exit-code.ts';
import { codeSpan, escapeMarkdown } from './escape-markdown.ts';
import { renderMarkdownSummary } from './render-markdown.ts';

describe('escapeMarkdown', () => {
  it('neutralises HTML, table pipes and emphasis', () => {
    expect(escapeMarkdown('<script>a|b</script> *x* _y_\nz')).toMatchInlineSnapshot(
      `"&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\* \\_y\\_ z"`,
    );
  });
  it('builds code spans that survive backticks and pipes', () => {
    expect(codeSpan('a`b|c')).toBe('``a`b\\|c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('renderMarkdownSummary', () => {
  it('renders the feature table and the failing checks', () => {
    expect(renderMarkdownSummary(sampleResults())).toMatchInlineSnapshot(`
      "## openai-conform: bundled mock — model \`mock-gpt\`

      15 checks, 57 requests in 4.3 s against \`http://127.0.0.1:4010/v1\`: **5 failing** — 3 failed, 1 error, 1 untestable, 1 baselined, 2 warnings, 1 inconclusive, 1 unsupported, 1 skipped, 4 passed.

      | Feature | Verdict | ✓ pass | ✗ fail | ! warn | ⊘ unsupported | ≈ inconclusive | ↷ skip | ? untestable | ⚠ error |
      |:--|:--|--:|--:|--:|--:|--:|--:|--:|--:|
      | models | ✓ PASS | 1 | · | · | · | · | · | · | · |
      | chat | ! WARN | 1 | 1 | · | · | 1 | · | · | · |
      | streaming | ✗ FAIL | 1 | 2 | 1 | · | · | · | · | · |
      | embeddings | ✗ FAIL | · | · | · | 1 | · | · | · | 1 |
      | completions | ↷ SKIP | · | · | · | · | · | 1 | · | · |
      | errors | ✗ FAIL | · | 1 | 1 | · | · | · | · | · |
      | tools | ✗ FAIL | 1 | · | · | · | · | · | 1 | · |

      ### Failing, warning and inconclusive checks

      - ✗ **FAIL** \`chat.created-seconds\` (MUST) — created looks like milliseconds: 1763760000000 _(baselined)_
      - ≈ **INCONCLUSIVE** \`chat.stop-honoured\` (MUST) — the stop sequence "4" never appeared in the unstopped control answer, so stopping could not be observed
      - ✗ **FAIL** \`streaming.finish-reason-enum\` (MUST) — finish\\_reason "eos" is not in the enum
      - ✗ **FAIL** \`streaming.done-sentinel\` (MUST) — the stream ended after 5 frames without data: \\[DONE\\]
      - ! **WARN** \`streaming.usage-chunk\` (SHOULD) — no usage chunk before the end of the stream
      - ⚠ **ERROR** \`embeddings.base64\` (MUST) — \\[conform\\] request failed: timeout. Check the server is up or raise --timeout.
      - ✗ **FAIL** \`errors.status-4xx\` (MUST) — status 500 for temperature 7 &lt;script&gt;alert\\(1\\)&lt;/script&gt;
      - ! **WARN** \`errors.json-content-type\` (SHOULD) — content-type text/html
      - ? **UNTESTABLE** \`tools.streamed-arguments\` (MUST) — Not testable: the model never called a tool
      "
    `);
  });

  it('never says nothing fails above a run that exits 1: a stale baseline entry beside a baselined warning', () => {
    const r = cleanResults();
    r.checks[0] = {
      ...r.checks[0],
      status: 'fail',
      message: 'stale baseline entry: models.list-shape now passes; remove it from known.json',
    };
    r.checks[1] = { ...r.checks[1], status: 'warn', baselined: true, message: 'content-type text/html' };
    r.summary = summariseChecks(r.checks);
    expect(exitCodeOf(r)).toBe(1);
    expect(renderMarkdownSummary(r).split('\n')[2]).toMatchInlineSnapshot(
      `"15 checks, 57 requests in 4.3 s against \`http://127.0.0.1:4010/v1\`: **1 failing** — 1 failed, 1 warning, 13 passed."`,
    );
  });
});
