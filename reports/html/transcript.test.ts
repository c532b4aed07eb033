import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../suites/engine/types.ts';
import { exchangeHtml } from './transcript.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const base: Exchange = {
  label: 'stream',
  via: 'wire',
  request: { method: 'POST', url: 'http://127.0.0.1:1/v1/chat/completions', headers: {} },
};

describe('exchangeHtml', () => {
  it('shows a stream cut after its status line as an answer, then what cut it', () => {
    const ex: Exchange = {
      ...base,
      response: {
        status: 200,
        headers: {},
        body: 'data: {"a":1}\n\n',
        bodyBytes: 15,
        ttfbMs: 5,
        totalMs: 9,
        frames: [{ t: 6, raw: 'data: {"a":1}\n\n', data: '{"a":1}' }],
      },
      error: { kind: 'cut', message: 'the stream was cut after 1 frame (connection reset)' },
    };
    const out = text(exchangeHtml('streaming.basic', ex));
    expect(out).not.toContain('No response');
    expect(out.slice(out.indexOf('Response'))).toMatch(
      /^Response 200 .*1 SSE frame.*Then cut : the stream was cut after 1 frame \(connection reset\)$/,
    );
  });

  it('says when no answer came at all, and when a body was kept only in part', () => {
    expect(
      text(
        exchangeHtml('p', { ...base, error: { kind: 'timeout', message: 'timed out: no response within 30000 ms' } }),
      ),
    ).toContain('No response timeout : timed out');
    const stored: Exchange = {
      ...base,
      response: {
        status: 200,
        headers: {},
        body: '{"a"',
        bodyBytes: 6_000_000,
        ttfbMs: 1,
        totalMs: 2,
        truncated: true,
        stored: { kept: 262_144, of: 6_000_000 },
      },
    };
    expect(text(exchangeHtml('p', stored))).toContain(
      '6,000,000 bytes, graded whole, 262,144 of 6,000,000 characters kept in results.json',
    );
  });
});
