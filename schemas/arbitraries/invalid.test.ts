import { describe, expect, it } from 'vitest';
import { formatPath } from '../internal/path.ts';
import type { JsonSchema } from '../internal/levels.ts';
import { applyBreak, breaksOf } from './invalid.ts';

const root: JsonSchema = {
  type: 'object',
  required: ['model', 'items'],
  properties: {
    model: { type: 'string' },
    temperature: { type: ['number', 'null'], minimum: 0, maximum: 2 },
    n: { type: 'integer', maximum: 4 },
    stop: { type: 'array', maxItems: 2, items: { type: 'string' } },
    items: { type: 'array', items: { $ref: '#/$defs/item' } },
  },
  $defs: { item: { type: 'object', required: ['kind'], properties: { kind: { enum: ['a', 'b'] } } } },
};

describe('breaksOf', () => {
  it('lists one break per kind a field allows, at paths written like error.param', () => {
    const value = { model: 'm', temperature: 0, n: 1, stop: ['x'], items: [{ kind: 'a' }] };
    const list = breaksOf(root, value).map((b) => `${b.how} ${formatPath(b.path)} ${JSON.stringify(b.value)}`);
    expect(list).toMatchInlineSnapshot(`
      [
        "missing-required model undefined",
        "wrong-type model 42",
        "wrong-type temperature "oops"",
        "out-of-range temperature 3",
        "wrong-type n 1.5",
        "out-of-range n 5",
        "wrong-type stop "oops"",
        "too-many-items stop ["x","x","x"]",
        "wrong-type stop[0] 42",
        "missing-required items undefined",
        "wrong-type items "oops"",
        "wrong-type items[0] "oops"",
        "missing-required items[0].kind undefined",
        "wrong-type items[0].kind 42",
        "bad-enum items[0].kind "not-a-valid-value"",
      ]
    `);
  });
});

describe('applyBreak', () => {
  it('changes a copy and leaves the original alone', () => {
    const value = { model: 'm', items: [{ kind: 'a' }] };
    expect(applyBreak(value, { path: ['items', 0, 'kind'], how: 'missing-required' })).toEqual({
      model: 'm',
      items: [{}],
    });
    expect(applyBreak(value, { path: ['model'], how: 'wrong-type', value: 42 })).toEqual({
      model: 42,
      items: [{ kind: 'a' }],
    });
    expect(value).toEqual({ model: 'm', items: [{ kind: 'a' }] });
  });
});
