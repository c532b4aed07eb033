// A cases document, checked before any request: the schema (schemas/cases.schema.json), then what a schema cannot
// say (unique names, patterns that compile, `stop` expected only where the request has one). Every problem is a
// ConfigError naming the case, the path inside it and the fix.
import { z } from 'zod';
import type { ConformCases } from '../../schemas/generated/cases.ts';
import { validate } from '../../schemas/validate.ts';
import { ConfigError } from '../engine/config-error.ts';
import { stopsOf } from './expect/stop.ts';
import { show } from '../checks/internal/read.ts';

export const CASE_ID_PREFIX = 'cases.';

/** the check id of a case: its name in kebab-case */
export function caseId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return CASE_ID_PREFIX + (slug || 'case');
}

export function parseCases(value: unknown, file: string): ConformCases {
  const r = validate('cases', value);
  if (!r.ok) {
    const issue = r.must[0];
    const more = r.must.length > 1 ? ` (and ${r.must.length - 1} more)` : '';
    const seen = valueAt(value, issue.path);
    const quiet = seen === undefined || /^Unrecognized key/.test(issue.message);
    const got = quiet ? '' : ` (got ${show(seen)})`;
    throw new ConfigError(`[conform] ${file}: ${where(value, issue.path)}: ${issue.message}${got}${more}. ${FIX}`);
  }
  const doc = value as ConformCases;
  const ids = new Map<string, string>();
  doc.cases.forEach((c, i) => {
    const at = (path: string) => `[conform] ${file}: case ${JSON.stringify(c.name)} (cases[${i}]) at ${path}`;
    const id = caseId(c.name);
    const other = ids.get(id);
    if (other !== undefined)
      throw new ConfigError(
        `${at('name')}: its id ${id} is also the id of case ${JSON.stringify(other)}. Give each case its own name.`,
      );
    ids.set(id, c.name);
    // a case file is shared and saved in results.json: credentials come from flags, which are redacted
    const secret = Object.keys(c.request.headers ?? {}).find((h) => SECRET_HEADER.test(h));
    if (secret !== undefined)
      throw new ConfigError(
        `${at(`request.headers.${secret}`)}: a credential does not belong in a cases file (it would be saved in results.json). Remove it; pass the key with --api-key, other secret headers with --header "${secret}: …" (redacted everywhere).`,
      );
    const content = c.expect?.content;
    if (content?.pattern !== undefined) {
      try {
        new RegExp(content.pattern);
      } catch (e) {
        throw new ConfigError(`${at('expect.content.pattern')}: not a regular expression (${(e as Error).message}).`);
      }
    }
    if (content?.schema !== undefined) {
      try {
        z.fromJSONSchema(content.schema as Parameters<typeof z.fromJSONSchema>[0]);
      } catch (e) {
        throw new ConfigError(`${at('expect.content.schema')}: not a usable JSON Schema (${(e as Error).message}).`);
      }
    }
    if (c.expect?.stop && stopsOf(c.request.body).length === 0)
      throw new ConfigError(
        `${at('expect.stop')}: the request has no \`stop\`, so there is nothing to honour. Add "stop" to request.body or remove expect.stop.`,
      );
  });
  return doc;
}

const SECRET_HEADER = /auth|key|token|secret|passw|cookie|session|credential|signature/i;

const FIX = 'Fix the file; its JSON Schema (schemas/cases.schema.json) lets an editor complete and check it.';

function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.match(/[^.[\]]+/g) ?? [])
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** "case "name" (cases[2]) at expect.status", or the path as is outside a case */
function where(value: unknown, path: string): string {
  const m = /^cases\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m) return path === '' ? 'the document' : `at ${path}`;
  const c = (value as { cases: Array<{ name?: unknown }> }).cases[Number(m[1])];
  const name = typeof c?.name === 'string' ? `case ${JSON.stringify(c.name)} ` : 'case ';
  return `${name}(cases[${m[1]}])${m[2] ? ` at ${m[2]}` : ''}`;
}
