// The mock driven by the real openai SDK through each adapter (MSW and createMockFetch in-process, node:http standalone).
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ADAPTERS, internalErrors, startTarget, stopMsw, type Target } from './internal/mock-targets.ts';
import { expectSchema } from './internal/mock-schema-assert.ts';
import type { MockOptions } from '../../mock/core/options.ts';

const targets: Target[] = [];
async function target(adapter: (typeof ADAPTERS)[number], options: MockOptions = {}) {
  const t = await startTarget(adapter, options);
  targets.push(t);
  return t;
}

afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  stopMsw();
  expect(internalErrors).toEqual([]);
});

const client = (t: Target, over: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ apiKey: 'sk-test-key', baseURL: t.baseURL, maxRetries: 0, fetch: t.fetch, ...over });

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    },
  },
};

describe.each(ADAPTERS)('mock through the openai SDK (%s)', (adapter) => {
  it('answers a chat completion with a schema-valid body and the API headers', async () => {
    const t = await target(adapter);
    const { data, response } = await client(t)
      .chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Say hello to the team' }],
        temperature: 0,
      })
      .withResponse();
    expectSchema('chat-completion-response', data);
    expect(data.choices[0].message.content).toEqual(expect.any(String));
    expect(data.choices[0].finish_reason).toBe('stop');
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(response.headers.get('openai-version')).toBe('2020-10-01');
    expect(response.headers.get('x-conform-metered-units')).toBe('1');
    expect(response.headers.get('x-ratelimit-remaining-requests')).toMatch(/^\d+$/);
    expect(t.mock.ledger.entries()).toHaveLength(1);
    expect(t.mock.ledger.entries()[0]).toMatchObject({
      model: 'gpt-4o-mini',
      endpoint: '/v1/chat/completions',
      stream: false,
      units: 1,
    });
  });

  it('streams chunks that stream() accumulates into the final completion', async () => {
    const t = await target(adapter);
    const stream = client(t).chat.completions.stream({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'Tell me about streaming' }],
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      expectSchema('chat-completion-chunk', chunk);
      text += chunk.choices[0]?.delta.content ?? '';
      chunks++;
    }
    const final = await stream.finalChatCompletion();
    expect(chunks).toBeGreaterThan(2);
    expect(final.choices[0].message.content).toBe(text);
    expect(final.choices[0].finish_reason).toBe('stop');
    expect(final.usage?.total_tokens).toBeGreaterThan(0);
    expect(t.mock.ledger.entries()[0]).toMatchObject({ stream: true, units: 1 });
  });

  it('calls a tool, then answers from the tool result', async () => {
    const t = await target(adapter);
    const c = client(t);
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'What is the weather in Paris?' }];
    const first = await c.chat.completions.create({
      model: 'gpt-4o',
      messages,
      tools: [weatherTool],
      tool_choice: 'required',
    });
    expectSchema('chat-completion-response', first);
    const call = first.choices[0].message.tool_calls?.[0];
    expect(first.choices[0].finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    if (call?.type !== 'function') throw new Error('expected a function call');
    expect(JSON.parse(call.function.arguments)).toEqual({ city: expect.any(String) });
    messages.push(first.choices[0].message, { role: 'tool', tool_call_id: call.id, content: '{"temperature_c": 21}' });
    const second = await c.chat.completions.create({ model: 'gpt-4o', messages, tools: [weatherTool] });
    expectSchema('chat-completion-response', second);
    expect(second.choices[0].finish_reason).toBe('stop');
    expect(second.choices[0].message.content).toMatch(/tool results/i);
  });

  it('honours a zod response format through parse()', async () => {
    const t = await target(adapter);
    const Answer = z.object({ city: z.string(), days: z.array(z.object({ day: z.string(), high: z.number() })) });
    const completion = await client(t).chat.completions.parse({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Forecast for Lisbon' }],
      response_format: zodResponseFormat(Answer, 'forecast'),
    });
    expectSchema('chat-completion-response', completion);
    const parsed = completion.choices[0].message.parsed;
    expect(Answer.safeParse(parsed).success).toBe(true);
  });

  it('decodes the SDK default base64 embeddings to the float vectors', async () => {
    const t = await target(adapter);
    const c = client(t);
    const input = ['first text', 'second text'];
    const viaBase64 = await c.embeddings.create({ model: 'text-embedding-3-small', input });
    const asFloat = await c.embeddings.create({ model: 'text-embedding-3-small', input, encoding_format: 'float' });
    const raw = await (
      await c.embeddings.create({ model: 'text-embedding-3-small', input: 'x', encoding_format: 'float' }).asResponse()
    ).json();
    expectSchema('embeddings-response', raw);
    expect(viaBase64.data).toHaveLength(2);
    expect(viaBase64.data[0].embedding).toHaveLength(1536);
    for (let i = 0; i < 2; i++) {
      expect(viaBase64.data[i].embedding).toEqual(asFloat.data[i].embedding);
    }
    expect(viaBase64.data[0].embedding).not.toEqual(viaBase64.data[1].embedding);
    const journal = t.mock.journal.entries({ path: '/v1/embeddings' });
    expect((journal[0].body as { encoding_format?: string }).encoding_format).toBe('base64');
  });

  it('answers legacy completions, plain and streamed', async () => {
    const t = await target(adapter);
    const c = client(t);
    const plain = await c.completions.create({
      model: 'gpt-3.5-turbo-instruct',
      prompt: 'Once upon a time',
      max_tokens: 8,
    });
    expectSchema('completion-response', plain);
    expect(plain.choices[0].text.length).toBeGreaterThan(0);
    const stream = await c.completions.create({
      model: 'gpt-3.5-turbo-instruct',
      prompt: 'Once upon a time',
      max_tokens: 8,
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) {
      expectSchema('completion-response', chunk);
      text += chunk.choices[0]?.text ?? '';
    }
    expect(text).toBe(plain.choices[0].text);
  });

  it('maps statuses to the SDK error classes with the API error shape', async () => {
    const t = await target(adapter, { apiKeys: ['sk-good'], quota: 1 });
    const good = client(t, { apiKey: 'sk-good' });
    const cases: Array<[() => Promise<unknown>, unknown, number, string | null | undefined]> = [
      [
        () =>
          good.chat.completions.create({
            model: 'gpt-4o-mini',
            messages: [{ role: 'user', content: 'x' }],
            temperature: 7,
          }),
        OpenAI.BadRequestError,
        400,
        'temperature',
      ],
      [async () => await client(t, { apiKey: 'sk-wrong' }).models.list(), OpenAI.AuthenticationError, 401, null],
      [
        () => good.chat.completions.create({ model: 'gpt-9-imaginary', messages: [{ role: 'user', content: 'x' }] }),
        OpenAI.NotFoundError,
        404,
        null,
      ],
    ];
    for (const [call, cls, status, param] of cases) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(cls);
      const e = error as InstanceType<typeof OpenAI.APIError>;
      expect(e.status).toBe(status);
      expect(e.param).toBe(param);
      expect(e.requestID).toMatch(/^req_/);
      expectSchema('error-body', { error: e.error });
    }
    await good.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'spend the quota' }],
    });
    const quota = await good.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'one too many' }] })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(quota).toBeInstanceOf(OpenAI.RateLimitError);
    expect((quota as InstanceType<typeof OpenAI.APIError>).code).toBe('insufficient_quota');
    expect((quota as InstanceType<typeof OpenAI.APIError>).headers?.get('x-should-retry')).toBe('false');
    expect(t.mock.ledger.entries()).toHaveLength(1);
  });

  it('refuses past the rate limit with retry-after headers the SDK honours', async () => {
    const t = await target(adapter, { rpm: 2 });
    const c = client(t);
    const ask = () => c.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    await ask();
    await ask();
    const error = (await ask().then(
      () => undefined,
      (e: unknown) => e,
    )) as InstanceType<typeof OpenAI.APIError>;
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.code).toBe('rate_limit_exceeded');
    expect(error.type).toBe('requests');
    expect(Number(error.headers?.get('retry-after-ms'))).toBeGreaterThan(0);
    expect(error.headers?.get('retry-after')).toBe('30');
    expect(error.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(t.mock.ledger.entries()).toHaveLength(2);
  });

  it('retries a 429 after retry-after-ms, and the journal shows both attempts', async () => {
    const t = await target(adapter);
    t.mock.script.reply({ error: { status: 429, message: 'Slow down', headers: { 'retry-after-ms': '20' } } });
    const c = client(t, { maxRetries: 2 });
    const answer = await c.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'retry me' }],
    });
    expectSchema('chat-completion-response', answer);
    const attempts = t.mock.journal.entries({ path: '/v1/chat/completions' });
    expect(attempts.map((a) => [a.retryCount, a.status])).toEqual([
      [0, 429],
      [1, 200],
    ]);
    expect(attempts[0].headers.authorization).toBe('[redacted]');
    expect(t.mock.ledger.entries()).toHaveLength(1);
  });

  it('answers scripted text, refusals and tool calls', async () => {
    const t = await target(adapter);
    t.mock.script
      .reply({ text: 'Scripted hello' }, { lastUserMessage: /hello/i })
      .reply({ refusal: 'I cannot help with that.' }, { model: 'gpt-4.1' })
      .reply({ toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }] }, { tool: 'get_weather' });
    const c = client(t);
    const hello = await c.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(hello.choices[0].message.content).toBe('Scripted hello');
    const refusal = await c.chat.completions.create({
      model: 'gpt-4.1',
      messages: [{ role: 'user', content: 'bad idea' }],
    });
    expect(refusal.choices[0].message.refusal).toBe('I cannot help with that.');
    expectSchema('chat-completion-response', refusal);
    const stream = c.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'weather?' }],
      tools: [weatherTool],
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0].message.tool_calls?.[0];
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Oslo' });
    expect(final.choices[0].finish_reason).toBe('tool_calls');
  });
});
