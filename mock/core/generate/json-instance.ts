// Generates one JSON value valid against a JSON Schema (the subset tools and structured outputs use):
// type (incl. arrays of types), properties/required/additionalProperties, enum, const, anyOf, oneOf, allOf
// (merged), items/prefixItems/minItems/maxItems/uniqueItems, $ref into $defs/definitions (recursion bounded),
// minimum/maximum/exclusive*/multipleOf, and strings (formats, patterns, lengths: see string-values.ts).
// String values come from `words` (the user's words) in order, so arguments echo what was asked.

import type { Rng } from './hash.ts';
import { NOUNS } from './words.ts';
import { stringValue } from './string-values.ts';
import type { JsonSchema } from './types.ts';

export interface InstanceOptions {
  words: readonly string[];
  rng: Rng;
  /** below this depth optional properties are filled and arrays get 2 items; beyond it, minimal values */
  richDepth?: number;
}

type Obj = Record<string, unknown>;
const HARD_DEPTH = 48;

interface Ctx {
  root: JsonSchema;
  opts: InstanceOptions;
  wordIndex: number;
  richDepth: number;
}

export function generateInstance(schema: JsonSchema, opts: InstanceOptions): unknown {
  const ctx: Ctx = { root: schema, opts, wordIndex: 0, richDepth: opts.richDepth ?? 4 };
  return gen(schema, ctx, 0);
}

/** Resolves a local JSON pointer ("#", "#/$defs/x", "#/definitions/x/properties/y"). */
export function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Obj)[key];
  }
  return node === undefined ? undefined : (node as JsonSchema);
}

function nextWord(ctx: Ctx): string {
  const { words, rng } = ctx.opts;
  if (words.length > 0) return words[ctx.wordIndex++ % words.length];
  return rng.pick(NOUNS);
}

/** A branch that terminates quickly, for use when recursion is deep. */
function cheapBranch(branches: JsonSchema[]): JsonSchema {
  const score = (b: JsonSchema): number => {
    if (typeof b !== 'object') return 1;
    if (b.type === 'null') return 0;
    if ('$ref' in b) return 3;
    if (b.type === 'object' || b.type === 'array' || 'properties' in b) return 2;
    return 1;
  };
  return branches.reduce((best, b) => (score(b) < score(best) ? b : best));
}

function mergeAllOf(schema: Obj): Obj {
  const { allOf, ...rest } = schema;
  const merged: Obj = { ...rest };
  for (const part of allOf as Obj[]) {
    if (part === null || typeof part !== 'object') continue;
    for (const [k, v] of Object.entries(part)) {
      if (k === 'properties') merged.properties = { ...(merged.properties as Obj), ...(v as Obj) };
      else if (k === 'required') merged.required = [...((merged.required as string[]) ?? []), ...(v as string[])];
      else if (!(k in merged)) merged[k] = v;
    }
  }
  return merged;
}

function gen(schema: JsonSchema, ctx: Ctx, depth: number): unknown {
  if (schema === true || schema === undefined) return nextWord(ctx);
  if (schema === false || depth > HARD_DEPTH) return null;
  let s = schema as Obj;
  if (typeof s.$ref === 'string') {
    const target = resolveRef(ctx.root, s.$ref);
    const { $ref, ...siblings } = s;
    return gen(target === undefined ? siblings : { ...(target as Obj), ...siblings }, ctx, depth + 1);
  }
  if (Array.isArray(s.allOf)) s = mergeAllOf(s);
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[ctx.opts.rng.int(s.enum.length)];
  const branches = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) {
    const { anyOf, oneOf, ...base } = s;
    const branch = depth >= ctx.richDepth ? cheapBranch(branches) : branches[ctx.opts.rng.int(branches.length)];
    return gen(typeof branch === 'object' ? { ...base, ...branch } : branch, ctx, depth + 1);
  }
  return genTyped(s, pickType(s, ctx, depth), ctx, depth);
}

function pickType(s: Obj, ctx: Ctx, depth: number): string {
  const t = s.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t) && t.length > 0) {
    const nonNull = t.filter((x) => x !== 'null');
    if (nonNull.length === 0 || (depth >= ctx.richDepth && t.includes('null'))) return 'null';
    return nonNull[0] as string;
  }
  if ('properties' in s || 'additionalProperties' in s || 'required' in s) return 'object';
  if ('items' in s || 'prefixItems' in s || 'minItems' in s) return 'array';
  if ('minimum' in s || 'maximum' in s || 'multipleOf' in s) return 'number';
  return 'string';
}

function genTyped(s: Obj, type: string, ctx: Ctx, depth: number): unknown {
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return ctx.opts.rng.int(2) === 1;
    case 'integer':
    case 'number':
      return genNumber(s, type === 'integer', ctx);
    case 'array':
      return genArray(s, ctx, depth);
    case 'object':
      return genObject(s, ctx, depth);
    default:
      return genString(s, ctx);
  }
}

function genObject(s: Obj, ctx: Ctx, depth: number): Obj {
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const rich = depth < ctx.richDepth;
  const out: Obj = {};
  for (const [key, sub] of Object.entries(props)) {
    if (rich || required.has(key)) out[key] = gen(sub, ctx, depth + 1);
  }
  // required keys without a property schema: anything goes unless additionalProperties says otherwise
  for (const key of required) {
    if (key in out) continue;
    const extra = s.additionalProperties;
    out[key] = gen(extra === undefined || extra === false ? true : (extra as JsonSchema), ctx, depth + 1);
  }
  const min = typeof s.minProperties === 'number' ? s.minProperties : 0;
  const extra = s.additionalProperties;
  for (let i = 0; Object.keys(out).length < min && extra !== false && i < min + 8; i++) {
    const key = `${nextWord(ctx).toLowerCase()}_${i}`;
    if (!(key in out)) out[key] = gen(extra === undefined ? true : (extra as JsonSchema), ctx, depth + 1);
  }
  return out;
}

function genArray(s: Obj, ctx: Ctx, depth: number): unknown[] {
  const prefix = (Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : []) as JsonSchema[];
  const rest: JsonSchema | undefined = Array.isArray(s.items) ? (s.additionalItems as JsonSchema | undefined) : (s.items as JsonSchema | undefined);
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
  let count = Math.max(min, Math.min(depth < ctx.richDepth ? 2 : 0, max));
  if (rest === false) count = Math.min(count, prefix.length);
  count = Math.max(count, Math.min(prefix.length, max));
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0, tries = 0; out.length < count && tries < count + 16; tries++) {
    const sub = i < prefix.length ? prefix[i] : (rest ?? true);
    const value = gen(sub, ctx, depth + 1);
    if (s.uniqueItems === true) {
      const key = JSON.stringify(value);
      if (seen.has(key)) {
        if (out.length >= min) break; // enough already: stop rather than loop
        continue;
      }
      seen.add(key);
    }
    out.push(value);
    i++;
  }
  return out;
}

function genNumber(s: Obj, integer: boolean, ctx: Ctx): number {
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const step = num(s.multipleOf) ?? (integer ? 1 : 0.5);
  const unit = integer ? Math.max(1, Math.ceil(step) === step ? step : Math.ceil(step)) : step;
  const bound = (v: number, up: boolean): number => (up ? Math.ceil(v / unit - 1e-9) : Math.floor(v / unit + 1e-9));
  const kLows: number[] = [];
  const kHighs: number[] = [];
  const min = num(s.minimum);
  const max = num(s.maximum);
  // draft-04 spells exclusive bounds as booleans next to minimum/maximum
  if (min !== undefined) kLows.push(s.exclusiveMinimum === true ? Math.floor(min / unit + 1e-9) + 1 : bound(min, true));
  if (max !== undefined) kHighs.push(s.exclusiveMaximum === true ? Math.ceil(max / unit - 1e-9) - 1 : bound(max, false));
  const exLo = num(s.exclusiveMinimum);
  const exHi = num(s.exclusiveMaximum);
  if (exLo !== undefined) kLows.push(Math.floor(exLo / unit + 1e-9) + 1);
  if (exHi !== undefined) kHighs.push(Math.ceil(exHi / unit - 1e-9) - 1);
  const kLo = kLows.length > 0 ? Math.max(...kLows) : undefined;
  const kHi = kHighs.length > 0 ? Math.min(...kHighs) : undefined;
  let k: number;
  if (kLo !== undefined && kHi !== undefined) k = kHi < kLo ? kLo : kLo + ctx.opts.rng.int(Math.min(kHi - kLo, 1e6) + 1);
  else if (kLo !== undefined) k = kLo + ctx.opts.rng.int(10);
  else if (kHi !== undefined) k = kHi - ctx.opts.rng.int(10);
  else k = 1 + ctx.opts.rng.int(integer ? 99 : 40);
  const value = k * unit;
  // avoid 0.30000000000000004: round to the step's decimals
  const decimals = (String(unit).split('.')[1] ?? '').length;
  return decimals > 0 ? Number(value.toFixed(Math.min(decimals, 12))) : value;
}

function genString(s: Obj, ctx: Ctx): string {
  return stringValue(s, nextWord(ctx), ctx.opts.words, ctx.opts.rng);
}
