import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultChatModel, defaultEmbeddingModel, modelIds, preflight } from './preflight.ts';
import { createSession } from './session.ts';

describe('preflight model defaults', () => {
  const models = [
    'text-embedding-3-small',
    'whisper-1',
    'tts-1',
    'dall-e-3',
    'omni-moderation-latest',
    'gpt-4o-mini',
    'gpt-4o',
  ];
  it('picks the first chat-like model and an embedding model', () => {
    expect(defaultChatModel(models)).toBe('gpt-4o-mini');
    expect(defaultEmbeddingModel(models)).toBe('text-embedding-3-small');
  });
  it('finds none when none fit', () => {
    expect(defaultChatModel(['text-embedding-3-small'])).toBeUndefined();
    expect(defaultEmbeddingModel(['gpt-4o'])).toBeUndefined();
  });
});

describe('preflight model ids', () => {
  it('reads the spec list, and a bare array too (the models checks grade the shape, not preflight)', () => {
    expect(modelIds('{"object":"list","data":[{"id":"a"},{"id":"b"}]}')).toEqual(['a', 'b']);
    expect(modelIds('["a", {"id": "b"}, 3]')).toEqual(['a', 'b']);
    expect(modelIds('<html>')).toEqual([]);
  });
});

// /v1/models lists two models; chat completions accept "alias-x" (unlisted), reject others as the API does;
// /plain/* answers 404 to everything (an API root given without /v1)
let server: Server;
let root: string;
const hits: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = (status: number, v: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(v));
      if (req.url === '/v1/models')
        return json(200, { object: 'list', data: [{ id: 'gpt-4o-mini' }, { id: 'gpt-4o' }] });
      if (req.url === '/v1/chat/completions') {
        const model = (JSON.parse(body) as { model: string }).model;
        if (model === 'alias-x') return json(200, { id: 'c', object: 'chat.completion', choices: [] });
        if (model === 'quiet-404') return json(404, { error: { message: 'Not found' } });
        return json(404, {
          error: {
            message: `The model \`${model}\` does not exist`,
            type: 'invalid_request_error',
            param: null,
            code: 'model_not_found',
          },
        });
      }
      json(404, { detail: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const run = async (path: string, model?: string) => {
  hits.length = 0;
  const pre = await preflight(createSession({ baseUrl: root + path, apiKey: 'k' }), { model });
  return { pre, hits: [...hits], url: root };
};

describe('preflight settles the model', () => {
  it('a listed --model: one request', async () => {
    const { pre, hits } = await run('/v1', 'gpt-4o');
    expect(hits).toEqual(['GET /v1/models']);
    expect(pre).toMatchObject({ model: 'gpt-4o', requests: 1 });
    expect(pre.usage ?? pre.fatal).toBeUndefined();
  });

  it('a mistyped --model: one control request, then a usage error naming the closest ids', async () => {
    const { pre, hits, url } = await run('/v1', 'gpt-4o-minii');
    expect(hits).toEqual(['GET /v1/models', 'POST /v1/chat/completions']);
    expect(pre.usage?.replace(url, 'URL')).toMatchInlineSnapshot(
      `"[conform] unknown model "gpt-4o-minii": GET /models does not list it and POST URL/v1/chat/completions rejected it (404: The model \`gpt-4o-minii\` does not exist). Closest listed ids: gpt-4o-mini, gpt-4o. Pass one with --model."`,
    );
  });

  it('an unlisted model the server accepts (an alias): the run goes on, with a note', async () => {
    const { pre } = await run('/v1', 'alias-x');
    expect(pre.usage ?? pre.fatal).toBeUndefined();
    expect(pre.requests).toBe(2);
    expect(pre.transcript.notes?.[0].replace(root, 'URL')).toBe(
      '--model alias-x is not listed by GET /models, but POST URL/v1/chat/completions accepted it (an alias?)',
    );
  });

  it('a rejection that does not name the model is no proof: the run goes on', async () => {
    const { pre } = await run('/v1', 'quiet-404');
    expect(pre.usage ?? pre.fatal).toBeUndefined();
    expect(pre.transcript.notes).toEqual([
      '--model quiet-404 is not listed by GET /models; the control request answered 404 without naming the model, so the run goes on',
    ]);
  });

  it('a base URL without /v1 whose /models answers 404: asks whether it should end in /v1', async () => {
    const { pre, url } = await run('/plain');
    expect(pre.fatal?.split(url).join('URL')).toMatchInlineSnapshot(
      `"[conform] no API at URL/plain: GET URL/plain/models answered 404. Should --base-url end in /v1? Try --base-url URL/plain/v1."`,
    );
    expect(pre.requests).toBe(1);
  });
});
