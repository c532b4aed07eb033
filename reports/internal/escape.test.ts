import { describe, expect, it } from 'vitest';
import { anchorId, escapeHtml, escapeXml, escapeXmlText, safeHref } from './escape.ts';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toMatchInlineSnapshot(
      `"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"`,
    );
  });
  it('stringifies non-strings, keeping 0 and false', () => {
    expect([escapeHtml(0), escapeHtml(false), escapeHtml('')]).toEqual(['0', 'false', '']);
  });
});

describe('escapeXml', () => {
  it('escapes markup, keeps newlines as references and replaces characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"c"\n\u0000\u001b\uD800')).toMatchInlineSnapshot(`"a&lt;b&gt;&amp;&quot;c&quot;&#10;���"`);
  });
  it('keeps real surrogate pairs (emoji)', () => {
    expect(escapeXml('ok 🎉')).toBe('ok 🎉');
  });
  it('leaves line breaks alone in element text', () => {
    expect(escapeXmlText('a\n<b>\u0007')).toBe('a\n&lt;b&gt;\uFFFD');
  });
});

describe('safeHref', () => {
  it('keeps http(s) and drops every other scheme', () => {
    expect(safeHref('https://github.com/openai/openai-node')).toBe('https://github.com/openai/openai-node');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('anchorId', () => {
  it('keeps check ids and neutralises anything else', () => {
    expect(anchorId('streaming.done-sentinel')).toBe('streaming.done-sentinel');
    expect(anchorId('a"><b')).toBe('a---b');
  });
});
