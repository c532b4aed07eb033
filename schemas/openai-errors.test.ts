import { describe, expect, it } from 'vitest';
import { openAiErrorOf } from './openai-errors.ts';
import { validate } from './validate.ts';
import type { RequestSchemaName } from './registry.ts';

const base = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] };

/** every MUST issue of the body, as the mock's error bodies word them */
const errorsOf = (body: unknown, name: RequestSchemaName = 'chat-completion-request') =>
  validate(name, body).must.map((i) => {
    const e = openAiErrorOf(i);
    return `${e.code} (${e.param}): ${e.message}`;
  });

describe('openAiErrorOf words request issues like the API', () => {
  it('types, with the reference A4 example verbatim', () => {
    expect(errorsOf({ ...base, max_tokens: 1.5 })).toMatchInlineSnapshot(`
      [
        "invalid_type (max_tokens): Invalid type for 'max_tokens': expected an integer, but got a decimal number instead.",
      ]
    `);
    expect(errorsOf({ ...base, temperature: 'hot', stream: 'yes', messages: [{ role: 'user', content: 5 }] }))
      .toMatchInlineSnapshot(`
      [
        "invalid_type (messages[0].content): Invalid type for 'messages[0].content': expected one of a string or an array, but got an integer instead.",
        "invalid_type (temperature): Invalid type for 'temperature': expected a decimal, but got a string instead.",
        "invalid_type (stream): Invalid type for 'stream': expected a boolean, but got a string instead.",
      ]
    `);
  });

  it('ranges, integers and decimals told apart', () => {
    expect(errorsOf({ ...base, temperature: 3, top_p: -0.5, n: 0, top_logprobs: 21, logit_bias: { '50256': 101 } }))
      .toMatchInlineSnapshot(`
      [
        "decimal_above_max_value (temperature): Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead.",
        "decimal_below_min_value (top_p): Invalid 'top_p': decimal below minimum value. Expected a value >= 0, but got -0.5 instead.",
        "integer_below_min_value (n): Invalid 'n': integer below minimum value. Expected a value >= 1, but got 0 instead.",
        "integer_above_max_value (logit_bias.50256): Invalid 'logit_bias.50256': integer above maximum value. Expected a value <= 100, but got 101 instead.",
        "integer_above_max_value (top_logprobs): Invalid 'top_logprobs': integer above maximum value. Expected a value <= 20, but got 21 instead.",
      ]
    `);
  });

  it('missing parameters and empty arrays', () => {
    expect(errorsOf({ messages: [] })).toMatchInlineSnapshot(`
      [
        "missing_required_parameter (model): Missing required parameter: 'model'.",
        "empty_array (messages): Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      ]
    `);
    expect(errorsOf({ ...base, messages: [{ role: 'tool', content: 'x' }] })).toMatchInlineSnapshot(`
      [
        "missing_required_parameter (messages[0].tool_call_id): Missing required parameter: 'messages[0].tool_call_id'.",
      ]
    `);
  });

  it('enum values and discriminators', () => {
    expect(
      errorsOf({
        ...base,
        messages: [{ role: 'robot', content: 'x' }],
        tool_choice: 'sometimes',
        response_format: { type: 'yaml' },
      }),
    ).toMatchInlineSnapshot(`
      [
        "invalid_value (messages[0].role): Invalid value: 'robot'. Supported values are: 'developer', 'system', 'user', 'assistant', 'tool', and 'function'.",
        "invalid_value (response_format.type): Invalid value: 'yaml'. Supported values are: 'text', 'json_object', and 'json_schema'.",
        "invalid_value (tool_choice): Invalid value: 'sometimes'. Supported values are: 'none', 'auto', and 'required'.",
      ]
    `);
  });

  it('lengths and patterns', () => {
    const tools = [
      { type: 'function', function: { name: 'get weather' } },
      { type: 'function', function: { name: 'f'.repeat(65) } },
    ];
    expect(errorsOf({ ...base, stop: ['a', 'b', 'c', 'd', 'e'], tools })).toMatchInlineSnapshot(`
      [
        "array_above_max_length (stop): Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with length 5 instead.",
        "invalid_value (tools[0].function.name): Invalid 'tools[0].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
        "string_above_max_length (tools[1].function.name): Invalid 'tools[1].function.name': string too long. Expected a string with maximum length 64, but got a string with length 65 instead.",
      ]
    `);
    expect(errorsOf({ ...base, metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) }))
      .toMatchInlineSnapshot(`
      [
        "object_above_max_properties (metadata): Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got an object with 17 properties instead.",
      ]
    `);
  });

  it('unknown fields on embeddings (its schema keeps additionalProperties: false)', () => {
    expect(errorsOf({ model: 'text-embedding-3-small', input: 'x', input_type: 'query' }, 'embeddings-request'))
      .toMatchInlineSnapshot(`
      [
        "null (null): Unrecognized request argument supplied: input_type",
      ]
    `);
  });

  it('a body that is not an object', () => {
    expect(errorsOf([{ model: 'm' }])).toMatchInlineSnapshot(`
      [
        "invalid_type (null): Invalid request body: expected a JSON object, but got an array instead.",
      ]
    `);
  });

  it('uses the issue path as error.param', () => {
    const [issue] = validate('chat-completion-request', {
      ...base,
      messages: [base.messages[0], { role: 'user', content: [{ type: 'text', text: 1 }] }],
    }).must;
    expect(openAiErrorOf(issue)).toEqual({
      message: expect.any(String),
      type: 'invalid_request_error',
      param: 'messages[1].content[0].text',
      code: 'invalid_type',
    });
  });
});
