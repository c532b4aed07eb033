import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  invalidChatRequest,
  invalidCompletionRequest,
  invalidEmbeddingsRequest,
  validChatRequest,
  validCompletionRequest,
  validEmbeddingsRequest,
} from '../arbitraries/index.ts';
import { SCHEMAS, SCHEMA_NAMES, type SchemaName } from '../registry.ts';
import { validatorOf } from './compile.ts';
import type { JsonSchema } from './levels.ts';
import { compilePrecheck, precheckOf } from './precheck.ts';

const RUNS = 300;
const zodAccepts = (name: SchemaName, value: unknown) => validatorOf(name, 'full').safeParse(value).success;

const requests = [
  ['chat-completion-request', validChatRequest(), invalidChatRequest()],
  ['embeddings-request', validEmbeddingsRequest(), invalidEmbeddingsRequest()],
  ['completion-request', validCompletionRequest(), invalidCompletionRequest()],
] as const;

describe.each(requests)('precheck of %s agrees with zod', (name, valid, invalid) => {
  const precheck = precheckOf(name, 'full');

  it('on valid requests: both accept (the fast path is taken)', () => {
    fc.assert(
      fc.property(valid as fc.Arbitrary<unknown>, (req) => {
        expect([precheck(req), zodAccepts(name, req)]).toEqual([true, true]);
      }),
      { numRuns: RUNS },
    );
  });

  it('on requests with one field broken: both refuse', () => {
    fc.assert(
      fc.property(invalid as fc.Arbitrary<{ request: unknown }>, ({ request }) => {
        expect([precheck(request), zodAccepts(name, request)]).toEqual([false, false]);
      }),
      { numRuns: RUNS },
    );
  });

  it('on a valid request with any field set to any JSON value: yes only when zod says yes', () => {
    const fields = Object.keys((SCHEMAS[name] as JsonSchema).properties as object);
    const mutated = fc.tuple(
      valid as fc.Arbitrary<Record<string, unknown>>,
      fc.constantFrom(...fields, 'extra'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(mutated, ([req, field, value]) => {
        const body = { ...req, [field]: value };
        if (precheck(body)) expect(zodAccepts(name, body)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('precheck of every schema', () => {
  it.each(SCHEMA_NAMES)('%s: says yes to arbitrary JSON only when zod does', (name) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        if (precheckOf(name, 'full')(value)) expect(zodAccepts(name, value)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compilePrecheck reads keywords as z.fromJSONSchema does', () => {
  const both = (schema: JsonSchema, value: unknown) => [
    compilePrecheck(schema)(value),
    z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0], { registry: z.registry() }).safeParse(value)
      .success,
  ];

  it.each([
    ['enum wins over type', { type: 'integer', enum: ['a', null] }, 'a', [true, true]],
    ['required outside properties is ignored', { type: 'object', required: ['x'] }, {}, [true, true]],
    [
      'unknown keys pass through',
      { type: 'object', properties: { a: { type: 'string' } } },
      { a: 'x', b: 1 },
      [true, true],
    ],
    [
      'additionalProperties false refuses them',
      { type: 'object', additionalProperties: false, properties: { a: {} } },
      { b: 1 },
      [false, false],
    ],
    [
      'additionalProperties as a schema',
      { type: 'object', additionalProperties: { type: 'integer' } },
      { k: 1.5 },
      [false, false],
    ],
    [
      'propertyNames without a type',
      { type: 'object', propertyNames: { pattern: '^[0-9]+$' } },
      { '12': 1 },
      [true, true],
    ],
    ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, [false, false]],
    ['integer is a safe integer', { type: 'integer' }, 2 ** 53, [false, false]],
    ['a type list', { type: ['number', 'null'], minimum: 0 }, -1, [false, false]],
    ['maxLength counts code points', { type: 'string', maxLength: 1 }, '😀', [true, true]],
    ['minLength counts code points', { type: 'string', minLength: 2 }, '😀', [false, false]],
    ['a lone surrogate is one code point', { type: 'string', minLength: 2 }, '\ud800x', [true, true]],
    ['pattern matches anywhere', { type: 'string', pattern: '[0-9]' }, 'a1', [true, true]],
    ['an optional field may be absent', { type: 'object', properties: { a: { type: 'string' } } }, {}, [true, true]],
  ] as const)('%s', (_label, schema, value, verdicts) => {
    expect(both(schema as JsonSchema, value)).toEqual(verdicts);
  });

  it('answers "ask zod" (false) for what it does not model, even where zod accepts', () => {
    expect(both({ type: 'number', multipleOf: 2 }, 4)).toEqual([false, true]);
    expect(both({ type: 'object', anyOf: [{ required: [] }] }, {})).toEqual([false, true]);
    expect(both({ $ref: '#/$defs/a', description: 'x', type: 'string', $defs: { a: {} } }, 1)).toEqual([false, true]);
  });

  it('follows recursive references', () => {
    const tree = {
      $ref: '#/$defs/node',
      $defs: { node: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
    };
    expect(both(tree, { kids: [{ kids: [] }] })).toEqual([true, true]);
    expect(both(tree, { kids: [{ kids: [1] }] })).toEqual([false, false]);
  });
});
