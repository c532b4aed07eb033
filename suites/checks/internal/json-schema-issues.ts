// Validates a value against a caller's JSON Schema (tool parameters, response_format schemas) with zod's
// fromJSONSchema, and renders zod issues as the suite's Issue records.
import { z } from 'zod';
import type { Issue } from '../../engine/types.ts';

const cache = new WeakMap<object, z.ZodType>();

export function jsonSchemaIssues(schema: Record<string, unknown>, value: unknown): Issue[] {
  let validator = cache.get(schema);
  if (!validator) {
    validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    cache.set(schema, validator);
  }
  const result = validator.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const received = receivedAt(value, i.path);
    // zod words a missing key as a type error ("received undefined"); say what it is
    const missing = received === 'undefined' && i.path.length > 0;
    return {
      path: renderPath(i.path),
      expected: expectedOf(i),
      received,
      message: missing ? 'required property is missing' : i.message,
    };
  });
}

/** `JSON.parse` that reports why, for messages. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export function issueLines(issues: Issue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => `${i.path || '(root)'}: ${i.message}`);
  if (issues.length > max) shown.push(`… ${issues.length - max} more`);
  return shown.join('; ');
}

function renderPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if ('expected' in issue && typeof issue.expected === 'string') return issue.expected;
  if ('values' in issue && Array.isArray(issue.values)) return issue.values.map((v) => JSON.stringify(v)).join(' | ');
  if (issue.code === 'unrecognized_keys') return 'no additional properties';
  return issue.code;
}

function receivedAt(value: unknown, path: PropertyKey[]): string {
  let v: unknown = value;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
