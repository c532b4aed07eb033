import { describe, expect, it } from 'vitest';
import { manualClock } from './clock.ts';
import { createMock, type Mock } from './create-mock.ts';
import { isStreamResponse, type MockRequest, type MockResponse } from './types.ts';

const chat = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello mock' }], ...over });

function post(path: string, body: string | undefined, headers: Record<string, string> = {}): MockRequest {
  return { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body };
}

async function text(res: MockResponse): Promise<string> {
  if (!isStreamResponse(res)) return res.body;
  let out = '';
  for await (const piece of res.stream) out += piece;
  return out;
}

const errorOf = async (mock: Mock, req: MockRequest) => {
  const res = await mock.handle(req);
  return { status: res.status, error: JSON.parse(await text(res)).error, headers: res.headers };
};

const quiet = {
  onInternalError: (e: unknown) => {
    throw e;
  },
};

describe('createMock: errors shaped like the API', () => {
  it('answers each kind of bad request with its status, type, param and code', async () => {
    const mock = createMock({ ...quiet, apiKeys: ['sk-good'], maxBodyBytes: 2000 });
    const auth = { authorization: 'Bearer sk-good' };
    const cases = await Promise.all([
      errorOf(mock, { method: 'GET', path: '/v1/nothing', headers: auth }),
      errorOf(mock, { method: 'GET', path: '/v1/chat/completions', headers: auth }),
      errorOf(mock, post('/v1/chat/completions', chat({ pad: 'x'.repeat(3000) }), auth)),
      errorOf(mock, post('/v1/chat/completions', chat())),
      errorOf(mock, post('/v1/chat/completions', chat(), { authorization: 'Bearer sk-bad' })),
      errorOf(mock, post('/v1/chat/completions', '{"model": ', auth)),
      errorOf(mock, post('/v1/chat/completions', chat({ temperature: 'hot' }), auth)),
      errorOf(mock, post('/v1/chat/completions', chat({ model: 'gpt-unknown' }), auth)),
      errorOf(mock, post('/v1/embeddings', JSON.stringify({ model: 'gpt-4o-mini', input: 'x' }), auth)),
    ]);
    expect(cases.map((c) => [c.status, c.error.type, c.error.param, c.error.code])).toEqual([
      [404, 'invalid_request_error', null, null],
      [405, 'invalid_request_error', null, null],
      [413, 'invalid_request_error', null, 'request_too_large'],
      [401, 'invalid_request_error', null, 'invalid_api_key'],
      [401, 'invalid_request_error', null, 'invalid_api_key'],
      [400, 'invalid_request_error', null, null],
      [400, 'invalid_request_error', 'temperature', 'invalid_type'],
      [404, 'invalid_request_error', null, 'model_not_found'],
      [404, 'invalid_request_error', 'model', 'model_not_found'],
    ]);
    expect(cases.map((c) => c.error.message)).toMatchInlineSnapshot(`
      [
        "Invalid URL (GET /v1/nothing)",
        "Invalid method for URL (GET /v1/chat/completions)",
        "Request body too large: 3084 bytes exceeds the limit of 2000 bytes.",
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        "Incorrect API key provided.",
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
        "Invalid type for 'temperature': expected a decimal, but got a string instead.",
        "The model \`gpt-unknown\` does not exist or you do not have access to it.",
        "This is not an embedding model and thus not supported in the v1/embeddings endpoint: \`gpt-4o-mini\`.",
      ]
    `);
    for (const c of cases) {
      expect(c.headers['content-type']).toBe('application/json');
      expect(c.headers['x-request-id']).toMatch(/^req_[0-9a-f]{32}$/);
      expect(c.headers['x-ratelimit-limit-requests']).toBeDefined();
      expect(c.headers['x-conform-metered-units'] ?? '0').toBe('0');
    }
    expect(cases[1].headers.allow).toBe('POST');
    expect(mock.ledger.entries()).toEqual([]);
  });

  it('rejects unknown quirk and fault headers with a readable 400', async () => {
    const mock = createMock(quiet);
    const quirk = await errorOf(mock, post('/v1/chat/completions', chat(), { 'x-conform-quirks': 'no-dne' }));
    const fault = await errorOf(mock, post('/v1/chat/completions', chat(), { 'x-conform-fault': 'stauts=500' }));
    expect([quirk.status, fault.status]).toEqual([400, 400]);
    expect(quirk.error.message).toMatchInlineSnapshot(
      `"[conform] Unknown quirk "no-dne" in the x-conform-quirks header. Use a comma-separated list of quirks (array-error, bad-rate-limit-headers, buffered-stream, created-ms, done-trailing-space, embeddings-float-only, empty-first-chunk, finish-reason-empty, finish-reason-eos, finish-reason-every-chunk, flat-error, images-empty-data, images-n-required, json-fenced, json-schema-ignored, keep-alive-comments, max-tokens-ignored, models-bad-shape, n-ignored, n-unsupported, no-done, no-final-finish-reason, no-finish-reason-key, no-first-role, no-id, no-message, no-rate-limit-headers, no-refusal-key, no-request-id, no-tool-call-index, no-usage-chunk, numeric-error-code, object-arguments, ok-on-bad-input, problem-json-error, remote-image-refused, responses-done-event, responses-done-sentinel, responses-empty-final-output, responses-ignore-previous-id, responses-no-sequence-number, responses-previous-id-404, reused-tool-call-index, seed-ignored, server-error-on-bad-input, speech-wav-as-mpeg, srt-json-content-type, stop-ignored, stop-in-output, stream-as-json, stream-error-200, string-error, text-error-content-type, tool-calls-finish-stop, transcript-formats-as-json, usage-every-chunk, usage-mismatch, verbose-duration-string, verbose-words-null, vision-server-error, whole-tool-arguments) or provider profiles (anthropic-compat, azure, gemini-compat, groq, llama-cpp, lm-studio, meta-llama, mistral, ollama, openrouter, tgi, together, vllm)."`,
    );
    expect(fault.error.message).toMatchInlineSnapshot(
      `"[conform] Unknown fault "stauts" in the x-conform-fault header. Allowed: latency=<0-60000 ms>, ttft=<0-60000 ms>, status=<400-599 HTTP status>, retry-after=<0-3600 s>, stream-error-after=<0-100000 frames>, cut-after=<0-100000 frames>, stall-after=<0-100000 frames>, stall-ms=<0-300000 ms>, malformed-after=<0-100000 frames>."`,
    );
  });
});

describe('createMock: model limits', () => {
  it('refuses a max_tokens beyond the model output limit with a 400 naming it, before any rate limit', async () => {
    const mock = createMock({ ...quiet, tpm: 100 });
    const huge = await errorOf(mock, post('/v1/chat/completions', chat({ max_completion_tokens: 1_000_000_000 })));
    expect([huge.status, huge.error.param, huge.error.code]).toEqual([400, 'max_completion_tokens', 'invalid_value']);
    expect(huge.error.message).toMatchInlineSnapshot(
      `"max_completion_tokens is too large: 1000000000. This model supports at most 16384 completion tokens, whereas you provided 1000000000."`,
    );
  });
});

describe('createMock: rate limits and quota', () => {
  it('counts requests per key against rpm and says when to retry', async () => {
    const clock = manualClock();
    const mock = createMock({ ...quiet, rpm: 2, clock });
    const key = (k: string) => post('/v1/chat/completions', chat(), { authorization: `Bearer ${k}` });
    expect((await mock.handle(key('a'))).status).toBe(200);
    expect((await mock.handle(key('a'))).status).toBe(200);
    expect((await mock.handle(key('b'))).status).toBe(200);
    const limited = await errorOf(mock, key('a'));
    expect(limited.status).toBe(429);
    expect(limited.error).toMatchObject({ type: 'requests', code: 'rate_limit_exceeded', param: null });
    expect(limited.error.message).toMatchInlineSnapshot(
      `"Rate limit reached for gpt-4o-mini in organization org-conform-mock on requests per min (RPM): Limit 2, Used 2, Requested 1. Please try again in 30s. Visit https://platform.openai.com/account/rate-limits to learn more."`,
    );
    expect(limited.headers['retry-after']).toBe('30');
    expect(limited.headers['retry-after-ms']).toBe('30000');
    expect(limited.headers['x-ratelimit-remaining-requests']).toBe('0');
    expect(limited.headers['x-ratelimit-reset-requests']).toBe('1m0s');
    clock.advance(30_000);
    expect((await mock.handle(key('a'))).status).toBe(200);
    expect(mock.ledger.totals().requests).toBe(4);
  });

  it('refuses on tokens per minute with type "tokens"', async () => {
    const mock = createMock({ ...quiet, tpm: 100, clock: manualClock() });
    const big = await errorOf(mock, post('/v1/chat/completions', chat({ max_tokens: 500 })));
    expect(big.status).toBe(429);
    expect(big.error.type).toBe('tokens');
    expect(big.headers['x-ratelimit-remaining-tokens']).toBe('100');
  });

  it('counts the output cap of each endpoint against tokens per minute (max_output_tokens of the Responses API)', async () => {
    const mock = createMock({ ...quiet, tpm: 100, clock: manualClock() });
    const responses = (extra: object) =>
      post('/v1/responses', JSON.stringify({ model: 'gpt-4o-mini', input: 'hi', ...extra }));
    expect((await errorOf(mock, responses({ max_output_tokens: 500 }))).status).toBe(429);
    expect((await mock.handle(responses({ max_output_tokens: 16 }))).status).toBe(200);
  });

  it('spends the quota exactly once per request under concurrency, streams and latency included', async () => {
    const mock = createMock({ ...quiet, quota: 150, latencyMs: 5 });
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => mock.handle(post('/v1/chat/completions', chat({ stream: i % 2 === 0 })))),
    );
    await Promise.all(responses.map(text));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(150);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50);
    expect(mock.ledger.entries()).toHaveLength(150);
    expect(new Set(mock.ledger.entries().map((e) => e.id)).size).toBe(150);
    const quota = responses.find((r) => r.status === 429)!;
    expect(quota.headers['x-should-retry']).toBe('false');
    expect(JSON.parse(await text(quota)).error).toMatchObject({
      type: 'insufficient_quota',
      code: 'insufficient_quota',
    });
    mock.ledger.reset();
    expect((await mock.handle(post('/v1/chat/completions', chat()))).status).toBe(200);
  });
});

describe('createMock: metering, journal, script, faults', () => {
  it('meters one unit at the model price and never stores the key', async () => {
    const mock = createMock({ ...quiet, prices: { 'gpt-4.1': 0.01 }, defaultPrice: 0.002 });
    const res = await mock.handle(
      post('/v1/chat/completions', chat({ model: 'gpt-4.1' }), { authorization: 'Bearer sk-secret-1' }),
    );
    expect(res.headers['x-conform-metered-units']).toBe('1');
    expect(res.headers['x-conform-metered-cost']).toBe('0.01');
    await mock.handle(post('/v1/embeddings', JSON.stringify({ model: 'text-embedding-3-small', input: ['a', 'b'] })));
    const [first, second] = mock.ledger.entries();
    expect(first).toMatchObject({
      model: 'gpt-4.1',
      endpoint: '/v1/chat/completions',
      stream: false,
      units: 1,
      cost: 0.01,
    });
    expect(first.tokens.total).toBe(first.tokens.prompt + first.tokens.completion);
    expect(second).toMatchObject({ model: 'text-embedding-3-small', endpoint: '/v1/embeddings', cost: 0.002 });
    expect(mock.ledger.totals().cost).toBe(0.012);
    expect(JSON.stringify([mock.ledger.entries(), mock.journal.entries()])).not.toContain('sk-secret-1');
  });

  it('streams SSE frames ending with exactly one [DONE]', async () => {
    const mock = createMock(quiet);
    const res = await mock.handle(post('/v1/chat/completions', chat({ stream: true })));
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    const body = await text(res);
    const frames = body.split('\n\n').filter((f) => f !== '');
    expect(frames.every((f) => f.startsWith('data: '))).toBe(true);
    expect(frames.at(-1)).toBe('data: [DONE]');
    expect(frames.filter((f) => f === 'data: [DONE]')).toHaveLength(1);
  });

  it('injects faults: a status is not metered, a cut stream is', async () => {
    const mock = createMock(quiet);
    const failed = await mock.handle(post('/v1/chat/completions', chat(), { 'x-conform-fault': 'status=503' }));
    expect(failed.status).toBe(503);
    const cut = await mock.handle(
      post('/v1/chat/completions', chat({ stream: true }), { 'x-conform-fault': 'cut-after=2' }),
    );
    const body = await text(cut);
    expect(body).not.toContain('[DONE]');
    expect(body.split('\n\n').filter((f) => f !== '')).toHaveLength(2);
    mock.faults.next({ status: 500 });
    expect((await mock.handle(post('/v1/chat/completions', chat()))).status).toBe(500);
    expect((await mock.handle(post('/v1/chat/completions', chat()))).status).toBe(200);
    expect(mock.ledger.entries().map((e) => e.stream)).toEqual([true, false]);
  });

  it('applies quirks per request', async () => {
    const mock = createMock(quiet);
    const res = await mock.handle(
      post('/v1/chat/completions', chat({ stream: true }), { 'x-conform-quirks': 'no-done' }),
    );
    expect(await text(res)).not.toContain('[DONE]');
    const flat = await mock.handle(post('/v1/chat/completions', '{', { 'x-conform-quirks': 'flat-error' }));
    expect(JSON.parse(await text(flat))).toMatchObject({ object: 'error' });
  });

  it('applies stream faults to the events before the quirks frame them', async () => {
    const mock = createMock(quiet);
    // the events, without what differs between two requests (id, created)
    const events = (body: string) =>
      body
        .split('\n\n')
        .filter((f) => f.startsWith('data:'))
        .map((f) => f.replace(/"id":"[^"]*"|"created":\d+/g, ''));
    const whole = events(await text(await mock.handle(post('/v1/chat/completions', chat({ stream: true })))));
    expect(whole.length).toBeGreaterThan(4);
    const buffered = await mock.handle(
      post('/v1/chat/completions', chat({ stream: true }), {
        'x-conform-quirks': 'buffered-stream',
        'x-conform-fault': 'cut-after=3',
      }),
    );
    const writes: string[] = [];
    if ('stream' in buffered) for await (const w of buffered.stream) writes.push(w);
    // one write (the buffered quirk), holding the three events the cut left
    expect(writes).toHaveLength(1);
    expect(events(writes[0])).toEqual(whole.slice(0, 3));
    // a quirk that drops [DONE] does not shift the count: the cut still falls after three events
    const noDone = await mock.handle(
      post('/v1/chat/completions', chat({ stream: true }), {
        'x-conform-quirks': 'no-done,keep-alive-comments',
        'x-conform-fault': 'cut-after=3',
      }),
    );
    expect(events(await text(noDone))).toEqual(whole.slice(0, 3));
  });

  it('serves the admin endpoints outside /v1', async () => {
    const mock = createMock(quiet);
    const admin = async (method: string, action: string, body?: unknown) => {
      const res = await mock.handle({
        method,
        path: `/_conform/${action}`,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: JSON.parse(await text(res)) };
    };
    expect(
      (
        await admin('POST', 'script', {
          match: { lastUserMessage: { regex: 'hello', flags: 'i' } },
          reply: { text: 'Hi from the script' },
        })
      ).status,
    ).toBe(200);
    const res = await mock.handle(post('/v1/chat/completions', chat()));
    expect(JSON.parse(await text(res)).choices[0].message.content).toBe('Hi from the script');
    const ledger = await admin('GET', 'ledger');
    expect(ledger.json.totals.requests).toBe(1);
    expect((await admin('GET', 'journal')).json.entries).toHaveLength(1);
    expect((await admin('POST', 'faults', { faults: 'status=429', times: 1 })).json).toEqual({ pending: 1 });
    expect((await mock.handle(post('/v1/chat/completions', chat()))).status).toBe(429);
    expect((await admin('POST', 'reset')).status).toBe(200);
    expect((await admin('GET', 'ledger')).json.totals.requests).toBe(0);
    const bad = await admin('POST', 'script', { reply: { txt: 'typo' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatchInlineSnapshot(
      `"[conform] mock admin: invalid script rule at reply: Invalid input. A rule is {"match"?:{…},"reply":{"text"|"toolCalls"|"refusal"|"error":…},"times"?:n|"always"}."`,
    );
    expect((await admin('GET', 'nope')).status).toBe(404);
  });

  it('lists and retrieves models', async () => {
    const mock = createMock({ ...quiet, models: ['my-chat', 'my-embed'] });
    const list = JSON.parse(await text(await mock.handle({ method: 'GET', path: '/v1/models', headers: {} })));
    expect(list).toEqual({
      object: 'list',
      data: [
        { id: 'my-chat', object: 'model', created: expect.any(Number), owned_by: 'conform-mock' },
        { id: 'my-embed', object: 'model', created: expect.any(Number), owned_by: 'conform-mock' },
      ],
    });
    const one = await mock.handle({ method: 'GET', path: '/v1/models/my-embed', headers: {} });
    expect(JSON.parse(await text(one)).id).toBe('my-embed');
    expect((await mock.handle({ method: 'GET', path: '/v1/models/nope', headers: {} })).status).toBe(404);
  });

  it('turns a bug into a 500 server_error and keeps serving', async () => {
    const seen: unknown[] = [];
    const mock = createMock({ onInternalError: (e) => seen.push(e) });
    // a model entry the generator cannot serve: kind forced to embedding with a broken dimension count
    (mock.options.models[0] as { dimensions?: number }).dimensions = -1;
    Object.assign(mock.options.models[0], { kind: 'embedding' });
    const broken = await errorOf(mock, post('/v1/embeddings', JSON.stringify({ model: 'gpt-4o-mini', input: 'x' })));
    expect(broken.status).toBe(500);
    expect(broken.error).toEqual({
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    });
    expect(seen).toHaveLength(1);
    expect(mock.ledger.entries()).toHaveLength(0);
    expect((await mock.handle(post('/v1/chat/completions', chat({ model: 'gpt-4o' })))).status).toBe(200);
  });
});

describe('createMock: every quirk runs through the pipeline', () => {
  it('answers with each quirk without an internal error, streamed or not, good input or bad', async () => {
    const { QUIRKS } = await import('./types.ts');
    const bugs: unknown[] = [];
    const mock = createMock({ onInternalError: (e) => bugs.push(e) });
    const tools = [
      {
        type: 'function',
        function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
      },
    ];
    for (const quirk of Object.keys(QUIRKS)) {
      const h = { 'x-conform-quirks': quirk };
      for (const body of [
        chat({ stream: true, stream_options: { include_usage: true } }),
        chat({ n: 2, response_format: { type: 'json_object' } }),
        chat({
          stream: true,
          tools,
          tool_choice: 'required',
          messages: [{ role: 'user', content: 'weather in Paris and Rome' }],
        }),
        chat({ temperature: 'bad' }),
      ]) {
        const res = await mock.handle(post('/v1/chat/completions', body, h));
        await text(res);
        if (quirk !== 'server-error-on-bad-input') expect([quirk, res.status < 500]).toEqual([quirk, true]);
      }
      await text(
        await mock.handle(
          post(
            '/v1/embeddings',
            JSON.stringify({ model: 'text-embedding-3-small', input: 'x', encoding_format: 'base64' }),
            h,
          ),
        ),
      );
      await text(await mock.handle({ method: 'GET', path: '/v1/models', headers: h }));
    }
    expect(bugs).toEqual([]);
  });
});
