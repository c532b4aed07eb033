import { describe, expect, it } from 'vitest';
import { chatChunks, rawFrame, sseEx } from './fixtures.ts';
import { chatChunks as chunksOf, isErrorPayload, isFilterChunk, readStream, streamedContent } from './sse.ts';

describe('readStream', () => {
  it('keeps frame indexes, skips comments, finds [DONE] and the last data event', () => {
    const ex = sseEx(
      's',
      [
        rawFrame({ raw: ': ping\n\n', comment: true }),
        ...chatChunks('Hi there.'),
        'oops',
        rawFrame({ raw: 'event: x\n\n', event: 'x' }),
      ],
      { done: '[DONE] ' },
    );
    const r = readStream(ex);
    expect(r.chunks.map((c) => c.frame)).toEqual([1, 2, 3, 4]);
    expect(r.bad).toEqual([
      { frame: 5, data: 'oops', reason: 'data is not JSON' },
      { frame: 6, data: '', reason: 'event "x" has no data line' },
    ]);
    expect(r.dones).toEqual([{ frame: 7, data: '[DONE] ' }]);
    expect(r.lastDataFrame).toBe(7);
    expect(streamedContent(chunksOf(r)).get(0)).toBe('Hi there.');
  });

  it('tells error payloads and filter chunks apart from chunks', () => {
    expect(isErrorPayload({ error: { message: 'x' } })).toBe(true);
    expect(isErrorPayload({ object: 'error', message: 'x' })).toBe(true);
    expect(isErrorPayload(chatChunks()[0])).toBe(false);
    expect(isFilterChunk({ choices: [], prompt_filter_results: [] })).toBe(true);
    expect(isFilterChunk({ choices: [], usage: { total_tokens: 1 } })).toBe(false);
  });
});
