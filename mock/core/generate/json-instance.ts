// Generates one JSON value valid against a JSON Schema (the subset tools and structured outputs use):
// type (incl. arrays of types), properties/required/additionalProperties, enum, const, anyOf, oneOf, allOf
// (merged), items/prefixItems/minItems/maxItems/uniqueItems, $ref into $defs/definitions (recursion bounded),
// minimum/maximum/exclusive*/multipleOf, and strings (formats, patterns, lengths: see string-values.ts).
// String values come from `words` (the user's words) in order, so arguments echo what was asked.
// Bounded: every value is paid for from a WorkBudget before it is made (budget.ts). When the usual, rich
// instance does not fit, the smallest one is tried (no optional properties, arrays at minItems, the cheapest
// branch); when that does not fit either, OutOfBudget reaches the caller, which answers 400.

import { INSTANCE_BUDGET, OutOfBudget, WorkBudget } from './budget.ts';
import type { Rng } from './hash.ts';
import { NOUNS } from './words.ts';
import { stringValue } from './string-values.ts';
import type { JsonSchema } from './types.ts';

export interface InstanceOptions {
  words: readonly string[];
  rng: Rng;
  /** below this depth optional properties are filled and arrays get 2 items; beyond it, minimal values */
  richDepth?: number;
  /** the request's budget, shared by all its instances (default: one instance's) */
  budget?: WorkBudget;
}

type Obj = Record<string, unknown>;
const HARD_DEPTH = 48;

interface Ctx {
  root: JsonSchema;
  opts: InstanceOptions;
  wordIndex: number;
  richDepth: number;
  budget: WorkBudget;
}

/** An instance of `schema`; throws OutOfBudget when not even the smallest one fits the budget. */
export function generateInstance(schema: JsonSchema, opts: InstanceOptions): unknown {
  const shared = opts.budget ?? new WorkBudget(INSTANCE_BUDGET.chars, INSTANCE_BUDGET.steps);
  const rich = opts.richDepth ?? 4;
  for (const richDepth of rich > 0 ? [rich, 0] : [0]) {
    // one instance holds at most INSTANCE_BUDGET.chars; the steps are the request's
    const chars = Math.min(INSTANCE_BUDGET.chars, shared.chars);
    const steps = shared.steps;
    const budget = new WorkBudget(chars, steps);
    try {
      return gen(schema, { root: schema, opts, wordIndex: 0, richDepth, budget }, 0);
    } catch (error) {
      if (!(error instanceof OutOfBudget) || richDepth === 0) throw error;
    } finally {
      shared.spend(chars - budget.chars, steps - budget.steps); // never more than it had
    }
  }
  throw new OutOfBudget(); // not reached: the last attempt returns or throws
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
  ctx.budget.spend(0, 1);
  if (schema === true || schema === undefined) return word(ctx);
  if (schema === false || depth > HARD_DEPTH) return spent(ctx, null, 4);
  let s = schema as Obj;
  if (typeof s.$ref === 'string') {
    ctx.budget.spend(0, s.$ref.length + Object.keys(s).length);
    const target = resolveRef(ctx.root, s.$ref);
    const { $ref, ...siblings } = s;
    if (target !== undefined) ctx.budget.spend(0, Object.keys(target).length);
    return gen(target === undefined ? siblings : { ...(target as Obj), ...siblings }, ctx, depth + 1);
  }
  if (Array.isArray(s.allOf)) {
    ctx.budget.spend(0, s.allOf.length + Object.keys(s).length);
    s = mergeAllOf(s);
  }
  if ('const' in s) return spent(ctx, s.const, sizeOf(s.const));
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const value = s.enum[ctx.opts.rng.int(s.enum.length)];
    return spent(ctx, value, sizeOf(value));
  }
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
      return spent(ctx, null, 4);
    case 'boolean':
      return spent(ctx, ctx.opts.rng.int(2) === 1, 5);
    case 'integer':
    case 'number':
      return spent(ctx, genNumber(s, type === 'integer', ctx), 12);
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
  // own properties only: a key "__proto__" must be a key of the answer, not its prototype
  const out: Obj = Object.create(null);
  let count = 0;
  const put = (key: string, value: () => unknown): void => {
    ctx.budget.spend(key.length + 4); // "key": and a comma
    out[key] = value();
    count++;
  };
  ctx.budget.spend(2, Object.keys(props).length);
  for (const [key, sub] of Object.entries(props)) {
    if (rich || required.has(key)) put(key, () => gen(sub, ctx, depth + 1));
  }
  // required keys without a property schema: anything goes unless additionalProperties says otherwise
  for (const key of required) {
    if (Object.hasOwn(out, key)) continue;
    const extra = s.additionalProperties;
    put(key, () => gen(extra === undefined || extra === false ? true : (extra as JsonSchema), ctx, depth + 1));
  }
  const min = typeof s.minProperties === 'number' ? s.minProperties : 0;
  const extra = s.additionalProperties;
  for (let i = 0; count < min && extra !== false && i < min + 8; i++) {
    const key = `${nextWord(ctx).toLowerCase()}_${i}`;
    if (!Object.hasOwn(out, key))
      put(key, () => gen(extra === undefined ? true : (extra as JsonSchema), ctx, depth + 1));
  }
  return Object.fromEntries(Object.entries(out)); // a plain object again, "__proto__" still an own key
}

function genArray(s: Obj, ctx: Ctx, depth: number): unknown[] {
  const prefix = (Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : []) as JsonSchema[];
  const rest: JsonSchema | undefined = Array.isArray(s.items)
    ? (s.additionalItems as JsonSchema | undefined)
    : (s.items as JsonSchema | undefined);
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
  let count = Math.max(min, Math.min(depth < ctx.richDepth ? 2 : 0, max));
  if (rest === false) count = Math.min(count, prefix.length);
  count = Math.max(count, Math.min(prefix.length, max));
  const out: unknown[] = [];
  const seen = new Set<string>();
  ctx.budget.spend(2);
  for (let i = 0, tries = 0; out.length < count && tries < count + 16; tries++) {
    ctx.budget.spend(1); // the comma; the item pays for itself
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
  if (max !== undefined)
    kHighs.push(s.exclusiveMaximum === true ? Math.ceil(max / unit - 1e-9) - 1 : bound(max, false));
  const exLo = num(s.exclusiveMinimum);
  const exHi = num(s.exclusiveMaximum);
  if (exLo !== undefined) kLows.push(Math.floor(exLo / unit + 1e-9) + 1);
  if (exHi !== undefined) kHighs.push(Math.ceil(exHi / unit - 1e-9) - 1);
  const kLo = kLows.length > 0 ? Math.max(...kLows) : undefined;
  const kHi = kHighs.length > 0 ? Math.min(...kHighs) : undefined;
  let k: number;
  if (kLo !== undefined && kHi !== undefined)
    k = kHi < kLo ? kLo : kLo + ctx.opts.rng.int(Math.min(kHi - kLo, 1e6) + 1);
  else if (kLo !== undefined) k = kLo + ctx.opts.rng.int(10);
  else if (kHi !== undefined) k = kHi - ctx.opts.rng.int(10);
  else k = 1 + ctx.opts.rng.int(integer ? 99 : 40);
  const value = k * unit;
  // avoid 0.30000000000000004: round to the step's decimals
  const decimals = (String(unit).split('.')[1] ?? '').length;
  return decimals > 0 ? Number(value.toFixed(Math.min(decimals, 12))) : value;
}

function genString(s: Obj, ctx: Ctx): string {
  return stringValue(s, nextWord(ctx), ctx.opts.words, ctx.opts.rng, ctx.budget);
}

/** A free string value (a schema of `true`): the next word, paid for. */
function word(ctx: Ctx): string {
  const w = nextWord(ctx);
  ctx.budget.spend(w.length + 2);
  return w;
}

function spent<T>(ctx: Ctx, value: T, chars: number): T {
  ctx.budget.spend(chars);
  return value;
}

// a const or enum value comes from the request and may be large; its size is measured once
const sizes = new WeakMap<object, number>();

function sizeOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return String(value).length + 2;
  let size = sizes.get(value);
  if (size === undefined) sizes.set(value, (size = JSON.stringify(value)?.length ?? 4));
  return size;
}
