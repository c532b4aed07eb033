// A fast-check arbitrary of valid values for a JSON Schema node, walked from our schema files. Sizes stay modest
// (arrays, strings and unbounded numbers are capped) and callers can replace any field by its path.
import fc from 'fast-check';
import type { JsonSchema } from '../internal/levels.ts';
import { deref } from '../internal/resolve.ts';

export interface WalkOptions {
  maxItems: number; // cap on generated array lengths and object sizes
  maxString: number; // cap on free string lengths
  /** replace the arbitrary at a path written with [] for any index: "messages[].content", "tools[].function.parameters" */
  overrides: Record<string, fc.Arbitrary<unknown>>;
  /** leave a property or union branch out (x-arbitrary "skip" and deprecated branches are always left out) */
  skip?: (path: string, node: JsonSchema) => boolean;
}

const INT32 = 2 ** 31 - 1;
const text = (min: number, max: number) =>
  fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: Math.max(min, max) });

// a small schema limit is an edge worth reaching (stop: 4 strings); a large or missing one gets the caller's cap
const capped = (limit: unknown, cap: number) =>
  typeof limit === 'number' ? (limit <= 16 ? limit : Math.min(limit, cap)) : cap;

function isSkipped(node: JsonSchema, path: string, opts: WalkOptions): boolean {
  return node['x-arbitrary'] === 'skip' || (opts.skip?.(path, node) ?? false);
}

function numberArb(node: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = typeof node.minimum === 'number' ? node.minimum : integer ? 0 : -10;
  const hi = typeof node.maximum === 'number' ? node.maximum : integer ? 1000 : 10;
  if (integer) return fc.integer({ min: Math.max(lo, -INT32), max: Math.min(hi, INT32) });
  // two decimals keep values readable; the bounds themselves (temperature 0 and 2) come up often
  return fc.oneof(
    fc.constantFrom(lo, hi),
    fc.integer({ min: Math.ceil(lo * 100), max: Math.floor(hi * 100) }).map((n) => n / 100 + 0),
  );
}

function stringArb(node: JsonSchema, opts: WalkOptions): fc.Arbitrary<string> {
  const max = Math.min(typeof node.maxLength === 'number' ? node.maxLength : opts.maxString, opts.maxString);
  const min = typeof node.minLength === 'number' ? node.minLength : 1;
  if (typeof node.pattern === 'string') {
    return fc
      .stringMatching(new RegExp(node.pattern), { size: 'xsmall' })
      .filter((s) => s.length >= min && s.length <= Math.max(max, min));
  }
  return text(min, max);
}

export function arbitraryFor(
  root: JsonSchema,
  node: JsonSchema,
  path: string,
  opts: WalkOptions,
): fc.Arbitrary<unknown> {
  const override = opts.overrides[path];
  if (override) return override;
  const n = deref(root, node);
  if (Array.isArray(n.anyOf)) {
    const branches = (n.anyOf as JsonSchema[]).filter((b) => {
      const d = deref(root, b);
      return !d.deprecated && !isSkipped(d, path, opts);
    });
    return fc.oneof(...branches.map((b) => arbitraryFor(root, b, path, opts)));
  }
  if (Array.isArray(n.enum)) return fc.constantFrom(...(n.enum as unknown[]));
  if (n.const !== undefined) return fc.constant(n.const);
  if (Array.isArray(n.type)) {
    return fc.oneof(...(n.type as string[]).map((t) => arbitraryFor(root, { ...n, type: t }, path, opts)));
  }
  switch (n.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArb(n, true);
    case 'number':
      return numberArb(n, false);
    case 'string':
      return stringArb(n, opts);
    case 'array': {
      const items = arbitraryFor(root, (n.items as JsonSchema) ?? {}, `${path}[]`, opts);
      const min = typeof n.minItems === 'number' ? n.minItems : 0;
      const max = Math.max(min, capped(n.maxItems, opts.maxItems));
      return fc.array(items, { minLength: min, maxLength: max });
    }
    case 'object':
      return objectArb(root, n, path, opts);
    default:
      // an unconstrained node: any small JSON value
      return fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -9, max: 9 }), text(0, 8));
  }
}

function objectArb(root: JsonSchema, n: JsonSchema, path: string, opts: WalkOptions): fc.Arbitrary<unknown> {
  const props = (n.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((n.required as string[] | undefined) ?? []);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, sub] of Object.entries(props)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (!required.has(key) && isSkipped(deref(root, sub), childPath, opts)) continue;
    shape[key] = arbitraryFor(root, sub, childPath, opts);
  }
  const record = fc.record(shape, { requiredKeys: Object.keys(shape).filter((k) => required.has(k)) });
  const extra = n.additionalProperties;
  if (extra === null || typeof extra !== 'object') return record;
  // a map (logit_bias, metadata): keys from propertyNames, values from additionalProperties
  const names = (n.propertyNames ?? {}) as JsonSchema;
  const keys =
    typeof names.pattern === 'string'
      ? fc.stringMatching(new RegExp(names.pattern), { size: 'xsmall' })
      : stringArb(names, opts);
  const maxKeys = capped(n.maxProperties, opts.maxItems);
  const values = arbitraryFor(root, extra as JsonSchema, `${path}.*`, opts);
  return fc
    .tuple(
      record,
      fc.dictionary(
        keys.filter((k) => k.length <= Number(names.maxLength ?? Infinity)),
        values,
        { maxKeys, noNullPrototype: true },
      ),
    )
    .map(([r, d]) => ({ ...d, ...(r as object) }));
}
