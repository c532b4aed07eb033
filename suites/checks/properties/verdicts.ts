// The property rules, as pure functions of one recorded exchange. The probe uses them live to decide what to
// shrink; the checks use them on the transcript to grade. A rule returns its problem, or undefined.
import { validate, type SchemaName } from '../../../schemas/index.ts';
import type { Exchange } from '../../engine/types.ts';
import { clip, isObject, jsonValue } from '../internal/read.ts';

export type Rule =
  | 'valid-accepted'
  | 'valid-response-schema'
  | 'valid-response-schema-full'
  | 'invalid-rejected'
  | 'invalid-no-5xx'
  | 'invalid-error-shape'
  | 'invalid-error-shape-full'
  | 'invalid-param';

export const VALID_RULES: Rule[] = ['valid-accepted', 'valid-response-schema', 'valid-response-schema-full'];
export const INVALID_RULES: Rule[] = [
  'invalid-rejected',
  'invalid-no-5xx',
  'invalid-error-shape',
  'invalid-error-shape-full',
  'invalid-param',
];

const statusOf = (ex: Exchange) => ex.response?.status;

/** `response`: the schema a 2xx answer must match (the target's) */
export function problemOf(
  rule: Rule,
  ex: Exchange,
  field?: string,
  response: SchemaName = 'chat-completion-response',
): string | undefined {
  const status = statusOf(ex);
  if (status === undefined)
    return rule === 'valid-accepted' || rule === 'invalid-rejected'
      ? `no HTTP response (${ex.error?.kind ?? 'unknown'})`
      : undefined;
  const body = ex.response!.body;
  switch (rule) {
    case 'valid-accepted':
      return status >= 200 && status < 300 ? undefined : `a valid request was answered ${status}: ${clip(body, 140)}`;
    case 'valid-response-schema':
    case 'valid-response-schema-full': {
      if (status < 200 || status >= 300) return undefined; // valid-accepted reports it
      const parsed = jsonValue(body);
      if (parsed === undefined)
        return rule === 'valid-response-schema' ? `the 200 body is not JSON: ${clip(body, 100)}` : undefined;
      const v = validate(response, parsed);
      // the MUST rule reads MUST issues; the full rule only the SHOULD issues (a MUST issue is reported once)
      const issues = rule === 'valid-response-schema' ? v.must : v.should;
      return issues.length
        ? `the response breaks the ${rule === 'valid-response-schema' ? '' : 'full '}schema: ${issueList(issues)}`
        : undefined;
    }
    case 'invalid-rejected':
      return status >= 400 && status < 500
        ? undefined
        : `a request with an invalid ${field ?? 'field'} was answered ${status}, expected a 4xx`;
    case 'invalid-no-5xx':
      return status >= 500
        ? `a request with an invalid ${field ?? 'field'} was answered ${status}: ${clip(body, 100)}`
        : undefined;
    case 'invalid-error-shape': {
      if (status < 400 || status >= 500) return undefined;
      const v = validate('error-body', jsonValue(body));
      return v.ok
        ? undefined
        : `the ${status} body is not {"error":{"message","type","param","code"}}: ${clip(body, 120)}`;
    }
    case 'invalid-error-shape-full': {
      if (status < 400 || status >= 500) return undefined;
      const v = validate('error-body', jsonValue(body));
      return v.ok && v.should.length
        ? `the ${status} body breaks the full error schema: ${issueList(v.should)}`
        : undefined;
    }
    case 'invalid-param': {
      if (status < 400 || status >= 500 || field === undefined) return undefined;
      const e = (jsonValue(body) as { error?: unknown } | undefined)?.error;
      const param = isObject(e) ? e.param : undefined;
      return sameField(param, field)
        ? undefined
        : `error.param is ${JSON.stringify(param) ?? 'missing'}, expected it to name ${JSON.stringify(field)}`;
    }
  }
}

function issueList(issues: Array<{ path: string; message: string }>): string {
  return issues
    .slice(0, 2)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('; ');
}

/** "messages[0].role", "messages.[0].role", "messages.0.role" and "messages[0]['role']" name the same field. */
export function sameField(param: unknown, field: string): boolean {
  if (typeof param !== 'string') return false;
  const segments = (s: string) =>
    s
      .replace(/\[['"]?([^\]'"]*)['"]?\]/g, '.$1')
      .split('.')
      .filter(Boolean);
  const a = segments(param);
  const b = segments(field);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
