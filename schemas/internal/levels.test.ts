import { describe, expect, it } from 'vitest';
import { hasMustLevel, schemaAtLevel } from './levels.ts';

const file = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  description: 'doc',
  type: 'object',
  required: ['a', 'b'],
  'x-must-required': ['a'],
  properties: {
    a: { enum: ['x', 'y'], 'x-must': { type: 'string' }, description: 'an enum' },
    b: { $ref: '#/$defs/b' },
    required: { type: 'string', default: 'keep the property named required' },
  },
  $defs: { b: { type: 'integer', format: 'unixtime', 'x-must': {} } },
};

describe('schemaAtLevel', () => {
  it('full: the file without annotations', () => {
    expect(schemaAtLevel(file, 'full')).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['a', 'b'],
      properties: { a: { enum: ['x', 'y'] }, b: { $ref: '#/$defs/b' }, required: { type: 'string' } },
      $defs: { b: { type: 'integer' } },
    });
  });

  it('must: every x-must and x-must-required substituted, in $defs too', () => {
    expect(schemaAtLevel(file, 'must')).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string' }, b: { $ref: '#/$defs/b' }, required: { type: 'string' } },
      $defs: { b: {} },
    });
  });

  it('leaves enum and const values alone even when they look like schemas', () => {
    const odd = { const: { description: 'data', 'x-must': 1 } };
    expect(schemaAtLevel(odd, 'must')).toEqual(odd);
  });
});

describe('hasMustLevel', () => {
  it('tells two-level files from one-level ones', () => {
    expect(hasMustLevel(file)).toBe(true);
    expect(hasMustLevel({ type: 'object', properties: { a: { type: 'string' } } })).toBe(false);
    expect(hasMustLevel({ enum: [{ 'x-must': {} }] })).toBe(false);
  });
});
