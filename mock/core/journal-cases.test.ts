import { describe, expect, it } from 'vitest';
import { createMock } from './create-mock.ts';
import { redactBody } from './journal-cases.ts';

const quiet = { onInternalError: () => {} };
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const weather = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
  tools: [
    {
      type: 'function',
      function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
    },
  ],
};

describe('journal.toCases()', () => {
  it('writes one case per distinct request, the last answer kept, expectations inferred from the answers', async () => {
    const mock = createMock(quiet);
    mock.script.reply({ error: { status: 429, message: 'slow down' } });
    await mock.handle(post('/v1/chat/completions', weather)); // the 429 …
    await mock.handle(post('/v1/chat/completions', { ...weather, tools: weather.tools })); // … and its retry
    const json = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_object' },
    };
    await mock.handle(post('/v1/chat/completions', json));
    await mock.handle(post('/v1/embeddings', { model: 'text-embedding-3-small', input: 'hi' }));
    await mock.handle({ method: 'GET', path: '/v1/models', headers: {} });
    const doc = mock.journal.toCases();
    expect(doc.cases.map((c) => [c.name, c.expect])).toEqual([
      [
        'chat: Weather in Paris?',
        {
          status: 200,
          schema: 'must',
          finishReason: 'tool_calls',
          toolCall: { name: 'get_weather', arguments: 'valid' },
        },
      ],
      ['chat: x', { status: 200, schema: 'must', finishReason: 'stop', content: { json: true } }],
      ['embeddings: hi', { status: 200, schema: 'must' }],
      ['models', { status: 200, schema: 'must' }],
    ]);
    expect(doc.cases.at(-1)!.request).toEqual({ method: 'GET', path: '/models' });
  });

  it('keeps a refused request as a case expecting its error status, and no header at all', async () => {
    const mock = createMock(quiet);
    await mock.handle(
      post(
        '/v1/chat/completions',
        { model: 'nope', messages: [{ role: 'user', content: 'hi' }] },
        { authorization: 'Bearer sk-abcdef123456' },
      ),
    );
    const [c] = mock.journal.toCases().cases;
    expect(c.expect).toEqual({ status: 404 });
    expect(JSON.stringify(c)).not.toContain('sk-abcdef');
  });
});

describe('redactBody', () => {
  it('replaces credential keys and credential-looking text, and leaves token counts and long data alone', () => {
    const image = `data:image/png;base64,${'A'.repeat(60)}`;
    expect(
      redactBody({
        api_key: 'abc',
        apiKey: 'abc',
        max_tokens: 5,
        metadata: { note: 'use sk-live_abcdefgh1234 here', password: 'x' },
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: image } }] }],
      }),
    ).toEqual({
      api_key: '[redacted]',
      apiKey: '[redacted]',
      max_tokens: 5,
      metadata: { note: 'use [redacted] here', password: '[redacted]' },
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: image } }] }],
    });
  });
});
