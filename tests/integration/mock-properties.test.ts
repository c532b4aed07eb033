// Property tests of the mock pipeline with the schemas' arbitraries: valid requests always get a 200 with
// schema-valid bodies and chunks; requests with one field broken always get the API's 400 naming that field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMock } from '../../mock/core/create-mock.ts';
import { isStreamResponse, type MockResponse } from '../../mock/core/types.ts';
import {
  invalidChatRequest,
  invalidCompletionRequest,
  invalidEmbeddingsRequest,
  invalidResponsesRequest,
  validChatRequest,
  validCompletionRequest,
  validEmbeddingsRequest,
  validResponsesRequest,
} from '../../schemas/index.ts';
import { validate } from '../../schemas/validate.ts';
import type { SchemaName } from '../../schemas/registry.ts';

const RUNS = 150;
const internal: unknown[] = [];
const mock = createMock({ onInternalError: (e) => internal.push(e), journalLimit: 100 });

async function read(res: MockResponse): Promise<string> {
  if (!isStreamResponse(res)) return res.body;
  let out = '';
  for await (const piece of res.stream) out += piece;
  return out;
}

const send = async (path: string, body: unknown) => {
  const res = await mock.handle({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { res, text: await read(res) };
};

/** Issues of a body at both levels, rendered; "" when it validates. */
function problems(name: SchemaName, value: unknown): string {
  const r = validate(name, value);
  return [...r.must, ...r.should].map((i) => `${name} ${i.path}: ${i.message}`).join('\n');
}

function frames(text: string): unknown[] {
  const out: unknown[] = [];
  for (const frame of text.split('\n\n')) {
    if (frame === '' || frame === 'data: [DONE]') continue;
    // typed events (the Responses API) name their type on an event: line first
    out.push(JSON.parse(frame.replace(/^event: .*\n/, '').replace(/^data: /, '')));
  }
  return out;
}

const ENDPOINTS = [
  {
    path: '/v1/chat/completions',
    valid: validChatRequest(),
    invalid: invalidChatRequest(),
    body: 'chat-completion-response',
    chunk: 'chat-completion-chunk',
  },
  {
    path: '/v1/completions',
    valid: validCompletionRequest(),
    invalid: invalidCompletionRequest(),
    body: 'completion-response',
    chunk: 'completion-response',
  },
  {
    path: '/v1/embeddings',
    valid: validEmbeddingsRequest(),
    invalid: invalidEmbeddingsRequest(),
    body: 'embeddings-response',
    chunk: undefined,
  },
  {
    path: '/v1/responses',
    valid: validResponsesRequest(),
    invalid: invalidResponsesRequest(),
    body: 'response',
    chunk: 'response-stream-event',
  },
] as const;

describe.each(ENDPOINTS)('mock properties: $path', ({ path, valid, invalid, body, chunk }) => {
  it('answers every valid request with 200 and schema-valid output', async () => {
    await fc.assert(
      fc.asyncProperty(valid, async (request) => {
        const { res, text } = await send(path, request);
        expect({ status: res.status, text: res.status === 200 ? '' : text }).toEqual({ status: 200, text: '' });
        if (isStreamResponse(res)) {
          // chat chunks end with [DONE]; typed events end with their terminal event and no sentinel
          expect(text.endsWith('data: [DONE]\n\n')).toBe(chunk !== 'response-stream-event');
          for (const c of frames(text)) expect(problems(chunk!, c)).toBe('');
        } else {
          expect(problems(body, JSON.parse(text))).toBe('');
        }
      }),
      { numRuns: RUNS },
    );
    expect(internal).toEqual([]);
  });

  it('answers every request with one broken field with a 400 naming it, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(invalid, async ({ request, field }) => {
        const { res, text } = await send(path, request);
        const parsed = JSON.parse(text);
        expect(problems('error-body', parsed)).toBe('');
        expect({ status: res.status, param: parsed.error.param }).toEqual({ status: 400, param: field });
        expect(res.headers['content-type']).toBe('application/json');
      }),
      { numRuns: RUNS },
    );
    expect(internal).toEqual([]);
  });
});

it('answers arbitrary bytes and JSON with a 4xx error body, never a 5xx', async () => {
  const paths = fc.constantFrom(
    '/v1/chat/completions',
    '/v1/completions',
    '/v1/embeddings',
    '/v1/models',
    '/v1/models/x',
    '/v1/responses',
    '/v1/responses/x',
    '/v1/other',
  );
  const bodies = fc.oneof(
    fc.string({ maxLength: 64 }),
    fc.json({ maxDepth: 3 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  );
  await fc.assert(
    fc.asyncProperty(paths, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), bodies, async (path, method, text) => {
      const res = await mock.handle({ method, path, headers: {}, body: method === 'GET' ? undefined : text });
      const out = await read(res);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(problems('error-body', JSON.parse(out))).toBe('');
    }),
    { numRuns: RUNS },
  );
  expect(internal).toEqual([]);
});
