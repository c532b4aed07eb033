import { describe, expect, it } from 'vitest';
import { transformChunks, transformResponse } from './index.ts';
import { diffPaths } from './internal/diff.ts';
import { chatCompletion, textStream, toolCallCompletion, toolStream } from './internal/fixtures.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const reasons = (chunks: JsonObject[]) =>
  chunks.map((c) => (c.choices[0] && 'finish_reason' in c.choices[0] ? c.choices[0].finish_reason : 'absent'));
const chat = 'chat';

describe('tool-calls-finish-stop [7, 8]', () => {
  it('says "stop" after streamed tool calls and changes nothing else', () => {
    const before = toolStream();
    const after = transformChunks(q('tool-calls-finish-stop'), 'chat', before);
    expect(diffPaths(before, after)).toEqual([`$[${before.length - 1}].choices[0].finish_reason`]);
    expect(reasons(after).at(-1)).toBe('stop');
  });
  it('says "stop" in a non-stream tool-call answer', () => {
    const before = toolCallCompletion();
    const after = transformResponse(q('tool-calls-finish-stop'), chat, before);
    expect(diffPaths(before, after)).toEqual(['$.choices[0].finish_reason']);
  });
});

describe('finish-reason-eos [9]', () => {
  it('replaces "stop" with "eos" in streams and responses', () => {
    expect(reasons(transformChunks(q('finish-reason-eos'), 'chat', textStream()))).toEqual([
      null,
      null,
      null,
      null,
      'eos',
    ]);
    const before = chatCompletion();
    expect(diffPaths(before, transformResponse(q('finish-reason-eos'), chat, before))).toEqual([
      '$.choices[0].finish_reason',
    ]);
  });
  it('leaves "tool_calls" alone', () => {
    expect(transformChunks(q('finish-reason-eos'), 'chat', toolStream())).toEqual(toolStream());
  });
});

describe('intermediate finish_reason quirks [9, 10, 11]', () => {
  it('finish-reason-empty: "" instead of null', () => {
    expect(reasons(transformChunks(q('finish-reason-empty'), 'chat', textStream()))).toEqual(['', '', '', '', 'stop']);
  });
  it('finish-reason-every-chunk: "stop" on every chunk', () => {
    expect(reasons(transformChunks(q('finish-reason-every-chunk'), 'chat', textStream()))).toEqual([
      'stop',
      'stop',
      'stop',
      'stop',
      'stop',
    ]);
  });
  it('no-finish-reason-key: the key is gone where it was null', () => {
    const before = textStream();
    const after = transformChunks(q('no-finish-reason-key'), 'chat', before);
    expect(reasons(after)).toEqual(['absent', 'absent', 'absent', 'absent', 'stop']);
    expect(diffPaths(before, after)).toHaveLength(4);
  });
  it('none of them touch non-stream answers', () => {
    const body = chatCompletion();
    const set = q('finish-reason-empty', 'finish-reason-every-chunk', 'no-finish-reason-key', 'no-final-finish-reason');
    expect(transformResponse(set, chat, body)).toEqual(body);
  });
});

describe('no-final-finish-reason [12]', () => {
  it('loses the finishing chunk, so no chunk has a finish_reason', () => {
    const before = textStream(['a', 'b'], true);
    const after = transformChunks(q('no-final-finish-reason'), 'chat', before);
    expect(after).toEqual([...before.slice(0, 3), before[4]]);
    expect(after.flatMap((c) => c.choices).every((ch: JsonObject) => ch.finish_reason === null)).toBe(true);
  });
  it('keeps a finishing chunk that also carries content, with a null reason', () => {
    const before = textStream(['a']);
    before[2].choices[0].delta = { content: '!' };
    const after = transformChunks(q('no-final-finish-reason'), 'chat', before);
    expect(diffPaths(before, after)).toEqual(['$[2].choices[0].finish_reason']);
  });
});
