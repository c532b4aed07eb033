import { describe, expect, it } from 'vitest';
import { rejectRequest, rewriteRequest, transformError } from './index.ts';
import { diffPaths } from './internal/diff.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const chat = 'chat';
const request = (extra: JsonObject = {}): JsonObject => ({
  model: 'm',
  messages: [{ role: 'user', content: 'hi' }],
  ...extra,
});

describe('dropped parameters', () => {
  const cases: Array<[string, JsonObject, string[]]> = [
    ['stop-ignored', { stop: ['END'] }, ['$.stop']],
    ['n-ignored', { n: 3 }, ['$.n']],
    ['max-tokens-ignored', { max_tokens: 5, max_completion_tokens: 5 }, ['$.max_tokens', '$.max_completion_tokens']],
    [
      'json-schema-ignored',
      { response_format: { type: 'json_schema', json_schema: { name: 'x' } } },
      ['$.response_format'],
    ],
    ['stream-as-json', { stream: true, stream_options: { include_usage: true } }, ['$.stream', '$.stream_options']],
  ];
  it.each(cases)('%s drops only its parameters', (name, extra, paths) => {
    const before = request({ temperature: 0, ...extra });
    const after = rewriteRequest(q(name), chat, before);
    expect(diffPaths(before, after)).toEqual(paths);
    expect(after.temperature).toBe(0);
    expect(before).toEqual(request({ temperature: 0, ...extra }));
  });

  it('json-schema-ignored keeps json_object', () => {
    const body = request({ response_format: { type: 'json_object' } });
    expect(rewriteRequest(q('json-schema-ignored'), chat, body)).toEqual(body);
  });

  it('embeddings-float-only drops encoding_format "base64" on embeddings only', () => {
    const body = { model: 'e', input: 'hi', encoding_format: 'base64' };
    expect(rewriteRequest(q('embeddings-float-only'), 'embeddings', body)).toEqual({ model: 'e', input: 'hi' });
    expect(rewriteRequest(q('embeddings-float-only'), 'embeddings', { ...body, encoding_format: 'float' })).toEqual({
      ...body,
      encoding_format: 'float',
    });
  });

  it('does not touch endpoints that do not generate', () => {
    const body = { model: 'e', input: 'hi', n: 2, stop: 'x' };
    expect(rewriteRequest(q('n-ignored', 'stop-ignored'), 'embeddings', body)).toEqual(body);
  });
});

describe('seed-ignored', () => {
  it('gives identical seeded requests different seeds, and leaves unseeded ones alone', () => {
    const first = rewriteRequest(q('seed-ignored'), chat, request({ seed: 7 }));
    const second = rewriteRequest(q('seed-ignored'), chat, request({ seed: 7 }));
    expect(first.seed).not.toBe(7);
    expect(second.seed).not.toBe(first.seed);
    expect(rewriteRequest(q('seed-ignored'), chat, request())).toEqual(request());
  });
});

describe('n-unsupported [31]', () => {
  it("answers n > 1 with Groq's 400", () => {
    const reply = rejectRequest(q('n-unsupported'), chat, request({ n: 2 }))!;
    expect(transformError(q(), reply.status, reply.body, reply.headers)).toMatchInlineSnapshot(`
      {
        "body": "{"error":{"message":"'n' : number must be at most 1","type":"invalid_request_error","param":"n","code":null}}",
        "headers": {
          "content-type": "application/json",
        },
        "status": 400,
      }
    `);
  });
  it('lets n = 1 and no n through', () => {
    expect(rejectRequest(q('n-unsupported'), chat, request({ n: 1 }))).toBeUndefined();
    expect(rejectRequest(q('n-unsupported'), chat, request())).toBeUndefined();
    expect(rejectRequest(q(), chat, request({ n: 2 }))).toBeUndefined();
  });
});
