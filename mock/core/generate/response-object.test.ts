import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIssues, validate, validResponsesRequest, type SchemaName } from '../../../schemas/index.ts';
import { planResponse, responseObject } from './response-object.ts';
import { responseEvents } from './response-events.ts';
import { StrictSchemaError } from './strict-schema.ts';
import type { ResponsesRequest } from './responses-types.ts';

const meta = { id: 'resp_test', created_at: 1_700_000_000, model: 'gpt-4o-mini' };
const answer = (req: ResponsesRequest, history?: ResponsesRequest['input']) =>
  responseObject(req, planResponse(req, { salt: meta.id, history: Array.isArray(history) ? history : [] }), meta);

const WEATHER = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather in a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

function expectValid(name: SchemaName, value: unknown): void {
  const r = validate(name, value);
  const issues = [...r.must, ...r.should];
  if (issues.length > 0) throw new Error(`${name}:\n${formatIssues(issues)}\n${JSON.stringify(value)}`);
}

describe('responseObject', () => {
  it('answers a string input with one completed message whose text echoes the question', () => {
    const r = answer({ model: 'm', input: 'Name three primary colours.' });
    expect(r.status).toBe('completed');
    expect(r.output).toHaveLength(1);
    const [item] = r.output;
    expect(item.type).toBe('message');
    expect(item.type === 'message' && item.content[0].text).toMatch(/^Name three primary colours\. /);
    expect(r.usage?.total_tokens).toBe((r.usage?.input_tokens ?? 0) + (r.usage?.output_tokens ?? 0));
    expectValid('response', r);
  });

  it('is incomplete with reason max_output_tokens when the cap cuts the text', () => {
    const r = answer({
      model: 'm',
      input: 'Tell me a long story about the sea and the ships on it.',
      max_output_tokens: 16,
    });
    expect(r.status).toBe('incomplete');
    expect(r.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(r.output.at(-1)?.status).toBe('incomplete');
    expect(r.usage?.output_tokens).toBe(16);
    expectValid('response', r);
  });

  it('calls function tools in parallel, each with its own call_id, and answers their outputs in text', () => {
    const req: ResponsesRequest = { model: 'm', input: 'Weather in Paris and in London?', tools: [WEATHER] };
    const r = answer(req);
    const calls = r.output.filter((i) => i.type === 'function_call');
    expect(calls.map((c) => c.type === 'function_call' && JSON.parse(c.arguments).city)).toEqual(['Paris', 'London']);
    expect(new Set(calls.map((c) => c.type === 'function_call' && c.call_id)).size).toBe(2);
    const followUp: ResponsesRequest = {
      model: 'm',
      tools: [WEATHER],
      input: [
        { role: 'user', content: 'Weather in Paris and in London?' },
        ...calls,
        ...calls.map((c) => ({
          type: 'function_call_output',
          call_id: c.type === 'function_call' ? c.call_id : '',
          output: 'Sunny, 21 C',
        })),
      ],
    };
    const after = answer(followUp);
    expect(after.output[0].type === 'message' && after.output[0].content[0].text).toMatch(
      /^Based on the tool results: Sunny/,
    );
  });

  it('honours tool_choice none and a named function', () => {
    expect(
      answer({ model: 'm', input: 'Weather in Paris?', tools: [WEATHER], tool_choice: 'none' }).output[0].type,
    ).toBe('message');
    const named = answer({
      model: 'm',
      input: 'Hello there',
      tools: [{ ...WEATHER, name: 'other' }, WEATHER],
      tool_choice: { type: 'function', name: 'get_weather' },
    });
    expect(named.output.map((i) => i.type === 'function_call' && i.name)).toEqual(['get_weather']);
  });

  it('answers text.format json_schema with an instance of the schema, json_object with JSON', () => {
    const schema = {
      type: 'object',
      properties: { colour: { type: 'string' } },
      required: ['colour'],
      additionalProperties: false,
    };
    const r = answer({
      model: 'm',
      input: 'Favourite colour?',
      text: { format: { type: 'json_schema', name: 'c', schema, strict: true } },
    });
    const text = r.output[0].type === 'message' ? r.output[0].content[0].text : '';
    expect(Object.keys(JSON.parse(text))).toEqual(['colour']);
    const j = answer({ model: 'm', input: 'Answer in JSON.', text: { format: { type: 'json_object' } } });
    expect(() => JSON.parse(j.output[0].type === 'message' ? j.output[0].content[0].text : '')).not.toThrow();
  });

  it('refuses a strict schema outside the subset, naming the Responses param', () => {
    const bad = { type: 'object', properties: { a: { type: 'string' } } }; // no required / additionalProperties
    const call = () =>
      answer({
        model: 'm',
        input: 'x',
        text: { format: { type: 'json_schema', name: 'c', schema: bad, strict: true } },
      });
    expect(call).toThrow(StrictSchemaError);
    try {
      call();
    } catch (e) {
      expect((e as StrictSchemaError).param).toBe('text.format.schema');
    }
    // an omitted strict is "strict when possible": no error
    expect(
      answer({ model: 'm', input: 'x', text: { format: { type: 'json_schema', name: 'c', schema: bad } } }).status,
    ).toBe('completed');
  });

  it('continues from history: instructions are not inherited, earlier turns are seen', () => {
    const first = answer({ model: 'm', input: 'My name is Ada.', instructions: 'Be brief.' });
    const second = answer({ model: 'm', input: 'What is my name?' }, [
      { role: 'user', content: 'My name is Ada.' },
      ...first.output,
    ]);
    expect(second.instructions).toBeNull();
    expect(second.usage!.input_tokens).toBeGreaterThan(
      answer({ model: 'm', input: 'What is my name?' }).usage!.input_tokens,
    );
  });

  it('echoes metadata, store and sampling settings with the API defaults', () => {
    const r = answer({ model: 'm', input: 'hi', metadata: { run: 'a' }, store: false, temperature: 0.2 });
    expect([r.metadata, r.store, r.temperature, r.top_p, r.tool_choice, r.parallel_tool_calls]).toEqual([
      { run: 'a' },
      false,
      0.2,
      1,
      'auto',
      true,
    ]);
  });

  it('for any valid request: the object and every event validate with no issue at either level', () => {
    fc.assert(
      fc.property(validResponsesRequest(), (raw) => {
        const req = raw as unknown as ResponsesRequest;
        const r = answer(req);
        expectValid('response', r);
        for (const e of responseEvents(r)) expectValid('response-stream-event', e);
      }),
      { numRuns: 60 },
    );
  });
});
