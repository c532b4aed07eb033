// Invalid requests that break exactly one labelled field of a valid one. The breakable fields are found by
// walking the request alongside its schema, so every field the schema constrains can be broken.
import fc from 'fast-check';
import type { JsonSchema } from '../internal/levels.ts';
import { formatPath, type PathSegment } from '../internal/path.ts';
import { branchFor, deref, typesOf } from '../internal/resolve.ts';

export type BreakHow = 'wrong-type' | 'out-of-range' | 'missing-required' | 'too-many-items' | 'bad-enum';

export interface InvalidRequest<T = Record<string, unknown>> {
  request: T;
  field: string; // where the API must complain, as in error.param: "temperature", "messages[0].role"
  how: BreakHow;
}

export interface Break {
  path: PathSegment[];
  how: BreakHow;
  value?: unknown; // the replacement; absent for missing-required
}

/** a value of a JSON type the schema does not accept (a decimal where only integers are) */
function wrongValue(types: string[]): unknown {
  if (types.includes('integer') && !types.includes('number')) return 1.5;
  if (!types.includes('string')) return 'oops';
  if (!types.includes('number') && !types.includes('integer')) return 42;
  if (!types.includes('boolean')) return true;
  return undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function arrayBranches(root: JsonSchema, node: JsonSchema): number {
  const n = deref(root, node);
  return Array.isArray(n.anyOf)
    ? (n.anyOf as JsonSchema[]).filter((b) => typesOf(root, b).includes('array')).length
    : 0;
}

/** Every single-field break the schema allows on this value. */
export function breaksOf(root: JsonSchema, value: unknown): Break[] {
  const out: Break[] = [];
  const walk = (node: JsonSchema, v: unknown, path: PathSegment[]) => {
    const n = branchFor(root, node, v);
    if (path.length > 0) {
      const wrong = wrongValue(typesOf(root, node));
      if (wrong !== undefined) out.push({ path, how: 'wrong-type', value: wrong });
      const lits = (n.enum as unknown[] | undefined) ?? (n.const !== undefined ? [n.const] : []);
      if (lits.some((l) => typeof l === 'string')) out.push({ path, how: 'bad-enum', value: 'not-a-valid-value' });
      if (typeof v === 'number' && typeof n.maximum === 'number')
        out.push({ path, how: 'out-of-range', value: n.maximum + 1 });
      else if (typeof v === 'number' && typeof n.minimum === 'number')
        out.push({ path, how: 'out-of-range', value: n.minimum - 1 });
      if (typeof v === 'string' && typeof n.maxLength === 'number')
        out.push({ path, how: 'out-of-range', value: 'x'.repeat(n.maxLength + 1) });
      // large limits (2048 embeddings inputs) would make the request itself large: left out
      if (Array.isArray(v) && v.length > 0 && typeof n.maxItems === 'number' && n.maxItems <= 128) {
        out.push({
          path,
          how: 'too-many-items',
          value: Array.from({ length: n.maxItems + 1 }, (_, i) => v[i % v.length]),
        });
      }
      if (isObject(v) && typeof n.maxProperties === 'number') {
        const sample = Object.values(v)[0];
        if (sample !== undefined) {
          const grown = { ...v };
          for (let i = 0; Object.keys(grown).length <= n.maxProperties; i++) grown[`extra_${i}`] = sample;
          out.push({ path, how: 'too-many-items', value: grown });
        }
      }
    }
    if (isObject(v)) {
      const props = (n.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((n.required as string[] | undefined) ?? []);
      // a discriminator another branch of the union may omit (Responses: a message's `type`) is no break: without
      // it the value is read as that other branch, and the API names that branch's fields
      const alternatives = (deref(root, node).anyOf as JsonSchema[] | undefined)?.map((b) => deref(root, b)) ?? [];
      const optionalElsewhere = (key: string) =>
        alternatives.some((b) => b !== n && !((b.required as string[] | undefined) ?? []).includes(key));
      for (const [key, sub] of Object.entries(props)) {
        if (!(key in v)) continue;
        if (required.has(key) && !(sub.const !== undefined && optionalElsewhere(key)))
          out.push({ path: [...path, key], how: 'missing-required' });
        walk(sub, v[key], [...path, key]);
      }
      if (isObject(n.additionalProperties)) {
        for (const key of Object.keys(v))
          if (!(key in props)) walk(n.additionalProperties as JsonSchema, v[key], [...path, key]);
      }
    } else if (Array.isArray(v) && n.items && arrayBranches(root, node) <= 1) {
      // items of a union of array forms (string[] | integer[]) are ambiguous: a broken item may fit another form
      v.forEach((item, i) => walk(n.items as JsonSchema, item, [...path, i]));
    }
  };
  walk(root, value, []);
  return out;
}

export function applyBreak<T>(value: T, brk: Break): T {
  // a JSON round trip: requests are JSON, and it unshares objects an arbitrary may have reused
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const seg of brk.path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = brk.path[brk.path.length - 1];
  if (brk.how === 'missing-required') delete parent[last];
  else parent[last] = brk.value;
  return copy as T;
}

/** Requests from `valid`, each with exactly one field broken in one of the `hows`. */
export function invalidFrom<T>(
  root: JsonSchema,
  valid: fc.Arbitrary<T>,
  hows?: readonly BreakHow[],
): fc.Arbitrary<InvalidRequest<T>> {
  return valid
    .map((request) => ({ request, breaks: breaksOf(root, request).filter((b) => !hows || hows.includes(b.how)) }))
    .filter(({ breaks }) => breaks.length > 0)
    .chain(({ request, breaks }) => {
      // pick the kind first, so rare kinds (too-many-items) are not drowned by the many wrong-type candidates
      const kinds = [...new Set(breaks.map((b) => b.how))];
      return fc
        .constantFrom(...kinds)
        .chain((how) => fc.constantFrom(...breaks.filter((b) => b.how === how)))
        .map((b) => ({ request: applyBreak(request, b), field: formatPath(b.path), how: b.how }));
    });
}
