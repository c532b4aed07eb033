import { describe, expect, it } from 'vitest';
import { transformChunks, transformResponse } from './index.ts';
import { diffPaths } from './internal/diff.ts';
import { chatCompletion, textStream } from './internal/fixtures.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const finalUsage = { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 };

describe('usage-every-chunk [18]', () => {
  it('puts the usage on every chunk of an include_usage stream', () => {
    const after = transformChunks(q('usage-every-chunk'), 'chat', textStream(undefined, true));
    expect(after.map((c) => c.usage)).toEqual(after.map(() => finalUsage));
  });
  it('does nothing without include_usage', () => {
    expect(transformChunks(q('usage-every-chunk'), 'chat', textStream())).toEqual(textStream());
  });
});

describe('no-usage-chunk [18]', () => {
  it('drops the usage chunk and the usage: null keys', () => {
    const after = transformChunks(q('no-usage-chunk'), 'chat', textStream(undefined, true));
    expect(after).toEqual(textStream());
  });
});

describe('usage-mismatch', () => {
  it('makes total_tokens differ from prompt + completion, in responses and usage chunks', () => {
    const before = chatCompletion();
    const after = transformResponse(q('usage-mismatch'), 'chat', before) as JsonObject;
    expect(diffPaths(before, after)).toEqual(['$.usage.total_tokens']);
    expect(after.usage.total_tokens).not.toBe(after.usage.prompt_tokens + after.usage.completion_tokens);
    const stream = textStream(undefined, true);
    expect(diffPaths(stream, transformChunks(q('usage-mismatch'), 'chat', stream))).toEqual([
      `$[${stream.length - 1}].usage.total_tokens`,
    ]);
  });
});
