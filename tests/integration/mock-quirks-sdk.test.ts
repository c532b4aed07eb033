// Quirks and faults seen through the official SDK (openai 6.x): each shows the symptom Part B reports for the
// provider it reproduces, so app developers who enable one get the failure their users would.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    onInternalError: (e) => {
      throw e;
    },
  });
});
afterAll(() => server.close());

const client = (headers: Record<string, string> = {}) =>
  new OpenAI({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0, defaultHeaders: headers });
const quirks = (names: string) => client({ 'x-conform-quirks': names });
const faults = (spec: string) => client({ 'x-conform-fault': spec });

const messages = [{ role: 'user' as const, content: 'What is the weather in Paris?' }];
const tools = [
  {
    type: 'function' as const,
    function: {
      name: 'get_weather',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

describe('quirks through the SDK', () => {
  it('the stream helper works on a well-behaved stream (control)', async () => {
    const final = await client()
      .chat.completions.stream({ model: 'gpt-4o-mini', messages, tools, tool_choice: 'required' })
      .finalChatCompletion();
    expect(final.choices[0].finish_reason).toBe('tool_calls');
  });

  it('no-tool-call-index: openai 6.x silently loses the tool calls (7.x throws) [1]', async () => {
    const stream = quirks('no-tool-call-index').chat.completions.stream({
      model: 'gpt-4o-mini',
      messages,
      tools,
      tool_choice: 'required',
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0].finish_reason).toBe('tool_calls');
    expect(final.choices[0].message.tool_calls).toEqual([]);
  });

  it('no-final-finish-reason and no-first-role: finalChatCompletion throws [12, 13]', async () => {
    const noFinish = quirks('no-final-finish-reason').chat.completions.stream({ model: 'gpt-4o-mini', messages });
    await expect(noFinish.finalChatCompletion()).rejects.toThrow(/missing finish_reason for choice 0/);
    const noRole = quirks('no-first-role').chat.completions.stream({ model: 'gpt-4o-mini', messages });
    await expect(noRole.finalChatCompletion()).rejects.toThrow(/missing role for choice 0/);
  });

  it("embeddings-float-only: the SDK's default base64 decoding gives the wrong length [40]", async () => {
    const good = await client().embeddings.create({ model: 'text-embedding-3-small', input: 'hello' });
    expect(good.data[0].embedding).toHaveLength(1536);
    const bad = await quirks('embeddings-float-only').embeddings.create({
      model: 'text-embedding-3-small',
      input: 'hello',
    });
    expect(bad.data[0].embedding).not.toHaveLength(1536);
  });

  it('flat-error: openai 6.x cannot read the message [23]', async () => {
    const error = await quirks('flat-error')
      .chat.completions.create({ model: 'gpt-4o-mini', messages, temperature: 5 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.message).toBe('400 status code (no body)');
  });

  it("n-unsupported: Groq's 400 for n > 1 [31]", async () => {
    const error = await quirks('n-unsupported')
      .chat.completions.create({ model: 'gpt-4o-mini', messages, n: 2 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.message).toBe("400 'n' : number must be at most 1");
  });

  it('stream-as-json: the SDK yields zero chunks, silently (A3)', async () => {
    const stream = await quirks('stream-as-json').chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      stream: true,
    });
    expect(await drain(stream)).toEqual([]);
  });

  it('stream-error-200: a bad streamed request gets 200 and its error arrives as a chunk [27, 28]', async () => {
    const stream = await quirks('stream-error-200').chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      stream: true,
      temperature: 5,
    });
    const chunks = await drain(stream);
    expect(chunks).toEqual([expect.objectContaining({ object: 'error', code: 400 })]);
  });

  it('keep-alive-comments: valid SSE and JSON, so nothing breaks [22]', async () => {
    const c = quirks('keep-alive-comments');
    const chunks = await drain(await c.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }));
    expect(chunks.length).toBeGreaterThan(2);
    const body = await c.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(body.object).toBe('chat.completion');
  });

  it('an unknown quirk is a 400 naming it', async () => {
    const error = await quirks('no-done,nodone')
      .models.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.message).toMatch(/^400 \[conform\] Unknown quirk "nodone" in the x-conform-quirks header\./);
  });
});

describe('faults through the SDK', () => {
  it('status=503: the SDK retries, then raises InternalServerError with the overload message', async () => {
    const before = server.mock.journal.entries().length;
    const c = new OpenAI({
      apiKey: 'sk-test',
      baseURL: server.url,
      maxRetries: 1,
      defaultHeaders: { 'x-conform-fault': 'status=503,retry-after=0' },
    });
    const error = await c.chat.completions.create({ model: 'gpt-4o-mini', messages }).catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error.message).toBe('503 The engine is currently overloaded, please try again later');
    expect(error.headers.get('retry-after')).toBe('0');
    expect(server.mock.journal.entries().length - before).toBe(2);
  });

  it('stream-error-after=2: the SDK throws the error event mid-stream', async () => {
    const stream = await faults('stream-error-after=2').chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      stream: true,
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const chunk of stream) seen.push(chunk);
    })().catch((e) => e);
    expect(seen).toHaveLength(2);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error.message).toMatch(/The server had an error while processing your request/);
  });

  it('cut-after and stall-after (bounded by stall-ms) end the stream silently, without [DONE]', async () => {
    for (const spec of ['cut-after=2', 'stall-after=2,stall-ms=50']) {
      const stream = await faults(spec).chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
      expect(await drain(stream), spec).toHaveLength(2);
    }
  });

  it('a stalled stream ends for the client when it gives up', async () => {
    const ac = new AbortController();
    const stream = await faults('stall-after=1').chat.completions.create(
      { model: 'gpt-4o-mini', messages, stream: true },
      { signal: ac.signal },
    );
    setTimeout(() => ac.abort(), 50);
    // openai 6.x ends the iteration quietly on an abort
    expect(await drain(stream)).toHaveLength(1);
  });

  it('malformed-after=1: the SDK throws on the broken JSON', async () => {
    const stream = await faults('malformed-after=1').chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      stream: true,
    });
    await expect(drain(stream)).rejects.toThrow(SyntaxError);
  });

  it('a bad fault header is a 400 naming it', async () => {
    const error = await faults('latency=fast')
      .models.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error.message).toMatch(
      /^400 \[conform\] Bad value for fault "latency" in the x-conform-fault header: "fast"\./,
    );
  });
});
