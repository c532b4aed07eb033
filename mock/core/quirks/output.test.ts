import { describe, expect, it } from 'vitest';
import { transformChunks, transformResponse } from './index.ts';
import { diffPaths } from './internal/diff.ts';
import { chatCompletion, textStream, toolStream } from './internal/fixtures.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const chat = 'chat';
const text = (chunks: JsonObject[]) => chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');

describe('stop-in-output [37]', () => {
  it('appends the (first) stop sequence to a stopped answer', () => {
    const before = chatCompletion('The end');
    const after = transformResponse(q('stop-in-output'), chat, before, { stop: ['###', 'END'] }) as JsonObject;
    expect(after.choices[0].message.content).toBe('The end###');
    expect(diffPaths(before, after)).toEqual(['$.choices[0].message.content']);
    expect(transformResponse(q('stop-in-output'), chat, before, { stop: 'END' })).toMatchObject({
      choices: [{ message: { content: 'The endEND' } }],
    });
  });
  it('streams the stop sequence just before the finishing chunk', () => {
    const before = textStream();
    const after = transformChunks(q('stop-in-output'), 'chat', before, { stop: 'END' });
    expect(text(after)).toBe('Hello there.END');
    expect([...after.slice(0, 4), ...after.slice(5)]).toEqual(before);
  });
  it('does nothing without stop, after "length", or for a legacy completion without text', () => {
    expect(transformResponse(q('stop-in-output'), chat, chatCompletion(), {})).toEqual(chatCompletion());
    const cut = chatCompletion();
    cut.choices[0].finish_reason = 'length';
    expect(transformResponse(q('stop-in-output'), chat, cut, { stop: 'END' })).toEqual(cut);
    expect(transformChunks(q('stop-in-output'), 'chat', toolStream(), { stop: 'END' })).toEqual(toolStream());
  });
  it('appends to legacy completion text', () => {
    const legacy = {
      id: 'cmpl-1',
      object: 'text_completion',
      created: 1,
      model: 'm',
      choices: [{ index: 0, text: 'abc', logprobs: null, finish_reason: 'stop' }],
    };
    expect(transformResponse(q('stop-in-output'), 'completions', legacy, { stop: '\n' })).toMatchObject({
      choices: [{ text: 'abc\n' }],
    });
  });
});

describe('json-fenced [36]', () => {
  const json = { response_format: { type: 'json_object' } };
  it('wraps a JSON answer in ```json fences', () => {
    const before = chatCompletion('{"a":1}');
    const after = transformResponse(q('json-fenced'), chat, before, json) as JsonObject;
    expect(after.choices[0].message.content).toBe('```json\n{"a":1}\n```');
    expect(diffPaths(before, after)).toEqual(['$.choices[0].message.content']);
  });
  it('streams the fences around the content', () => {
    const after = transformChunks(q('json-fenced'), 'chat', textStream(['{"a"', ':1}']), {
      response_format: { type: 'json_schema', json_schema: { name: 'x' } },
    });
    expect(text(after)).toBe('```json\n{"a":1}\n```');
    expect(after[0].choices[0].delta).toEqual({ role: 'assistant', content: '', refusal: null });
  });
  it('leaves text answers alone', () => {
    expect(transformResponse(q('json-fenced'), chat, chatCompletion(), {})).toEqual(chatCompletion());
    expect(transformChunks(q('json-fenced'), 'chat', textStream(), { response_format: { type: 'text' } })).toEqual(
      textStream(),
    );
  });
});
