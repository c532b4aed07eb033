import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './levels.ts';
import { branchFor, schemaAt, typesOf } from './resolve.ts';

const root: JsonSchema = {
  type: 'object',
  properties: {
    messages: { type: 'array', items: { $ref: '#/$defs/message' } },
    input: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        { type: 'array', items: { type: 'integer' } },
      ],
    },
    temperature: { type: ['number', 'null'], maximum: 2 },
    bias: { type: 'object', additionalProperties: { type: 'integer', maximum: 100 } },
  },
  $defs: {
    message: { anyOf: [{ $ref: '#/$defs/user' }, { $ref: '#/$defs/tool' }] },
    user: { type: 'object', properties: { role: { const: 'user' }, content: { type: 'string' } } },
    tool: { type: 'object', properties: { role: { const: 'tool' }, tool_call_id: { type: 'string' } } },
  },
};

describe('resolve', () => {
  it('picks union branches by const discriminator, then by the first item of arrays, then by type', () => {
    expect(branchFor(root, (root.$defs as Record<string, JsonSchema>).message, { role: 'tool' })).toHaveProperty(
      'properties.tool_call_id',
    );
    expect(branchFor(root, (root.properties as Record<string, JsonSchema>).input, [1, 2])).toEqual({
      type: 'array',
      items: { type: 'integer' },
    });
    expect(branchFor(root, (root.properties as Record<string, JsonSchema>).input, 'x')).toEqual({ type: 'string' });
  });

  it('finds the schema at a path through refs, unions and maps', () => {
    const value = {
      messages: [
        { role: 'user', content: 'a' },
        { role: 'tool', tool_call_id: 'c' },
      ],
      bias: { '12': 5 },
    };
    expect(schemaAt(root, ['messages', 1, 'tool_call_id'], value)).toEqual({ type: 'string' });
    expect(schemaAt(root, ['bias', '12'], value)).toEqual({ type: 'integer', maximum: 100 });
    expect(schemaAt(root, ['nope'], value)).toBeUndefined();
  });

  it('lists the JSON types a node admits', () => {
    const props = root.properties as Record<string, JsonSchema>;
    expect(typesOf(root, props.temperature)).toEqual(['number', 'null']);
    expect(typesOf(root, props.input)).toEqual(['string', 'array']);
    expect(typesOf(root, { enum: ['a', null] })).toEqual(['string', 'null']);
  });
});
