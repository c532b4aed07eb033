import { describe, expect, it } from 'vitest';
import type { Exchange } from '../types.ts';
import { parseSse } from './sse-parser.ts';
import { streamEnd } from './stream-end.ts';

const stream = (text: string, error?: Exchange['error']): Exchange => ({
  label: 's',
  via: 'wire',
  request: { method: 'POST', url: 'http://x/v1/chat/completions', headers: {} },
  response: {
    status: 200,
    headers: {},
    body: text,
    bodyBytes: text.length,
    ttfbMs: 1,
    totalMs: 2,
    frames: parseSse(text),
  },
  ...(error ? { error } : {}),
});

describe('streamEnd', () => {
  it('a stream that ended with [DONE]', () => {
    expect(streamEnd(stream('data: {"a":1}\n\n: ping\n\ndata: [DONE]\n\n'))).toEqual({
      clean: true,
      frames: 3,
      done: true,
      answered: true,
      summary: 'the stream ended after 3 frames, with data: [DONE]',
    });
  });

  it('a stream cut by the network keeps its frame count and says what cut it', () => {
    const cut = streamEnd(
      stream('data: {"a":1}\n\ndata: {"a"', {
        kind: 'cut',
        message: 'the stream was cut after 1 frame (connection reset)',
      }),
    );
    expect(cut).toMatchObject({
      clean: false,
      frames: 1,
      done: false,
      answered: true,
      summary: 'the stream was cut after 1 frame (connection reset)',
    });
    expect(cut.error?.kind).toBe('cut');
  });

  it('a stream that closed inside an event', () => {
    expect(streamEnd(stream('data: {"a":1}\n\ndata: [DONE]')).summary).toBe(
      'the stream ended inside an event after 1 frame (its blank line never came)',
    );
  });

  it('no answer at all', () => {
    const ex: Exchange = {
      label: 's',
      via: 'wire',
      request: { method: 'POST', url: 'u', headers: {} },
      error: { kind: 'timeout', message: 'timed out: no response within 30000 ms' },
    };
    expect(streamEnd(ex)).toMatchObject({
      clean: false,
      answered: false,
      frames: 0,
      summary: 'no answer: timed out: no response within 30000 ms',
    });
  });
});
