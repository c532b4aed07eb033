// Zod issues → our Issue records. Unions are reduced to the one branch the value was meant for, so a user reads
// "messages[0].content: expected string | array" instead of six nested role branches.
import type { Issue } from '../issue.ts';
import type { JsonSchema } from './levels.ts';
import { formatPath, valueAt, type PathSegment } from './path.ts';
import { schemaAt, typesOf } from './resolve.ts';

/** The subset of a zod issue we read (zod's own type is a wide union; every field here is optional there). */
export interface ZodIssueLike {
  code: string;
  path: PathSegment[];
  message: string;
  expected?: string;
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  keys?: string[];
  errors?: ZodIssueLike[][];
  issues?: ZodIssueLike[];
}

/** An issue before rendering: absolute path kept as segments so unions can compare depths. */
export interface RawIssue {
  path: PathSegment[];
  code: string;
  expected: string;
  received: string;
  message: string;
  /** the accepted literals (enum/const) or type names, kept so sibling union branches can be merged */
  accepts?: { literals: unknown[]; types: string[] };
  /** for too_big/too_small: the bound and what it counts (number, array, string, object) */
  limit?: { value: number; inclusive: boolean; origin: string };
  pattern?: string;
  /** the value seen at the path */
  value?: unknown;
  /** the JSON types the schema admits at the path (integer vs decimal bounds, OpenAI wording) */
  schemaTypes?: string[];
}

/** The details behind each rendered Issue, for callers that word errors their own way (the mock, openai-errors.ts). */
export const rawOf = new WeakMap<Issue, RawIssue>();

export function describeType(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

const typeName = (t: string | undefined): string => (t === 'int' ? 'integer' : (t ?? 'unknown'));

// zod reports a missing or mistyped integer as "expected number"; the schema instance knows better, so the
// parse-time error map leaves this mark in the message and convert() reads it back
const INTEGER_MARK = '\u0000integer';
type InstLike = { _zod?: { def?: { checks?: { _zod?: { def?: { format?: string } } }[] } } };
const isIntegerSchema = (inst: unknown) =>
  ((inst as InstLike)?._zod?.def?.checks ?? []).some((c) => /int/.test(c._zod?.def?.format ?? ''));
export const PARSE_OPTIONS = {
  error: (iss: { code?: string; expected?: string; inst?: unknown }) =>
    iss.code === 'invalid_type' && iss.expected === 'number' && isIntegerSchema(iss.inst) ? INTEGER_MARK : undefined,
};

function acceptsText(a: { literals: unknown[]; types: string[] }): string {
  const lits = a.literals.map((v) => JSON.stringify(v));
  if (a.types.length === 0 && lits.length > 1) return `one of ${lits.join('|')}`;
  return [...lits, ...a.types].join(' | ');
}

function mismatch(path: PathSegment[], input: unknown, accepts: { literals: unknown[]; types: string[] }): RawIssue {
  const value = valueAt(input, path);
  const onlyTypes = accepts.literals.length === 0;
  const expected = acceptsText(accepts);
  const received = onlyTypes ? describeType(value) : describeValue(value);
  const head = !onlyTypes && accepts.literals.length + accepts.types.length > 1 ? 'Invalid option' : 'Invalid input';
  return {
    path,
    code: onlyTypes ? 'invalid_type' : 'invalid_value',
    expected,
    received,
    message: `${head}: expected ${expected}, received ${received}`,
    accepts,
  };
}

function bound(issue: ZodIssueLike, big: boolean): string {
  const n = String(big ? issue.maximum : issue.minimum);
  const op = big ? (issue.inclusive ? '<=' : '<') : issue.inclusive ? '>=' : '>';
  return `${op}${n}`;
}

function sizeOf(value: unknown, origin: string | undefined): string {
  if (origin === 'array' && Array.isArray(value)) return `${value.length} items`;
  if (origin === 'string' && typeof value === 'string') return `${value.length} characters`;
  if (origin === 'object' && value && typeof value === 'object') return `${Object.keys(value).length} properties`;
  return describeValue(value);
}

const UNIT: Record<string, string> = { array: ' items', string: ' characters', object: ' properties' };

function convert(issue: ZodIssueLike, base: PathSegment[], input: unknown): RawIssue[] {
  const path = [...base, ...issue.path];
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_union':
      return reduceUnion(issue, path, input);
    case 'invalid_type': {
      const expected = issue.message === INTEGER_MARK ? 'integer' : typeName(issue.expected);
      return [mismatch(path, input, { literals: [], types: [expected] })];
    }
    case 'invalid_value':
      return [mismatch(path, input, { literals: issue.values ?? [], types: [] })];
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const origin = issue.origin ?? 'number';
      const unit = UNIT[origin] ?? '';
      const expected = `${bound(issue, big)}${unit}`;
      const received = sizeOf(value, origin);
      const what = origin === 'number' || origin === 'int' ? 'number to be' : `${origin} to have`;
      const limit = { value: Number(big ? issue.maximum : issue.minimum), inclusive: issue.inclusive ?? true, origin };
      return [
        {
          path,
          code: issue.code,
          expected,
          received,
          limit,
          message: `${big ? 'Too big' : 'Too small'}: expected ${what} ${expected}, received ${received}`,
        },
      ];
    }
    case 'invalid_format': {
      const expected = issue.format === 'regex' ? `string matching ${issue.pattern}` : `${issue.format} string`;
      const received = describeValue(value);
      return [
        {
          path,
          code: issue.code,
          expected,
          received,
          pattern: issue.pattern,
          message: `Invalid string: expected ${expected}, received ${received}`,
        },
      ];
    }
    case 'invalid_key':
      // the key itself is wrong: report it at the key's own path
      return (issue.issues ?? []).map((inner) => {
        const [r] = convert({ ...inner, path: [] }, path, input);
        const key = String(path[path.length - 1]);
        return {
          ...r,
          received: JSON.stringify(key),
          message: `Invalid key ${JSON.stringify(key)}: expected ${r.expected}`,
        };
      });
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({
        path: [...path, key],
        code: issue.code,
        expected: 'no such field',
        received: describeValue(valueAt(input, [...path, key])),
        message: `Unrecognized key: ${JSON.stringify(key)}`,
      }));
    default:
      return [{ path, code: issue.code, expected: '', received: describeValue(value), message: issue.message }];
  }
}

const atRoot = (r: RawIssue, depth: number) => r.path.length === depth;

/**
 * Pick the branch the value was meant for: drop branches that failed on the value's type or on a discriminator
 * (a const `role`/`type`/`object` one level down), then take the one with the fewest issues. When every branch
 * failed at the root, merge them into one "expected a | b" issue; when every branch failed on the same
 * discriminator, merge those into one "expected one of …" issue at that key.
 */
function reduceUnion(issue: ZodIssueLike, path: PathSegment[], input: unknown): RawIssue[] {
  const depth = path.length;
  const branches = (issue.errors ?? []).map((errs) => errs.flatMap((e) => convert(e, path, input)));
  if (branches.length === 0) return [mismatch(path, input, { literals: [], types: ['valid value'] })];
  const rootMiss = (b: RawIssue[]) => b.every((r) => atRoot(r, depth) && r.accepts !== undefined);
  const discriminatorMiss = (b: RawIssue[]) =>
    b.some(
      (r) =>
        r.path.length === depth + 1 && r.accepts && r.accepts.types.length === 0 && r.accepts.literals.length === 1,
    );
  const meant = branches.filter((b) => !rootMiss(b) && !discriminatorMiss(b));
  if (meant.length > 0) return fewest(meant);
  if (branches.every(rootMiss)) return [mismatch(path, input, mergeAccepts(branches.flat()))];
  // branches of another JSON type (e.g. the string enum beside object forms of tool_choice) do not vote
  const objects = branches.filter((b) => !rootMiss(b));
  const keys = objects.map(
    (b) => b.find((r) => r.path.length === depth + 1 && r.accepts?.literals.length === 1)?.path[depth],
  );
  if (keys[0] !== undefined && keys.every((k) => k === keys[0])) {
    const at = [...path, keys[0]];
    const lits = objects.flatMap((b) => b.filter((r) => r.path.length === depth + 1 && r.path[depth] === keys[0]));
    return [mismatch(at, input, mergeAccepts(lits))];
  }
  return fewest(objects.length > 0 ? objects : branches);
}

function fewest(branches: RawIssue[][]): RawIssue[] {
  return branches.reduce((best, b) => (b.length < best.length ? b : best));
}

function mergeAccepts(raws: RawIssue[]): { literals: unknown[]; types: string[] } {
  const literals: unknown[] = [];
  const types: string[] = [];
  for (const r of raws) {
    for (const l of r.accepts?.literals ?? []) if (!literals.includes(l)) literals.push(l);
    for (const t of r.accepts?.types ?? []) if (!types.includes(t)) types.push(t);
  }
  // a literal null already says "null"
  return { literals, types: literals.includes(null) ? types.filter((t) => t !== 'null') : types };
}

/** Zod issues of one parse → readable issues, one per problem, at the given level. */
export function toIssues(
  zodIssues: readonly ZodIssueLike[],
  input: unknown,
  level: 'must' | 'should',
  root?: JsonSchema,
): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const raw of zodIssues.flatMap((i) => convert(i, [], input))) {
    const issue: Issue = {
      path: formatPath(raw.path),
      expected: raw.expected,
      received: raw.received,
      message: raw.message,
      level,
    };
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const governing = root ? schemaAt(root, raw.path, input) : undefined;
    rawOf.set(issue, {
      ...raw,
      value: valueAt(input, raw.path),
      schemaTypes: governing && root ? typesOf(root, governing) : undefined,
    });
    out.push(issue);
  }
  return out;
}
