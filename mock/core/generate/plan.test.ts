import { describe, expect, it } from 'vitest';
import { planChatReply, planFromScript, requestKey } from './plan.ts';
import { echoOf } from './reply-text.ts';
import type { ChatRequest, ChatTool } from './types.ts';

const ask = (content: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content },
  ],
  ...extra,
});

const weather: ChatTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: {
      type: 'object',
      properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
      required: ['location', 'unit'],
      additionalProperties: false,
    },
  },
};
const time: ChatTool = {
  type: 'function',
  function: {
    name: 'get_time',
    description: 'Current local time in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};
const ping: ChatTool = { type: 'function', function: { name: 'ping' } };

describe('planChatReply: text', () => {
  it('is deterministic: the same request gives the same plan', () => {
    const a = planChatReply(ask('Tell me about lighthouses'));
    const b = planChatReply(ask('Tell me about lighthouses'));
    expect(a).toEqual(b);
    expect(a.choices[0].content).toMatch(/^Tell me about lighthouses\. /);
  });

  it('ignores key order, stream, max_tokens and stop when choosing the words', () => {
    const req = ask('Tell me about lighthouses');
    const reordered = { messages: req.messages, model: req.model } as ChatRequest;
    expect(requestKey(reordered)).toBe(requestKey(req));
    expect(requestKey(ask('x', { stream: true, max_tokens: 3, stop: 'a', n: 2, logprobs: true }))).toBe(
      requestKey(ask('x')),
    );
  });

  it('honours seed: different seeds give different text, the same seed the same text', () => {
    const texts = new Set<string>();
    for (let seed = 0; seed < 20; seed++)
      texts.add(planChatReply(ask('Describe a harbor', { seed })).choices[0].content!);
    expect(texts.size).toBeGreaterThanOrEqual(18);
    expect(planChatReply(ask('Describe a harbor', { seed: 7 }))).toEqual(
      planChatReply(ask('Describe a harbor', { seed: 7 })),
    );
  });

  it('starts with the first words of the last user message, so a stop taken from the prompt is hit', () => {
    const prompt = 'Please list three colourful birds that live in warm forests near rivers';
    const plan = planChatReply(ask(prompt));
    expect(echoOf(prompt).echo).toBe('Please list three colourful birds that live in');
    expect(plan.choices[0].content!.startsWith('Please list three colourful birds that live in...')).toBe(true);
    const stopped = planChatReply(ask(prompt, { stop: ['birds'] }));
    expect(stopped.choices[0]).toMatchObject({ content: 'Please list three colourful ', finishReason: 'stop' });
  });

  it('cuts at max_tokens / max_completion_tokens with finish_reason length; the cut text is a prefix', () => {
    const full = planChatReply(ask('Explain rainbows to a child')).choices[0].content!;
    for (const extra of [
      { max_tokens: 4 },
      { max_completion_tokens: 4 },
      { max_tokens: 9, max_completion_tokens: 4 },
    ]) {
      const plan = planChatReply(ask('Explain rainbows to a child', extra));
      expect(plan.choices[0]).toMatchObject({
        content: 'Explain rainbows to a',
        finishReason: 'length',
        completionTokens: 4,
      });
      expect(full.startsWith(plan.choices[0].content!)).toBe(true);
    }
  });

  it('gives n distinct choices and bills their tokens together', () => {
    const plan = planChatReply(ask('Name a good book', { n: 5 }));
    expect(plan.choices).toHaveLength(5);
    expect(new Set(plan.choices.map((c) => c.content)).size).toBe(5);
    expect(plan.completionTokens).toBe(plan.choices.reduce((s, c) => s + c.completionTokens, 0));
  });

  it('answers a conversation ending in tool results with text that starts from them', () => {
    const plan = planChatReply({
      model: 'm',
      tools: [weather],
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'Sunny, 24 degrees' },
      ],
    });
    expect(plan.choices[0].toolCalls).toEqual([]);
    expect(plan.choices[0].content).toMatch(/^Based on the tool results: Sunny, 24 degrees\. /);
  });

  it('answers json_object with one JSON object and json_schema with an instance', () => {
    const obj = planChatReply(ask('Reply in JSON please', { response_format: { type: 'json_object' } }));
    expect(JSON.parse(obj.choices[0].content!)).toEqual({ answer: expect.stringMatching(/^Reply in JSON please\. /) });
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, rank: { type: 'integer', minimum: 1, maximum: 3 } },
      required: ['city', 'rank'],
      additionalProperties: false,
    };
    const s = planChatReply(
      ask('Best city for cycling', {
        response_format: { type: 'json_schema', json_schema: { name: 'x', schema, strict: true } },
      }),
    );
    const value = JSON.parse(s.choices[0].content!);
    expect(Object.keys(value)).toEqual(['city', 'rank']);
    expect(['Best', 'city', 'cycling']).toContain(value.city);
  });

  it('throws a StrictSchemaError for a strict schema it cannot honour', () => {
    const rf = {
      type: 'json_schema' as const,
      json_schema: { name: 'loose', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } } } },
    };
    expect(() => planChatReply(ask('x', { response_format: rf }))).toThrowError(/additionalProperties/);
  });
});

describe('planChatReply: tools', () => {
  const toolReq = (content: string, extra: Partial<ChatRequest> = {}): ChatRequest =>
    ask(content, { tools: [time, weather, ping], ...extra });

  it('calls the tool sharing the most words with the message, with schema-valid arguments from its words', () => {
    const plan = planChatReply(toolReq('What is the weather in Paris?'));
    const [choice] = plan.choices;
    expect(choice).toMatchObject({ content: null, refusal: null, finishReason: 'tool_calls' });
    expect(choice.toolCalls).toHaveLength(1);
    expect(choice.toolCalls[0].name).toBe('get_weather');
    const args = JSON.parse(choice.toolCalls[0].arguments);
    expect(args.location).toBe('Paris');
    expect(['celsius', 'fahrenheit']).toContain(args.unit);
    expect(choice.toolCalls[0].id).toMatch(/^call_[A-Za-z0-9]{24}$/);
  });

  it('falls back to the first tool when nothing matches (auto always calls)', () => {
    expect(planChatReply(toolReq('Hello there')).choices[0].toolCalls[0].name).toBe('get_time');
  });

  it('tool_choice none → text; required → a call; named → exactly that tool; {} for parameterless tools', () => {
    expect(planChatReply(toolReq('Weather in Rome', { tool_choice: 'none' })).choices[0].toolCalls).toEqual([]);
    expect(planChatReply(toolReq('Hello', { tool_choice: 'required' })).choices[0].finishReason).toBe('tool_calls');
    const named = planChatReply(
      toolReq('Weather in Rome', { tool_choice: { type: 'function', function: { name: 'ping' } } }),
    );
    expect(named.choices[0].toolCalls.map((c) => [c.name, c.arguments])).toEqual([['ping', '{}']]);
  });

  it('restricts the choice to allowed_tools, in auto or required mode', () => {
    const allowed = (mode: string) => ({
      type: 'allowed_tools',
      allowed_tools: { mode, tools: [{ type: 'function', function: { name: 'get_time' } }] },
    });
    const auto = planChatReply(toolReq('What is the weather in Paris?', { tool_choice: allowed('auto') }));
    expect(auto.choices[0].toolCalls.map((c) => c.name)).toEqual(['get_time']);
    const messages: ChatRequest['messages'] = [
      { role: 'user', content: 'Time in Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '10:00' },
    ];
    expect(
      planChatReply({ model: 'm', messages, tools: [time], tool_choice: allowed('auto') }).choices[0].toolCalls,
    ).toEqual([]);
    expect(
      planChatReply({ model: 'm', messages, tools: [time], tool_choice: allowed('required') }).choices[0].toolCalls,
    ).toHaveLength(1);
  });

  it('makes one call per part of a message asking for several things, unless parallel_tool_calls is false', () => {
    const both = planChatReply(toolReq('What is the weather in Paris and the time in Tokyo?'));
    const calls = both.choices[0].toolCalls;
    expect(calls.map((c) => c.name)).toEqual(['get_weather', 'get_time']);
    expect(JSON.parse(calls[1].arguments)).toEqual({ city: 'Tokyo' });
    expect(new Set(calls.map((c) => c.id)).size).toBe(2);
    const twice = planChatReply(toolReq('Weather in Paris and London'));
    expect(twice.choices[0].toolCalls.map((c) => [c.name, JSON.parse(c.arguments).location])).toEqual([
      ['get_weather', 'Paris'],
      ['get_weather', 'London'],
    ]);
    const single = planChatReply(toolReq('Weather in Paris and London', { parallel_tool_calls: false }));
    expect(single.choices[0].toolCalls).toHaveLength(1);
  });

  it('keeps calling after tool results only when the choice forces it', () => {
    const messages: ChatRequest['messages'] = [
      { role: 'user', content: 'Weather in Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'Rain' },
    ];
    expect(planChatReply({ model: 'm', messages, tools: [weather] }).choices[0].content).toMatch(
      /^Based on the tool results: Rain/,
    );
    expect(
      planChatReply({ model: 'm', messages, tools: [weather], tool_choice: 'required' }).choices[0].toolCalls,
    ).toHaveLength(1);
  });

  it('salts call ids so identical requests can get unique ids', () => {
    const a = planChatReply(toolReq('Weather in Paris'), { salt: 'req_1' }).choices[0].toolCalls[0].id;
    const b = planChatReply(toolReq('Weather in Paris'), { salt: 'req_2' }).choices[0].toolCalls[0].id;
    expect(a).not.toBe(b);
  });

  it('cuts tool arguments at max_tokens with finish_reason length', () => {
    const plan = planChatReply(toolReq('Weather in Paris', { max_tokens: 3 }));
    expect(plan.choices[0]).toMatchObject({ finishReason: 'length', completionTokens: 3 });
    expect(plan.choices[0].toolCalls[0].arguments).toBe('{"location');
  });
});

describe('planChatReply: deprecated functions', () => {
  const functions = [
    {
      name: 'get_weather',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  ];

  it('answers with one function_call and finish_reason function_call', () => {
    const plan = planChatReply(ask('Weather in Paris and Rome', { functions }));
    expect(plan.choices[0]).toMatchObject({
      content: null,
      toolCalls: [],
      functionCall: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      finishReason: 'function_call',
    });
    expect(
      planChatReply(ask('Weather in Paris', { functions, function_call: 'none' })).choices[0].functionCall,
    ).toBeUndefined();
  });

  it('answers a function result with text', () => {
    const messages: ChatRequest['messages'] = [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: null, function_call: { name: 'get_weather', arguments: '{}' } },
      { role: 'function', name: 'get_weather', content: 'Cloudy' },
    ];
    expect(planChatReply({ model: 'm', messages, functions }).choices[0].content).toMatch(
      /^Based on the tool results: Cloudy\. /,
    );
  });
});

describe('planFromScript', () => {
  it('builds text, refusal and tool-call plans, applying limits unless a finishReason is given', () => {
    const req = ask('anything', { n: 2, max_tokens: 2 });
    expect(planFromScript(req, { content: 'One two three' }).choices.map((c) => [c.content, c.finishReason])).toEqual([
      ['One two', 'length'],
      ['One two', 'length'],
    ]);
    expect(planFromScript(req, { content: 'One two three', finishReason: 'content_filter' }).choices[0]).toMatchObject({
      content: 'One two three',
      finishReason: 'content_filter',
    });
    const refusal = planFromScript(ask('x'), { refusal: "I can't help with that." });
    expect(refusal.choices[0]).toMatchObject({
      content: null,
      refusal: "I can't help with that.",
      finishReason: 'stop',
      completionTokens: 8,
    });
  });

  it('serialises object arguments, keeps given ids, and generates missing arguments from the tool schema', () => {
    const plan = planFromScript(ask('Weather in Lima', { tools: [weather] }), {
      toolCalls: [
        { name: 'get_weather', arguments: { location: 'Lima', unit: 'celsius' }, id: 'call_mine' },
        { name: 'get_weather' },
      ],
    });
    const [a, b] = plan.choices[0].toolCalls;
    expect(a).toEqual({ id: 'call_mine', name: 'get_weather', arguments: '{"location":"Lima","unit":"celsius"}' });
    expect(JSON.parse(b.arguments).location).toBe('Lima');
    expect(b.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
  });

  it('cycles per-choice replies over n', () => {
    const plan = planFromScript(ask('x', { n: 3 }), [{ content: 'a' }, { content: 'b' }]);
    expect(plan.choices.map((c) => c.content)).toEqual(['a', 'b', 'a']);
  });
});
