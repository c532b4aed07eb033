// Strict-mode schema rules (OpenAI Structured Outputs "supported schemas"): the root is an object (not anyOf),
// every object sets additionalProperties:false and lists every property in required, only supported keywords
// and formats are used, nesting ≤ 10 levels, ≤ 5000 properties, every $ref resolves. The mock also refuses a
// pattern it cannot produce a match for (or that its linear-time matcher does not support, see
// safe-pattern.ts): a strict schema is a promise, and it never silently breaks one. Each $ref target is walked
// once per schema, so references that fan out cannot make the walk exponential.
// Messages mimic the API's ("Invalid schema for response_format 'x': In context=(…), …").

import { OutOfBudget, WorkBudget } from './budget.ts';
import { resolveRef } from './json-instance.ts';
import { patternCandidate } from './string-values.ts';
import type { ChatRequest, JsonSchema } from './types.ts';

export type StrictCheck = { ok: true } | { ok: false; message: string; path: string[] };

/** What the schema belongs to, for the message: a response format or a function tool. */
export interface SchemaOwner {
  kind: 'response_format' | 'function';
  name: string;
}

const NOT_PERMITTED = [
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'patternProperties',
  'unevaluatedProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
  'uniqueItems',
  'prefixItems',
  'oneOf',
];
const STRICT_FORMATS = ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid'];
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const MAX_DEPTH = 10;
const MAX_PROPERTIES = 5000;
const PATTERN_STEPS = 4_000_000; // all the patterns of one schema, matched against candidates

type Obj = Record<string, unknown>;
interface Counter {
  properties: number;
  walkedRefs: Set<string>;
  patterns: WorkBudget;
}
class Fail {
  constructor(
    readonly path: string[],
    readonly text: string,
  ) {}
}

export function checkStrictSchema(schema: JsonSchema | undefined, owner: SchemaOwner): StrictCheck {
  const prefix = `Invalid schema for ${owner.kind} '${owner.name}': `;
  try {
    if (schema === undefined || schema === null || typeof schema !== 'object') {
      throw new Fail(
        [],
        `schema must be a JSON Schema object with 'type: "object"', got ${JSON.stringify(schema) ?? 'nothing'}.`,
      );
    }
    if (schema.type !== 'object' || 'anyOf' in schema) {
      throw new Fail(
        [],
        `schema must be a JSON Schema of 'type: "object"', got 'type: ${JSON.stringify(schema.type ?? null)}'${'anyOf' in schema ? ' with anyOf at the root' : ''}.`,
      );
    }
    const counter: Counter = {
      properties: 0,
      walkedRefs: new Set(),
      patterns: new WorkBudget(Infinity, PATTERN_STEPS),
    };
    walk(schema, schema, [], 0, counter, new Set());
    return { ok: true };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const context = e.path.map((p) => `'${p}'`).join(', ');
    return {
      ok: false,
      path: e.path,
      message: `${prefix}In context=(${context}${e.path.length === 1 ? ',' : ''}), ${e.text}`,
    };
  }
}

function walk(node: JsonSchema, root: Obj, path: string[], depth: number, counter: Counter, refs: Set<string>): void {
  if (typeof node !== 'object' || node === null)
    throw new Fail(path, `schema must be an object, got ${JSON.stringify(node)}.`);
  if (depth > MAX_DEPTH)
    throw new Fail(path, `the schema nests more than ${MAX_DEPTH} levels, which is not permitted.`);
  for (const key of NOT_PERMITTED) if (key in node) throw new Fail(path, `'${key}' is not permitted.`);
  if (typeof node.$ref === 'string') {
    const target = resolveRef(root, node.$ref);
    if (target === undefined) throw new Fail(path, `reference '${node.$ref}' can't be resolved.`);
    if (!refs.has(node.$ref) && !counter.walkedRefs.has(node.$ref)) {
      counter.walkedRefs.add(node.$ref);
      walk(target, root, [...path, '$ref'], depth, counter, new Set([...refs, node.$ref]));
    }
  }
  for (const defsKey of ['$defs', 'definitions']) {
    const defs = node[defsKey];
    if (defs !== undefined && path.length === 0) {
      for (const [name, def] of Object.entries(defs as Obj))
        walk(def as JsonSchema, root, [defsKey, name], depth, counter, refs);
    }
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  for (const t of types)
    if (!TYPES.has(t as string)) throw new Fail(path, `type ${JSON.stringify(t)} is not supported.`);
  const untyped =
    types.length === 0 && !('$ref' in node) && !('anyOf' in node) && !('enum' in node) && !('const' in node);
  if (untyped) throw new Fail(path, `schema must have a 'type' key.`);
  if (typeof node.format === 'string' && !STRICT_FORMATS.includes(node.format)) {
    throw new Fail(path, `format '${node.format}' is not supported; use one of ${STRICT_FORMATS.join(', ')}.`);
  }
  if (typeof node.pattern === 'string' && honoured(node.pattern, counter) === undefined) {
    const shown = node.pattern.length > 200 ? `${node.pattern.slice(0, 200)}…` : node.pattern;
    throw new Fail(
      path,
      `pattern ${JSON.stringify(shown)} cannot be honoured by the conform mock (it produces no matching string, or uses lookaround or backreferences, which it does not support); remove it or set strict: false.`,
    );
  }
  if (Array.isArray(node.anyOf))
    node.anyOf.forEach((b, i) => walk(b as JsonSchema, root, [...path, 'anyOf', String(i)], depth, counter, refs));
  if (types.includes('object') || 'properties' in node) checkObject(node, root, path, depth, counter, refs);
  if (types.includes('array') && node.items !== undefined)
    walk(node.items as JsonSchema, root, [...path, 'items'], depth + 1, counter, refs);
}

function checkObject(node: Obj, root: Obj, path: string[], depth: number, counter: Counter, refs: Set<string>): void {
  if (node.additionalProperties !== false) {
    throw new Fail(path, `'additionalProperties' is required to be supplied and to be false.`);
  }
  const props = (node.properties ?? {}) as Obj;
  const required = node.required;
  const keys = Object.keys(props);
  if (counter.properties + keys.length > MAX_PROPERTIES)
    throw new Fail(path, `the schema has more than ${MAX_PROPERTIES} properties, which is not permitted.`);
  const listed = new Set(Array.isArray(required) ? required : []); // a Set: 100k properties must not cost 100k²
  const missing = keys.filter((k) => !listed.has(k));
  if ((!Array.isArray(required) && keys.length > 0) || missing.length > 0) {
    throw new Fail(
      path,
      `'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0]}'.`,
    );
  }
  const extra = (required as string[] | undefined)?.find((k) => !Object.hasOwn(props, k));
  if (extra !== undefined) throw new Fail(path, `'required' lists '${extra}', which is not in properties.`);
  counter.properties += keys.length;
  for (const k of keys) walk(props[k] as JsonSchema, root, [...path, 'properties', k], depth + 1, counter, refs);
}

/** Where a request's strict schemas fail, with the `param` the API names in its 400; undefined when fine. */
export function checkRequestSchemas(
  req: Pick<ChatRequest, 'response_format' | 'tools'>,
): { message: string; param: string; path: string[] } | undefined {
  const rf = req.response_format;
  if (rf?.type === 'json_schema' && rf.json_schema?.strict === true) {
    const r = checkStrictSchema(rf.json_schema.schema, { kind: 'response_format', name: rf.json_schema.name });
    if (!r.ok) return { message: r.message, param: 'response_format', path: r.path };
  }
  const tools = req.tools ?? [];
  for (let i = 0; i < tools.length; i++) {
    const fn = tools[i]?.function;
    if (tools[i]?.type !== 'function' || fn?.strict !== true) continue;
    const r = checkStrictSchema(
      fn.parameters ?? { type: 'object', properties: {}, required: [], additionalProperties: false },
      { kind: 'function', name: fn.name },
    );
    if (!r.ok) return { message: r.message, param: `tools[${i}].function.parameters`, path: r.path };
  }
  return undefined;
}

/** Thrown by the planners when handed a strict schema that checkRequestSchemas rejects. */
export class StrictSchemaError extends Error {
  constructor(
    readonly param: string,
    readonly path: string[],
    message: string,
  ) {
    super(message);
    this.name = 'StrictSchemaError';
  }
}

/** A string matching `pattern`, or undefined; a schema whose patterns cost more than PATTERN_STEPS is refused. */
function honoured(pattern: string, counter: Counter): string | undefined {
  try {
    return patternCandidate(pattern, [], counter.patterns);
  } catch (error) {
    if (error instanceof OutOfBudget) return undefined;
    throw error;
  }
}
