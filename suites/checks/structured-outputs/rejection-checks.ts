// A strict schema the endpoint cannot honour is rejected with a 400, not silently ignored (or answered 500).
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { errorText, exchangeOf, isTransient } from '../internal/read.ts';
import { guide } from '../internal/sources.ts';

const PROBE = 'structured-outputs.unhonourable';

function rejected(label: string, what: string) {
  return (t: TranscriptSet): Grade => {
    const got = exchangeOf(t, PROBE, label);
    if (!got.ok) return got.grade;
    const { status, body } = got.value.response!;
    const exchange = { probe: PROBE, label };
    if (isTransient(status)) return { status: 'untestable', message: `${PROBE} (${label}) answered ${status} (transient): ${errorText(body)}`, prerequisite: `${PROBE} (${label}) answered without ${status}` };
    if (status === 400) return { status: 'pass', message: `rejected with 400: ${errorText(body)}`, details: { exchange } };
    if (status >= 400 && status < 500) return { status: 'pass', message: `rejected with ${status} (the API uses 400): ${errorText(body)}`, details: { exchange, note: `status ${status} instead of 400` } };
    const verdict = status < 300 ? `accepted with ${status}: strict mode was silently not enforced` : `answered ${status}: a schema problem is the caller's error, a 400`;
    return { status: 'fail', message: `${PROBE} (${label}): a strict schema with ${what} was ${verdict}. Reject it with 400 and name the problem.`, details: { exchange, seen: status } };
  };
}

export const rejectsMissingRequired: Check = {
  id: 'structured-outputs.rejects-missing-required',
  title: 'a strict schema with a property missing from required is rejected with 400',
  feature: 'structured-outputs',
  level: 'SHOULD',
  source: guide('structured outputs, "all fields must be required"', 'guides/structured-outputs#all-fields-must-be-required'),
  breaks: ['callers never learn their schema is not enforced'],
  divergences: [30, 33],
  probes: [PROBE],
  grade: rejected('missing-required', 'a property missing from "required"'),
};

export const rejectsOpenObject: Check = {
  id: 'structured-outputs.rejects-open-object',
  title: 'a strict schema without additionalProperties: false is rejected with 400',
  feature: 'structured-outputs',
  level: 'SHOULD',
  source: guide('structured outputs, "additionalProperties: false must always be set"', 'guides/structured-outputs#additionalproperties-false-must-always-be-set-in-objects'),
  breaks: ['callers never learn their schema is not enforced'],
  divergences: [30, 33],
  probes: [PROBE],
  grade: rejected('open-object', 'an object lacking additionalProperties: false'),
};

export const rejectionChecks: Check[] = [rejectsMissingRequired, rejectsOpenObject];
