import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chatCompletion } from './chat-completion.ts';
import { chatCompletionChunks } from './chat-chunks.ts';
import { planChatReply, planFromScript } from './plan.ts';
import type { ChatCompletionChunk, ChatRequest, ChatTool, TokenLogprob } from './types.ts';

const meta = { id: 'chatcmpl-s', created: 1_700_000_000, model: 'gpt-4o-mini', system_fingerprint: 'fp_x' };
const weather: ChatTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: {
      type: 'object',
      properties: { location: { type: 'string' }, days: { type: 'integer', minimum: 1, maximum: 7 } },
      required: ['location'],
    },
  },
};

/** What openai-node's accumulator would rebuild from the chunks, per choice. */
function accumulate(chunks: ChatCompletionChunk[]) {
  const out: Array<{
    role?: string;
    content: string | null;
    refusal: string | null;
    tool_calls: Array<{ id: string; name: string; arguments: string }>;
    finish: string | null;
    logprobs: TokenLogprob[];
  }> = [];
  for (const chunk of chunks) {
    for (const c of chunk.choices) {
      const acc = (out[c.index] ??= { content: null, refusal: null, tool_calls: [], finish: null, logprobs: [] });
      if (c.delta.role) acc.role = c.delta.role;
      if (typeof c.delta.content === 'string') acc.content = (acc.content ?? '') + c.delta.content;
      if (typeof c.delta.refusal === 'string') acc.refusal = (acc.refusal ?? '') + c.delta.refusal;
      for (const t of c.delta.tool_calls ?? []) {
        const call = (acc.tool_calls[t.index] ??= { id: '', name: '', arguments: '' });
        if (t.id) call.id = t.id;
        if (t.function?.name) call.name = t.function.name;
        call.arguments += t.function?.arguments ?? '';
      }
      if (c.finish_reason !== null) acc.finish = c.finish_reason;
      acc.logprobs.push(...(c.logprobs?.content ?? c.logprobs?.refusal ?? []));
    }
  }
  return out;
}

function both(req: ChatRequest) {
  const plan = planChatReply(req);
  return { body: chatCompletion(req, plan, meta), chunks: chatCompletionChunks({ ...req, stream: true }, plan, meta) };
}

describe('chatCompletionChunks', () => {
  it('streams a text reply as in A3: role chunk, small fragments, final delta {} with finish_reason', () => {
    const { chunks } = both({ model: 'm', messages: [{ role: 'user', content: 'Describe the sea at night' }] });
    expect(chunks[0].choices[0]).toEqual({
      index: 0,
      delta: { role: 'assistant', content: '', refusal: null },
      logprobs: null,
      finish_reason: null,
    });
    const last = chunks[chunks.length - 1];
    expect(last.choices[0]).toEqual({ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' });
    const middle = chunks.slice(1, -1);
    expect(middle.length).toBeGreaterThan(5);
    for (const c of middle) {
      expect(c.choices[0].finish_reason).toBeNull();
      expect(Object.keys(c.choices[0].delta)).toEqual(['content']);
    }
    for (const c of chunks) {
      expect([c.id, c.object, c.created, c.model, c.system_fingerprint]).toEqual([
        'chatcmpl-s',
        'chat.completion.chunk',
        1_700_000_000,
        'gpt-4o-mini',
        'fp_x',
      ]);
      expect('usage' in c).toBe(false);
    }
  });

  it('equals the non-streamed reply: content, refusal, tool calls, finish_reason, logprobs and usage', () => {
    const tools = fc.constantFrom<ChatTool[] | undefined>(undefined, [weather]);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        tools,
        fc.boolean(),
        (text, n, max_tokens, toolList, logprobs) => {
          const req: ChatRequest = {
            model: 'm',
            messages: [{ role: 'user', content: `weather ${text}` }],
            n,
            max_tokens,
            tools: toolList,
            logprobs,
            top_logprobs: logprobs ? 2 : undefined,
            stream_options: { include_usage: true },
          };
          const { body, chunks } = both(req);
          const acc = accumulate(chunks);
          expect(acc).toHaveLength(body.choices.length);
          body.choices.forEach((choice, i) => {
            expect(acc[i].role).toBe('assistant');
            expect(acc[i].content).toBe(choice.message.content);
            expect(acc[i].refusal).toBe(choice.message.refusal);
            expect(acc[i].finish).toBe(choice.finish_reason);
            expect(acc[i].tool_calls).toEqual(
              (choice.message.tool_calls ?? []).map((t) => ({
                id: t.id,
                name: t.function.name,
                arguments: t.function.arguments,
              })),
            );
            expect(acc[i].logprobs).toEqual(choice.logprobs?.content ?? []);
          });
          const usageChunk = chunks[chunks.length - 1];
          expect(usageChunk.choices).toEqual([]);
          expect(usageChunk.usage).toEqual(body.usage);
          for (const c of chunks.slice(0, -1)) expect(c.usage).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('streams tool calls: index on every delta, id/type/name first, arguments in several fragments', () => {
    const { chunks } = both({
      model: 'm',
      messages: [{ role: 'user', content: 'Weather in Paris and Rome' }],
      tools: [weather],
    });
    expect(chunks[0].choices[0].delta).toEqual({
      role: 'assistant',
      content: null,
      refusal: null,
      tool_calls: [
        {
          index: 0,
          id: expect.stringMatching(/^call_/),
          type: 'function',
          function: { name: 'get_weather', arguments: '' },
        },
      ],
    });
    const deltas = chunks.flatMap((c) => c.choices.flatMap((ch) => ch.delta.tool_calls ?? []));
    expect(deltas.every((d) => Number.isInteger(d.index))).toBe(true);
    const heads = deltas.filter((d) => d.id !== undefined);
    expect(heads.map((d) => d.index)).toEqual([0, 1]);
    expect(deltas.filter((d) => d.index === 0 && d.id === undefined).length).toBeGreaterThan(2);
    expect(chunks[chunks.length - 1].choices[0]).toMatchObject({ delta: {}, finish_reason: 'tool_calls' });
  });

  it('streams a deprecated function_call: name first, then argument fragments', () => {
    const req: ChatRequest = {
      model: 'm',
      messages: [{ role: 'user', content: 'Weather in Paris' }],
      functions: [{ name: 'get_weather', parameters: weather.function!.parameters }],
    };
    const { body, chunks } = both(req);
    expect(body.choices[0]).toMatchObject({
      finish_reason: 'function_call',
      message: { content: null, function_call: { name: 'get_weather' } },
    });
    expect(body.choices[0].message.tool_calls).toBeUndefined();
    expect(chunks[0].choices[0].delta).toEqual({
      role: 'assistant',
      content: null,
      refusal: null,
      function_call: { name: 'get_weather', arguments: '' },
    });
    const args = chunks.map((c) => c.choices[0].delta.function_call?.arguments ?? '').join('');
    expect(args).toBe(body.choices[0].message.function_call!.arguments);
    expect(chunks[chunks.length - 1].choices[0]).toMatchObject({ delta: {}, finish_reason: 'function_call' });
  });

  it('streams a refusal in delta.refusal with content null', () => {
    const req: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
    const chunks = chatCompletionChunks(
      req,
      planFromScript(req, { refusal: "I'm sorry, I can't help with that." }),
      meta,
    );
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: null, refusal: '' });
    expect(
      chunks
        .slice(1, -1)
        .map((c) => c.choices[0].delta.refusal)
        .join(''),
    ).toBe("I'm sorry, I can't help with that.");
  });

  it('interleaves n choices, each with its own role chunk and final chunk', () => {
    const { chunks } = both({ model: 'm', messages: [{ role: 'user', content: 'hi' }], n: 3 });
    expect(chunks.slice(0, 3).map((c) => c.choices[0].index)).toEqual([0, 1, 2]);
    for (const i of [0, 1, 2]) {
      const mine = chunks.filter((c) => c.choices[0].index === i);
      expect(mine[0].choices[0].delta.role).toBe('assistant');
      expect(mine.filter((c) => c.choices[0].finish_reason !== null)).toHaveLength(1);
      expect(mine[mine.length - 1].choices[0].finish_reason).toBe('stop');
    }
  });

  it('adds obfuscation only when include_obfuscation is true', () => {
    const req: ChatRequest = {
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      stream_options: { include_obfuscation: true },
    };
    const chunks = chatCompletionChunks(req, planChatReply(req), meta);
    expect(chunks.every((c) => typeof c.obfuscation === 'string' && c.obfuscation.length > 0)).toBe(true);
  });
});
