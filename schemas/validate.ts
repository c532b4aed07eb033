// validate(name, value): MUST issues (the official SDK or code written against its types breaks) and SHOULD
// issues (the spec beyond that), each reported once.
import type { Issue } from './issue.ts';
import { validatorOf } from './internal/compile.ts';
import { hasMustLevel, type JsonSchema } from './internal/levels.ts';
import { isUnder } from './internal/path.ts';
import { precheckOf } from './internal/precheck.ts';
import { PARSE_OPTIONS, toIssues, type ZodIssueLike } from './internal/issues.ts';
import { SCHEMAS, type SchemaName } from './registry.ts';

export interface ValidationResult {
  ok: boolean; // no MUST issue (SHOULD issues are warnings)
  must: Issue[];
  should: Issue[];
}

const twoLevels = new Map<SchemaName, boolean>();

function isTwoLevel(name: SchemaName): boolean {
  let v = twoLevels.get(name);
  if (v === undefined) twoLevels.set(name, (v = hasMustLevel(SCHEMAS[name])));
  return v;
}

function issuesAt(name: SchemaName, level: 'must' | 'full', value: unknown, as: 'must' | 'should'): Issue[] {
  // the precheck says yes only where zod would: the common valid body skips zod's costlier walk
  if (precheckOf(name, level)(value)) return [];
  const r = validatorOf(name, level).safeParse(value, PARSE_OPTIONS);
  return r.success ? [] : toIssues(r.error.issues as unknown as ZodIssueLike[], value, as, SCHEMAS[name] as JsonSchema);
}

export function validate(name: SchemaName, value: unknown): ValidationResult {
  if (!Object.hasOwn(SCHEMAS, name))
    throw new Error(
      `[conform] unknown schema name: ${JSON.stringify(name)}. Use one of ${Object.keys(SCHEMAS).join(', ')}.`,
    );
  if (!isTwoLevel(name)) {
    const must = issuesAt(name, 'full', value, 'must');
    return { ok: must.length === 0, must, should: [] };
  }
  const must = issuesAt(name, 'must', value, 'must');
  // a field already failing at MUST level is not reported again as a SHOULD
  const should = issuesAt(name, 'full', value, 'should').filter((s) => !must.some((m) => isUnder(s.path, m.path)));
  return { ok: must.length === 0, must, should };
}

/** Build the validators now rather than on first use (about 0.1 s for the chat request), e.g. at server start. */
export function prepare(...names: SchemaName[]): void {
  for (const name of names.length > 0 ? names : (Object.keys(SCHEMAS) as SchemaName[])) {
    validatorOf(name, 'full');
    if (isTwoLevel(name)) validatorOf(name, 'must');
  }
}
