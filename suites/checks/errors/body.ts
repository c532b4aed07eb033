// Error bodies: {"error":{"message","type","param","code"}} as application/json, with param naming the field.
import type { Check } from '../../engine/types.ts';
import { everyItem, isJsonType } from '../internal/grade.ts';
import { clip, header, isObject, jsonValue, show } from '../internal/read.ts';
import { sdk, spec } from '../internal/sources.ts';
import { CONTROL } from '../chat/probes.ts';
import { E } from './probes.ts';
import { caseOutcomes, noRejection } from './rejections.ts';
import { bodyKind, ERROR_PROBES, errorResponses, KIND_TEXT, type ErrorResponse } from './responses.ts';

export const ENVELOPE_BREAKS = [
  'openai-node 6: a flat, array or problem body reads "400 status code (no body)", with error.code/type/param undefined',
  'openai-node 7: reads a flat body (it wraps it); arrays and problem bodies print as raw JSON, with error.code/type/param undefined',
  'openai-node 6 and 7: {"error":"…"} prints the text in quotes, with error.code/type/param undefined',
  'every client that reads error.message',
];
export const FIELDS_BREAKS = [
  'apps that switch on error.code or error.type (a numeric code never equals "invalid_api_key")',
  'typed clients that decode error.code as a string',
];

export const bodyEnvelope: Check = {
  id: 'errors.body-envelope',
  title: 'Error bodies are {"error":{"message":…}}',
  feature: 'errors',
  level: 'MUST',
  source: spec('ErrorResponse {error: Error}'),
  breaks: ENVELOPE_BREAKS,
  divergences: [23, 24, 25, 26, 29],
  probes: ERROR_PROBES,
  grade(t) {
    const r = errorResponses(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      (i) => {
        const kind = bodyKind(i.parsed);
        return kind === 'ok'
          ? undefined
          : {
              message: `an error body must be {"error":{"message":…}}, got ${KIND_TEXT[kind]}: ${clip(i.ex.response!.body, 90)}`,
              seen: i.ex.response!.body.slice(0, 300),
            };
      },
      `${r.items.length} error bodies have the {"error":{…}} envelope`,
    );
  },
};

function fieldProblem(i: ErrorResponse): { message: string; seen: unknown } | undefined {
  const e = (i.parsed.ok ? (i.parsed.value as any).error : undefined) as Record<string, unknown>;
  const missing = ['message', 'type', 'param', 'code'].filter((k) => !(k in e));
  if (missing.length > 0)
    return { message: `error must have message, type, param and code; missing ${missing.join(', ')}`, seen: e };
  if (typeof e.type !== 'string') return { message: `error.type must be a string, got ${show(e.type)}`, seen: e.type };
  if (e.param !== null && typeof e.param !== 'string')
    return { message: `error.param must be a string or null, got ${show(e.param)}`, seen: e.param };
  if (e.code !== null && typeof e.code !== 'string')
    return {
      message: `error.code must be a string or null, got ${show(e.code)}${typeof e.code === 'number' ? ' (the HTTP status as a number, B27/B28)' : ''}`,
      seen: e.code,
    };
  return undefined;
}

export const bodyFields: Check = {
  id: 'errors.body-fields',
  title: 'The error object has message, type, param (string|null) and code (string|null)',
  feature: 'errors',
  // SHOULD, as in schemas/error-body.schema.json: openai-node reads error.message only, and passes the rest through
  level: 'SHOULD',
  source: spec('Error required: message, type, param, code; code and param string or null'),
  breaks: FIELDS_BREAKS,
  divergences: [27, 28],
  probes: ERROR_PROBES,
  grade(t) {
    const r = errorResponses(t);
    if (!r.ok) return r.grade;
    const wrapped = r.items.filter((i) => bodyKind(i.parsed) === 'ok');
    if (wrapped.length === 0)
      return {
        status: 'untestable',
        message: 'no error body has the {"error":{…}} envelope (see errors.body-envelope)',
        prerequisite: E.invalid,
      };
    return everyItem(
      wrapped,
      fieldProblem,
      `${wrapped.length} error objects have the four fields with the right types`,
    );
  },
};

export const contentType: Check = {
  id: 'errors.content-type',
  title: 'Error bodies are sent as application/json',
  feature: 'errors',
  level: 'MUST',
  source: sdk(
    'src/core/error.ts',
    'the error body is parsed as JSON only with a JSON content type; otherwise the message is the raw text',
  ),
  breaks: ['openai-node 6 and 7: error.error, code, type and param are undefined and the message is raw HTML'],
  probes: ERROR_PROBES,
  grade(t) {
    const r = errorResponses(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      (i) => {
        const ct = header(i.ex, 'content-type');
        return isJsonType(ct)
          ? undefined
          : { message: `an error body must be application/json, got content-type ${show(ct)}`, seen: ct ?? null };
      },
      `${r.items.length} error bodies are application/json`,
    );
  },
};

export const PARAM_BREAKS = ['apps and UIs that point the user at the offending field'];

export const paramNamesField: Check = {
  id: 'errors.param',
  title: 'error.param names the invalid field',
  feature: 'errors',
  level: 'SHOULD',
  source: spec('Error.param'),
  breaks: PARAM_BREAKS,
  probes: [E.invalid, CONTROL.probe],
  grade(t) {
    const outcomes = caseOutcomes(t);
    // only a refusal of the fault itself (its twin accepted) can be expected to name the field
    const items = outcomes.flatMap(({ c, o }) => {
      if (!c || c.param === null || o.kind !== 'rejected') return [];
      const e = (jsonValue(o.ex.response!.body) as { error?: unknown } | undefined)?.error;
      return [{ ...o.source, want: c.param, param: isObject(e) ? e.param : undefined }];
    });
    if (items.length === 0) return noRejection(outcomes.map((x) => x.o));
    return everyItem(
      items,
      (i) =>
        typeof i.param === 'string' && i.param.includes(i.want)
          ? undefined
          : { message: `error.param should name "${i.want}", got ${show(i.param)}`, seen: i.param ?? null },
      `error.param names the field in ${items.length} rejections`,
    );
  },
};
