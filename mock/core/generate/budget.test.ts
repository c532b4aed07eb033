// Every size a request controls is bounded before the work: the smallest instance when the usual one does not
// fit, a 400 naming the parameter when none does.
import { describe, expect, it } from 'vitest';
import { createMock } from '../create-mock.ts';

const mock = createMock({ onInternalError: () => {} });
const user = [{ role: 'user', content: 'Describe the harbour of Lisbon' }];
const send = async (path: string, body: Record<string, unknown>) => {
  const res = await mock.handle({ method: 'POST', path, headers: {}, body: JSON.stringify(body) });
  return { status: res.status, body: JSON.parse('body' in res ? res.body : '{}') };
};
const schemaAnswer = (schema: unknown, extra: Record<string, unknown> = {}) =>
  send('/v1/chat/completions', {
    model: 'gpt-4o-mini',
    messages: user,
    response_format: { type: 'json_schema', json_schema: { name: 'out', schema } },
    ...extra,
  });
const obj = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

describe('generation budget', () => {
  it('answers 400 naming response_format when no instance fits', async () => {
    for (const schema of [
      obj({ s: { type: 'string', minLength: 1e9 } }),
      obj({ a: { type: 'array', items: { type: 'integer' }, minItems: 1e8 } }),
      { type: 'object', minProperties: 1e7, additionalProperties: { type: 'boolean' } },
      obj({
        deep: [...Array(10)].reduce((inner) => ({ type: 'array', minItems: 5, items: inner }), { type: 'integer' }),
      }),
    ]) {
      const r = await schemaAnswer(schema);
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({
        type: 'invalid_request_error',
        param: 'response_format',
        code: 'invalid_value',
      });
    }
    expect(
      (await schemaAnswer(obj({ s: { type: 'string', minLength: 1e9 } }))).body.error.message,
    ).toMatchInlineSnapshot(
      `"Invalid 'response_format': the smallest instance of this schema is more than the conform mock answers (65536 characters of JSON, about a model's output cap, within 8000000 steps of work). Lower its minItems, minLength or minProperties, or its nesting."`,
    );
  });

  it('names the tool whose parameters do not fit', async () => {
    const properties = Object.fromEntries(
      [...Array(1000)].map((_, i) => [`p${i}`, { type: 'string', minLength: 1e6 }]),
    );
    const tools = [
      { type: 'function', function: { name: 'noop', parameters: obj({}) } },
      { type: 'function', function: { name: 'describe_harbour', strict: true, parameters: obj(properties) } },
    ];
    const r = await send('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: user,
      tools,
      tool_choice: { type: 'function', function: { name: 'describe_harbour' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.param).toBe('tools[1].function.parameters');
  });

  it('falls back to the smallest instance when the usual one does not fit', async () => {
    const schema = {
      type: 'object',
      properties: { notes: { type: 'array', items: { type: 'string', minLength: 40_000 } } },
    };
    const r = await schemaAnswer(schema);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.choices[0].message.content)).toEqual({}); // optional, so left out
  });

  it('matches a catastrophic pattern against the user words without backtracking', async () => {
    const word = 'a'.repeat(31) + 'b';
    const r = await send('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: `Check ${word} please` }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'out', strict: true, schema: obj({ w: { type: 'string', pattern: '^(a+)+$' } }) },
      },
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.choices[0].message.content).w).toMatch(/^a+$/);
  });

  it('names n when the choices together pass the budget, and stays generous for ordinary requests', async () => {
    const big = await schemaAnswer(obj({ s: { type: 'string', minLength: 20_000 } }), { n: 128 });
    expect(big.status).toBe(400);
    expect(big.body.error.param).toBe('n');
    const ordinary = await send('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      messages: user,
      n: 128,
      logprobs: true,
      top_logprobs: 20,
    });
    expect(ordinary.status).toBe(200);
    expect(ordinary.body.choices).toHaveLength(128);
  });

  it('bounds legacy completions by choices, echo and logprobs before making any text', async () => {
    const r = await send('/v1/completions', {
      model: 'gpt-3.5-turbo-instruct',
      prompt: Array(1000).fill('Once upon a time'),
      n: 128,
      max_tokens: 4096,
      logprobs: 5,
      echo: true,
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ param: 'n', code: 'invalid_value' });
    expect(r.body.error.message).toMatchInlineSnapshot(
      `"Invalid 'n': the answer would hold more than the conform mock answers in one request: 131072 tokens, a token with logprobs counted once per alternative, and this one comes to at least 4480000. Lower 'n'."`,
    );
    const echo = await send('/v1/completions', {
      model: 'gpt-3.5-turbo-instruct',
      prompt: 'word '.repeat(30_000),
      logprobs: 5,
      echo: true,
    });
    expect(echo.body.error.param).toBe('echo');
    expect(
      (
        await send('/v1/completions', {
          model: 'gpt-3.5-turbo-instruct',
          prompt: ['a', 'b'],
          n: 4,
          logprobs: 5,
          echo: true,
        })
      ).status,
    ).toBe(200);
  });
});
