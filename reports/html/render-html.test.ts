import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleResults } from '../internal/fixtures/sample-results.ts';
import { transcriptOf } from '../internal/results.ts';
import { CLIENT_SCRIPT } from './client-script.ts';
import { renderHtml } from './render-html.ts';
import { BODY_CAP } from './transcript.ts';

describe('renderHtml', () => {
  const results = sampleResults();
  const html = renderHtml(results);

  it('renders markup from hostile servers as text', () => {
    expect(html.match(/<script/g)?.length).toBe(1); // ours, at the end
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never prints an authorization value', () => {
    expect(html).not.toContain('NOT-A-REAL-KEY');
    expect(html).toContain('authorization:</span> Bearer [redacted]');
  });

  it('refers to nothing outside the page', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/<[^>]*\ssrc=/);
    expect(html).not.toMatch(/<[^>]*\s(src|href)="(?!#|https:)/); // no src at all; links only to anchors and https sources
    expect(html).not.toMatch(/url\(/);
  });

  it('allows only its own script by hash', () => {
    const hash = createHash('sha256').update(CLIENT_SCRIPT).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain(`<script>${CLIENT_SCRIPT}</script>`);
  });

  it('gives every check an anchor, and expands the non-passing ones', () => {
    for (const c of results.checks) expect(html).toContain(`id="${c.id}"`);
    const expandable = [...html.matchAll(/<details class="check s-(\w+)" id="([^"]+)"/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(expandable).toMatchInlineSnapshot(`
      [
        "chat.created-seconds:fail",
        "chat.stop-honoured:inconclusive",
        "streaming.finish-reason-enum:fail",
        "streaming.done-sentinel:fail",
        "streaming.usage-chunk:warn",
        "embeddings.base64:error",
        "embeddings.dimensions:unsupported",
        "completions.basic:skip",
        "errors.status-4xx:fail",
        "errors.json-content-type:warn",
        "tools.streamed-arguments:untestable",
        "tools.calls-tool:pass",
      ]
    `);
  });

  it('shows the evidence frames of a stream, highlighted', () => {
    const details = /<details class="check s-fail" id="streaming.done-sentinel"[^]*?<\/details>/.exec(html)?.[0] ?? '';
    expect(details.match(/<tr class="hl">/g)?.length).toBe(1);
    expect(details).toContain('<svg class="timeline"');
    expect(details).toContain('openai-node 7: src/core/streaming.ts');
    expect(details).toContain('href="https://github.com/openai/openai-node/blob/v7.5.0/src/core/streaming.ts"');
  });

  it('caps very long bodies with a note', () => {
    const body = transcriptOf(results, 'chat.long')!.exchanges[0]!.response!.body;
    expect(body.length).toBeGreaterThan(BODY_CAP);
    expect(html).toMatch(/… truncated: [\d,]+ more characters not shown/);
    expect(html.length).toBeLessThan(150_000);
  });

  it('states the run at a glance', () => {
    const facts = /<dl class="facts">.*?<\/dl>/
      .exec(html)?.[0]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(facts).toMatchInlineSnapshot(
      `" Target http://127.0.0.1:4010/v1 Model mock-gpt Embedding model mock-embed Date 2026-11-21 22:00:00 UTC Tool openai-conform 0.1.0 SDK openai-node 6.49.0 Requests made 57 of 58 planned Duration 4.3 s Seed 42 "`,
    );
    const overall = /<p class="overall[^]*?<\/p>/.exec(html)?.[0].replace(/<[^>]+>/g, '');
    expect(overall).toMatchInlineSnapshot(
      `"✗ FAIL 3 failed · 1 error · 1 untestable · 1 baselined · 2 warnings · 1 inconclusive · 1 unsupported · 1 skipped · 4 passed — 15 checks"`,
    );
  });

  it('shows inconclusive checks in the feature card, the filters, the legend and the map, apart from failures', () => {
    const text = (m: RegExpExecArray | null) =>
      m?.[0]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    expect(
      text(/<article class="card s-warn"><h3><a href="#feature-chat">[^]*?<\/article>/.exec(html)),
    ).toMatchInlineSnapshot(`"chat Non-streaming chat completions ! WARN ✗ 1 baselined ≈ 1 inconclusive ✓ 1 passed"`);
    expect(html).toContain('data-status-toggle="inconclusive" aria-pressed="true">≈ INCONCLUSIVE 1</button>');
    expect(text(/<p class="legend">[^]*?<\/p>/.exec(html))).toContain('≈ INCONCLUSIVE');
    expect(html).toContain('title="chat.stop-honoured: INCONCLUSIVE (MUST)"');
  });

  it('renders a run without transcripts', () => {
    const bare = sampleResults();
    delete bare.transcripts;
    expect(renderHtml(bare)).toContain('No transcript recorded for probe');
  });
});
