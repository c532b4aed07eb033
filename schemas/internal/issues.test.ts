// Union reduction: what a reader sees for each way a value can miss a union.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../format.ts';
import { PARSE_OPTIONS, toIssues, type ZodIssueLike } from './issues.ts';

const shapes = {
  $defs: {
    text: {
      type: 'object',
      required: ['type', 'text'],
      properties: { type: { const: 'text' }, text: { type: 'string' } },
    },
    image: {
      type: 'object',
      required: ['type', 'url'],
      properties: { type: { const: 'image' }, url: { type: 'string' } },
    },
  },
  type: 'object',
  properties: {
    part: { anyOf: [{ $ref: '#/$defs/text' }, { $ref: '#/$defs/image' }] },
    choice: { anyOf: [{ enum: ['auto', 'none'] }, { $ref: '#/$defs/text' }] },
    stop: { anyOf: [{ type: 'string' }, { type: 'array', maxItems: 2, items: { type: 'string' } }, { type: 'null' }] },
    count: { type: ['integer', 'null'], minimum: 1 },
  },
} as const;

const schema = z.fromJSONSchema(shapes as never);
const issuesOf = (value: unknown) => {
  const r = schema.safeParse(value, PARSE_OPTIONS);
  return r.success ? '' : formatIssues(toIssues(r.error.issues as unknown as ZodIssueLike[], value, 'must'));
};

describe('union reduction', () => {
  it('follows the branch whose discriminator matched', () => {
    expect(issuesOf({ part: { type: 'image', url: 3 } })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received number
        → at part.url"
    `);
  });

  it('merges a discriminator that matched no branch into one issue at that key', () => {
    expect(issuesOf({ part: { type: 'video' } })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected one of "text"|"image", received "video"
        → at part.type"
    `);
  });

  it('ignores branches of another JSON type when merging discriminators', () => {
    expect(issuesOf({ choice: { type: 'video' } })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected "text", received "video"
        → at choice.type"
    `);
  });

  it('merges branches that all failed on the root type', () => {
    expect(issuesOf({ stop: 5, choice: 5 })).toMatchInlineSnapshot(`
      "✖ Invalid option: expected "auto" | "none" | object, received 5
        → at choice
      ✖ Invalid input: expected string | array | null, received number
        → at stop"
    `);
  });

  it('prefers a branch that got further than the root', () => {
    expect(issuesOf({ stop: ['a', 'b', 'c'] })).toMatchInlineSnapshot(`
      "✖ Too big: expected array to have <=2 items, received 3 items
        → at stop"
    `);
    expect(issuesOf({ stop: ['a', 1] })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected string, received number
        → at stop[1]"
    `);
  });

  it('says integer where zod says number', () => {
    expect(issuesOf({ count: 1.5 })).toMatchInlineSnapshot(`
      "✖ Invalid input: expected integer | null, received number
        → at count"
    `);
    expect(issuesOf({ count: 0 })).toMatchInlineSnapshot(`
      "✖ Too small: expected number to be >=1, received 0
        → at count"
    `);
  });
});
