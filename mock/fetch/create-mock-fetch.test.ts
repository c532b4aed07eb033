import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { createMock } from '../core/create-mock.ts';
import { createMockFetch } from './create-mock-fetch.ts';

const chat = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello there' }] };

describe('createMockFetch', () => {
  it('is a fetch the SDK takes: requests reach the mock, with the SDK headers in the journal', async () => {
    const mock = createMock({ apiKeys: ['sk-test'] });
    const client = new OpenAI({ apiKey: 'sk-test', fetch: createMockFetch(mock) });
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(res.object).toBe('chat.completion');
    const [entry] = mock.journal.entries();
    expect([
      entry.method,
      entry.path,
      entry.headers['x-stainless-lang'],
      entry.headers['x-stainless-retry-count'],
    ]).toEqual(['POST', '/v1/chat/completions', 'js', '0']);
  });

  it('reads a Request, a URL, plain or array headers and a binary body alike', async () => {
    const mock = createMock();
    const fetch = createMockFetch(mock);
    const body = JSON.stringify(chat);
    const answers = await Promise.all([
      fetch(
        new Request('https://api.openai.com/v1/chat/completions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        }),
      ),
      fetch(new URL('https://api.openai.com/v1/chat/completions'), {
        method: 'post',
        headers: [['Content-Type', 'application/json']],
        body: new TextEncoder().encode(body),
      }),
      fetch('https://api.openai.com/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(mock.journal.entries().map((e) => [e.method, e.headers['content-type']])).toEqual(
      Array(3).fill(['POST', 'application/json']),
    );
  });

  it('passes the query and serves any base path as /v1', async () => {
    const mock = createMock();
    const fetch = createMockFetch(mock, { baseUrl: 'http://gateway.test/openai' });
    expect((await fetch('http://gateway.test/openai/models?limit=1')).status).toBe(200);
    expect(mock.journal.entries().map((e) => e.path)).toEqual(['/v1/models']);
  });

  it('refuses a URL outside its base URL, saying how to fix it', async () => {
    const fetch = createMockFetch(createMock());
    await expect(fetch('https://example.com/v1/models')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TypeError: [conform] createMockFetch: https://example.com/v1/models is outside the mock's base URL https://api.openai.com/v1. Pass the client's baseURL as { baseUrl } to createMockFetch().]`,
    );
  });

  it('rejects like fetch when the signal is aborted before or during the answer', async () => {
    const fetch = createMockFetch(createMock());
    const slow = { 'x-conform-fault': 'latency=5000' };
    await expect(fetch('https://api.openai.com/v1/models', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    await expect(
      fetch('https://api.openai.com/v1/models', { headers: slow, signal: AbortSignal.timeout(20) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('errors a streamed body when the signal aborts mid-stream, and stops the stream', async () => {
    const fetch = createMockFetch(createMock({ faults: 'stall-after=2' }));
    const controller = new AbortController();
    const res = await fetch('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ ...chat, stream: true }),
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("gives the SDK's own timeout its timeout error", async () => {
    const slow = { 'x-conform-fault': 'latency=5000' };
    const client = new OpenAI({
      apiKey: 'sk-test',
      fetch: createMockFetch(createMock()),
      defaultHeaders: slow,
      timeout: 30,
      maxRetries: 0,
    });
    await expect(client.models.list()).rejects.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });
});
