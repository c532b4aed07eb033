// A yes/no validator compiled from the same JSON Schema zod is built from, run before zod: building zod's
// issue list costs microseconds even for a valid body, and the mock validates every request it serves.
// Contract: precheck(value) === true only when zod's safeParse would succeed. Each keyword is read the way
// z.fromJSONSchema reads it (enum/const before type, `$ref` siblings ignored, required keys outside
// `properties` ignored, ...); any keyword or form it does not model makes that subschema answer false,
// which only means "ask zod". precheck.test.ts compares both verdicts on the request arbitraries.
import { SCHEMAS, type SchemaName } from '../registry.ts';
import { schemaAtLevel, type JsonSchema, type Level } from './levels.ts';

export type Precheck = (value: unknown) => boolean;

const ANY: Precheck = () => true;
const NEVER: Precheck = () => false;
// keywords zod files as metadata: no effect on the verdict
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  'id',
  '$comment',
  '$defs',
  'title',
  'description',
  'deprecated',
  'examples',
]);
const MODELLED = new Set([
  ...ANNOTATIONS,
  'type',
  'enum',
  'const',
  'anyOf',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** Code points as zod counts them: a surrogate pair once, a lone surrogate as itself. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

// one map per level: a `${name}:${level}` key would be a string built on every validation
const cache = { must: new Map<SchemaName, Precheck>(), full: new Map<SchemaName, Precheck>() };

export function precheckOf(name: SchemaName, level: Level): Precheck {
  let check = cache[level].get(name);
  if (!check) cache[level].set(name, (check = compilePrecheck(schemaAtLevel(SCHEMAS[name], level) as JsonSchema)));
  return check;
}

export function compilePrecheck(root: JsonSchema): Precheck {
  const defs = isObject(root.$defs) ? root.$defs : {};
  const refs = new Map<string, Precheck>();

  function ref(path: string): Precheck {
    const known = refs.get(path);
    if (known) return known;
    const name = path.startsWith('#/$defs/') ? path.slice('#/$defs/'.length) : undefined;
    if (name === undefined || /[/~]/.test(name) || !Object.hasOwn(defs, name)) return NEVER;
    let target: Precheck = NEVER;
    const forward: Precheck = (v) => target(v); // recursive definitions reach themselves through this
    refs.set(path, forward);
    target = compile(defs[name]);
    return forward;
  }

  function compile(node: unknown): Precheck {
    if (node === true) return ANY;
    if (!isObject(node)) return NEVER;
    for (const k of Object.keys(node)) if (!MODELLED.has(k) && k !== '$ref') return NEVER;
    if (typeof node.$ref === 'string') {
      // zod reads a $ref alone and then applies anyOf to it: only a bare reference is modelled
      return Object.keys(node).every((k) => k === '$ref' || ANNOTATIONS.has(k)) ? ref(node.$ref) : NEVER;
    }
    const explicit = node.type !== undefined || node.enum !== undefined || node.const !== undefined;
    const base = baseOf(node);
    if (!Array.isArray(node.anyOf)) return base;
    // with a type too, zod intersects (and merges outputs, which can fail): not modelled
    if (explicit) return NEVER;
    const branches = node.anyOf.map(compile);
    return (v) => {
      for (const b of branches) if (b(v)) return true;
      return false;
    };
  }

  function baseOf(node: JsonSchema): Precheck {
    if (node.enum !== undefined) {
      if (!Array.isArray(node.enum) || !node.enum.every(isPrimitive)) return NEVER;
      const allowed = new Set(node.enum);
      return (v) => allowed.has(v);
    }
    if (node.const !== undefined) {
      if (!isPrimitive(node.const)) return NEVER;
      const c = node.const;
      return (v) => v === c;
    }
    if (Array.isArray(node.type)) {
      const checks = node.type.map((t) => typed(node, t));
      return (v) => {
        for (const c of checks) if (c(v)) return true;
        return false;
      };
    }
    return node.type === undefined ? ANY : typed(node, node.type);
  }

  function typed(node: JsonSchema, type: unknown): Precheck {
    switch (type) {
      case 'string':
        return stringCheck(node);
      case 'number':
      case 'integer':
        return numberCheck(node, type === 'integer');
      case 'boolean':
        return (v) => typeof v === 'boolean';
      case 'null':
        return (v) => v === null;
      case 'array':
        return arrayCheck(node);
      case 'object':
        return objectCheck(node);
      default:
        return NEVER;
    }
  }

  function stringCheck(node: JsonSchema): Precheck {
    const min = typeof node.minLength === 'number' ? node.minLength : 0;
    const max = typeof node.maxLength === 'number' ? node.maxLength : Infinity;
    if (node.pattern !== undefined && typeof node.pattern !== 'string') return NEVER;
    const pattern = node.pattern ? new RegExp(node.pattern) : undefined; // as zod builds it: no flags
    return (v) => {
      if (typeof v !== 'string') return false;
      // zod counts code points; a unit count settles it unless near a bound (a code point is 1 or 2 units)
      const n = v.length > max || v.length < 2 * min ? codePoints(v) : v.length;
      return n >= min && n <= max && (pattern === undefined || pattern.test(v));
    };
  }

  function numberCheck(node: JsonSchema, integer: boolean): Precheck {
    const min = typeof node.minimum === 'number' ? node.minimum : -Infinity;
    const max = typeof node.maximum === 'number' ? node.maximum : Infinity;
    // zod's int() is a safe integer; its number() refuses NaN and ±Infinity
    return (v) =>
      typeof v === 'number' && (integer ? Number.isSafeInteger(v) : Number.isFinite(v)) && v >= min && v <= max;
  }

  function arrayCheck(node: JsonSchema): Precheck {
    if (Array.isArray(node.items) || node.items === false) return NEVER; // tuples: not modelled
    const item = node.items === undefined ? ANY : compile(node.items);
    const min = typeof node.minItems === 'number' ? node.minItems : 0;
    const max = typeof node.maxItems === 'number' ? node.maxItems : Infinity;
    return (v) => {
      if (!Array.isArray(v) || v.length < min || v.length > max) return false;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    };
  }

  function objectCheck(node: JsonSchema): Precheck {
    const properties = isObject(node.properties) ? node.properties : {};
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    const names = Object.keys(properties);
    const declared = new Set(names);
    const checks = names.map((n) => compile(properties[n]));
    const optional = names.map((n) => !required.has(n));
    const extra = node.additionalProperties;
    const rest = extra === undefined || extra === true ? undefined : extra === false ? NEVER : compile(extra);
    const keys = propertyNamesCheck(node);
    return (v) => {
      if (!isObject(v)) return false;
      for (let i = 0; i < names.length; i++) {
        const value = v[names[i]];
        if (value === undefined && optional[i]) continue;
        if (!checks[i](value)) return false;
      }
      if (rest !== undefined) {
        for (const k in v) if (!declared.has(k) && !rest(v[k])) return false;
      }
      return keys === undefined || keys(v);
    };
  }

  /** propertyNames / minProperties / maxProperties: zod guards the own property names. */
  function propertyNamesCheck(node: JsonSchema): Precheck | undefined {
    const names = node.propertyNames;
    const min = typeof node.minProperties === 'number' ? node.minProperties : 0;
    const max = typeof node.maxProperties === 'number' ? node.maxProperties : Infinity;
    if ((names === undefined || names === true) && min === 0 && max === Infinity) return undefined;
    // zod reads a propertyNames schema without a type as a string schema
    const name =
      names === undefined || names === true
        ? ANY
        : compile(isObject(names) && names.type === undefined ? { type: 'string', ...names } : names);
    return (v) => {
      const own = Object.getOwnPropertyNames(v);
      if (own.length < min || own.length > max) return false;
      for (const k of own) if (!name(k)) return false;
      return true;
    };
  }

  return compile(root);
}
