import { describe, expect, it } from 'vitest';
import { transformChunks, transformResponse } from './index.ts';
import { diffPaths } from './internal/diff.ts';
import { chatCompletion, textStream, toolStream } from './internal/fixtures.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const chat = 'chat';

describe('no-first-role [13]', () => {
  it('drops role from the first delta only', () => {
    for (const before of [textStream(), toolStream()]) {
      const after = transformChunks(q('no-first-role'), 'chat', before);
      expect(diffPaths(before, after)).toEqual(['$[0].choices[0].delta.role']);
    }
  });
});

describe('empty-first-chunk [14]', () => {
  it("prepends Azure's content-filter chunk and keeps the stream after it", () => {
    const before = textStream();
    const after = transformChunks(q('empty-first-chunk'), 'chat', before);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ id: '', created: 0, model: '', choices: [] });
    expect(after[0].prompt_filter_results[0].content_filter_results.hate).toEqual({
      filtered: false,
      severity: 'safe',
    });
  });
});

describe('created-ms [15]', () => {
  it('multiplies created by 1000 on every chunk and on responses', () => {
    const after = transformChunks(q('created-ms'), 'chat', textStream());
    expect(new Set(after.map((c) => c.created))).toEqual(new Set([1_750_000_000_000]));
    const before = chatCompletion();
    const body = transformResponse(q('created-ms'), chat, before) as JsonObject;
    expect(diffPaths(before, body)).toEqual(['$.created']);
    expect(body.created).toBeGreaterThan(1e11);
  });
});

describe('no-id [16]', () => {
  it('removes id from chunks and responses', () => {
    const before = textStream();
    const after = transformChunks(q('no-id'), 'chat', before);
    expect(diffPaths(before, after)).toEqual(before.map((_, i) => `$[${i}].id`));
    expect(diffPaths(chatCompletion(), transformResponse(q('no-id'), chat, chatCompletion()))).toEqual(['$.id']);
  });

  it('leaves model objects alone: their id is the model name, and B15/B16 are about completions', () => {
    const model = { id: 'gpt-4o-mini', object: 'model', created: 1_700_000_000, owned_by: 'openai' };
    for (const name of ['no-id', 'created-ms']) expect(transformResponse(q(name), 'get-model', model)).toEqual(model);
    const legacy = { id: 'cmpl-1', object: 'text_completion', created: 1_700_000_000, choices: [] };
    expect(diffPaths(legacy, transformResponse(q('no-id', 'created-ms'), 'completions', legacy))).toEqual([
      '$.id',
      '$.created',
    ]);
  });
});

describe('no-message [17]', () => {
  it('removes choices[].message and usage.completion_tokens', () => {
    const before = chatCompletion();
    const after = transformResponse(q('no-message'), chat, before);
    expect(diffPaths(before, after)).toEqual(['$.choices[0].message', '$.usage.completion_tokens']);
  });
});

describe('no-refusal-key', () => {
  it('removes a null refusal from messages and deltas, keeps a real refusal', () => {
    const before = chatCompletion();
    expect(diffPaths(before, transformResponse(q('no-refusal-key'), chat, before))).toEqual([
      '$.choices[0].message.refusal',
    ]);
    const stream = textStream();
    expect(diffPaths(stream, transformChunks(q('no-refusal-key'), 'chat', stream))).toEqual([
      '$[0].choices[0].delta.refusal',
    ]);
    const refused = chatCompletion();
    refused.choices[0].message.refusal = 'I cannot help with that.';
    expect(transformResponse(q('no-refusal-key'), chat, refused)).toEqual(refused);
  });
});
