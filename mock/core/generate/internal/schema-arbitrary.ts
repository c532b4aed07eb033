// Test support: fast-check arbitraries of JSON Schemas using the keywords the instance generator supports.
// Every schema generated here is satisfiable, so a validation failure is the generator's fault.

import fc from 'fast-check';

export type Schema = Record<string, unknown>;

const FORMATS = ['date-time', 'date', 'time', 'email', 'uuid', 'ipv4', 'ipv6', 'hostname', 'uri', 'duration'];

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  fc.record(
    { type: fc.constant('string'), minLength: fc.nat(4), maxLength: fc.integer({ min: 4, max: 12 }) },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('string'), format: fc.constantFrom(...FORMATS) }),
  fc.integer({ min: -50, max: 50 }).chain((lo) =>
    fc.record(
      {
        type: fc.constant('integer'),
        minimum: fc.constant(lo),
        maximum: fc.integer({ min: lo + 5, max: lo + 40 }),
        multipleOf: fc.constantFrom(1, 2, 5),
      },
      { requiredKeys: ['type'] },
    ),
  ),
  fc.record(
    {
      type: fc.constant('number'),
      exclusiveMinimum: fc.constant(0),
      maximum: fc.constantFrom(1, 10, 100),
      multipleOf: fc.constantFrom(0.01, 0.25, 0.5),
    },
    { requiredKeys: ['type'] },
  ),
  fc.constant({ type: 'boolean' }),
  fc.constant({ type: 'null' }),
  fc.constant({ type: ['string', 'null'] }),
  fc
    .uniqueArray(fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { minLength: 1, maxLength: 4 })
    .map((values) => ({ enum: values })),
  // primitives only: zod's fromJSONSchema compares const with ===, so object consts cannot validate
  fc
    .oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null))
    .map((value) => ({ const: value })),
  fc.constant({ $ref: '#/$defs/point' }),
  fc.constant({ $ref: '#/$defs/color' }),
);

export const { schema: schemaArbitrary } = fc.letrec((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('object'),
    tie('array'),
    tie('anyOf'),
    tie('tagged'),
  ) as fc.Arbitrary<Schema>,
  object: fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,7}$/), tie('schema') as fc.Arbitrary<Schema>), {
      maxLength: 4,
      selector: ([k]) => k,
    })
    .chain((entries) =>
      fc.record({
        type: fc.constant('object'),
        properties: fc.constant(Object.fromEntries(entries)),
        required: fc.subarray(entries.map(([k]) => k)),
        additionalProperties: fc.constantFrom(false, true),
      }),
    ),
  array: fc.nat(3).chain((min) =>
    fc.record(
      {
        type: fc.constant('array'),
        items: tie('schema'),
        minItems: fc.constant(min),
        maxItems: fc.integer({ min, max: min + 3 }),
      },
      { requiredKeys: ['type', 'items'] },
    ),
  ),
  anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }).map((anyOf) => ({ anyOf })),
  // oneOf as used in practice: a union tagged by a required const, so branches cannot overlap
  tagged: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }).map((subs) => ({
    oneOf: subs.map((sub, i) => ({
      type: 'object',
      properties: { kind: { const: `k${i}` }, value: sub },
      required: ['kind', 'value'],
      additionalProperties: false,
    })),
  })),
})) as unknown as { schema: fc.Arbitrary<Schema> };

/** Definitions the `$ref` leaves point to: wrap generated schemas with `$defs: DEFS`. */
export const DEFS = {
  point: {
    type: 'object',
    properties: { x: { type: 'number' }, y: { type: 'number' } },
    required: ['x', 'y'],
    additionalProperties: false,
  },
  color: { type: 'string', enum: ['red', 'green', 'blue'] },
};
