import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { createRng } from './hash.ts';
import { generateInstance, resolveRef } from './json-instance.ts';
import { DEFS, schemaArbitrary } from './internal/schema-arbitrary.ts';

const words = fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 });

describe('generateInstance', () => {
  it('produces values that a real validator (zod fromJSONSchema) accepts, over random schemas', () => {
    fc.assert(
      fc.property(schemaArbitrary, words, fc.integer(), (sub, ws, seed) => {
        const schema = {
          type: 'object',
          properties: { root: sub },
          required: ['root'],
          additionalProperties: false,
          $defs: DEFS,
        };
        const value = generateInstance(schema, { words: ws, rng: createRng(seed) });
        const result = z.fromJSONSchema(schema as never).safeParse(value);
        if (!result.success)
          throw new Error(`${JSON.stringify(value)} fails ${JSON.stringify(schema)}: ${result.error.message}`);
      }),
      { numRuns: 300 },
    );
  });

  it('fills string values with the given words, in order', () => {
    const schema = { type: 'object', properties: { city: { type: 'string' }, country: { type: 'string' } } };
    expect(generateInstance(schema, { words: ['Paris', 'France'], rng: createRng(1) })).toEqual({
      city: 'Paris',
      country: 'France',
    });
  });

  it('terminates on recursive schemas and stays valid', () => {
    const tree = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        children: { type: 'array', items: { $ref: '#' } },
        parent: { anyOf: [{ $ref: '#' }, { type: 'null' }] },
      },
      required: ['name', 'children', 'parent'],
      additionalProperties: false,
    };
    for (let seed = 0; seed < 20; seed++) {
      const value = generateInstance(tree, { words: ['a'], rng: createRng(seed) });
      expect(z.fromJSONSchema(tree as never).safeParse(value).success).toBe(true);
    }
  });

  it('is deterministic for a given rng seed', () => {
    const schema = {
      type: 'object',
      properties: { n: { type: 'integer' }, b: { type: 'boolean' }, id: { type: 'string', format: 'uuid' } },
    };
    expect(generateInstance(schema, { words: [], rng: createRng(9) })).toEqual(
      generateInstance(schema, { words: [], rng: createRng(9) }),
    );
  });

  it('resolves local refs, including escaped pointer segments', () => {
    const root = { $defs: { 'a/b': { const: 1 }, 'c~d': { const: 2 } } };
    expect(resolveRef(root, '#/$defs/a~1b')).toEqual({ const: 1 });
    expect(resolveRef(root, '#/$defs/c~0d')).toEqual({ const: 2 });
    expect(resolveRef(root, '#/$defs/missing')).toBeUndefined();
    expect(resolveRef(root, 'https://example.com/s.json')).toBeUndefined();
  });
});
