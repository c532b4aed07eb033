import { describe, expect, it } from 'vitest';
import { checkRequestSchemas, checkStrictSchema } from './strict-schema.ts';

const rf = { kind: 'response_format', name: 'answer' } as const;
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  ...extra,
});
const message = (schema: unknown, owner: Parameters<typeof checkStrictSchema>[1] = rf): string => {
  const r = checkStrictSchema(schema as never, owner);
  if (r.ok) throw new Error('expected a rejection');
  return r.message;
};

describe('checkStrictSchema', () => {
  it('accepts schemas within the strict subset: $defs/$ref, recursion, anyOf, enum, const, nullable types, formats', () => {
    const schema = obj(
      {
        name: { type: 'string', pattern: '^[A-Za-z]+$' },
        when: { type: 'string', format: 'date-time' },
        age: { type: ['integer', 'null'], minimum: 0, maximum: 150 },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 1, maxItems: 3 },
        kind: { const: 'person' },
        home: { $ref: '#/$defs/address' },
        next: { anyOf: [{ $ref: '#' }, { type: 'null' }] },
      },
      { $defs: { address: obj({ city: { type: 'string' } }) } },
    );
    expect(checkStrictSchema(schema, rf)).toEqual({ ok: true });
  });

  it('requires additionalProperties:false on every object', () => {
    expect(message({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] })).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=(), 'additionalProperties' is required to be supplied and to be false."`,
    );
    expect(message(obj({ inner: { type: 'object', properties: {}, required: [] } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'inner'), 'additionalProperties' is required to be supplied and to be false."`,
    );
  });

  it('requires every property in required', () => {
    expect(
      message(
        {
          type: 'object',
          properties: { a: { type: 'string' }, b: { type: 'string' } },
          required: ['a'],
          additionalProperties: false,
        },
        { kind: 'function', name: 'get_weather' },
      ),
    ).toMatchInlineSnapshot(
      `"Invalid schema for function 'get_weather': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'b'."`,
    );
    expect(message({ ...obj({ a: { type: 'string' } }), required: ['a', 'z'] })).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=(), 'required' lists 'z', which is not in properties."`,
    );
  });

  it('rejects a root that is not an object, and anyOf at the root', () => {
    expect(message({ type: 'array', items: { type: 'string' } })).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=(), schema must be a JSON Schema of 'type: "object"', got 'type: "array"'."`,
    );
    expect(message({ anyOf: [obj({})] })).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=(), schema must be a JSON Schema of 'type: "object"', got 'type: null' with anyOf at the root."`,
    );
  });

  it('rejects unsupported keywords, unknown formats, missing types and impossible patterns', () => {
    expect(message(obj({ a: { type: 'string', allOf: [{ minLength: 1 }] } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'a'), 'allOf' is not permitted."`,
    );
    expect(message(obj({}, { patternProperties: { '^x': { type: 'string' } } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=(), 'patternProperties' is not permitted."`,
    );
    expect(message(obj({ a: { type: 'string', if: { minLength: 1 }, then: { maxLength: 2 } } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'a'), 'if' is not permitted."`,
    );
    expect(message(obj({ a: { type: 'string', format: 'credit-card' } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'a'), format 'credit-card' is not supported; use one of date-time, time, date, duration, email, hostname, ipv4, ipv6, uuid."`,
    );
    expect(message(obj({ a: { description: 'anything' } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'a'), schema must have a 'type' key."`,
    );
    expect(checkStrictSchema(obj({ code: { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' } }) as never, rf).ok).toBe(
      true,
    ); // sampled: "AAA-0000"
    expect(message(obj({ code: { type: 'string', pattern: '^(a)\\1$' } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'code'), pattern "^(a)\\\\1$" cannot be honoured by the conform mock (it produces no matching string, or uses lookaround or backreferences, which it does not support); remove it or set strict: false."`,
    );
    expect(message(obj({ code: { type: 'string', pattern: '^(?=x)y$' } }))).toMatch(
      /cannot be honoured by the conform mock/,
    );
  });

  it('rejects unresolvable refs, deep nesting and invalid definitions', () => {
    expect(message(obj({ a: { $ref: '#/$defs/nope' } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('properties', 'a'), reference '#/$defs/nope' can't be resolved."`,
    );
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 12; i++) deep = obj({ d: deep });
    expect(message(deep)).toMatch(/nests more than 10 levels/);
    expect(message(obj({}, { $defs: { bad: { type: 'object', properties: {} } } }))).toMatchInlineSnapshot(
      `"Invalid schema for response_format 'answer': In context=('$defs', 'bad'), 'additionalProperties' is required to be supplied and to be false."`,
    );
  });
});

describe('checkRequestSchemas', () => {
  it('checks strict response formats and strict tools only, naming the param', () => {
    const loose = { type: 'object', properties: { a: { type: 'string' } } };
    expect(
      checkRequestSchemas({ response_format: { type: 'json_schema', json_schema: { name: 'x', schema: loose } } }),
    ).toBeUndefined();
    expect(
      checkRequestSchemas({
        response_format: { type: 'json_schema', json_schema: { name: 'x', schema: loose, strict: true } },
      }),
    ).toMatchObject({ param: 'response_format', path: [] });
    const tools = [
      { type: 'function', function: { name: 'ok', parameters: loose } },
      { type: 'function', function: { name: 'strict_one', strict: true, parameters: loose } },
    ];
    expect(checkRequestSchemas({ tools })).toMatchObject({
      param: 'tools[1].function.parameters',
      message: expect.stringMatching(/^Invalid schema for function 'strict_one'/),
    });
    expect(
      checkRequestSchemas({ tools: [{ type: 'function', function: { name: 'bare', strict: true } }] }),
    ).toBeUndefined();
  });
});
