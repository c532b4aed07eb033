// A strict schema the endpoint cannot honour is rejected with a 400, not silently ignored (or answered 500).
// The rejection proves something only when the valid twin, the basic strict request, was accepted (rejectionOf).
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { rejectionOf, varies } from '../internal/attribution.ts';
import { errorText, isTransient, type Source, where } from '../internal/read.ts';
import { guide } from '../internal/sources.ts';
import { BASIC_SOURCE, rootGrade, withControls } from './read-answer.ts';

const PROBE = 'structured-outputs.unhonourable';
const SCHEMA_WORDS = ['required', 'additionalProperties', 'schema', 'json_schema', 'response_format', 'strict'];

function rejected(label: string, what: string) {
  const src: Source = { probe: PROBE, label };
  return (t: TranscriptSet): Grade => {
    const root = rootGrade(t);
    if (root) return root;
    const got = rejectionOf(t, src, varies(BASIC_SOURCE, `a strict schema with ${what}`, ...SCHEMA_WORDS));
    if (!got.ok) return got.grade;
    const ex = got.value;
    const status = ex.response!.status;
    const exchange = src;
    if (isTransient(status))
      return {
        status: 'untestable',
        message: `${where(src)} answered ${status} (transient): ${errorText(ex)}`,
        prerequisite: `${where(src)} answered without ${status}`,
      };
    if (status === 400)
      return { status: 'pass', message: `rejected with 400: ${errorText(ex)}`, details: { exchange } };
    if (status >= 400 && status < 500)
      return {
        status: 'pass',
        message: `rejected with ${status} (the API uses 400): ${errorText(ex)}`,
        details: { exchange, note: `status ${status} instead of 400` },
      };
    const verdict =
      status < 300
        ? `accepted with ${status}: strict mode was silently not enforced`
        : `answered ${status}: a schema problem is the caller's error, a 400`;
    return {
      status: 'fail',
      message: `${where(src)}: a strict schema with ${what} was ${verdict}. Reject it with 400 and name the problem.`,
      details: { exchange, seen: status },
    };
  };
}

export const rejectsMissingRequired: Check = {
  id: 'structured-outputs.rejects-missing-required',
  title: 'a strict schema with a property missing from required is rejected with 400',
  feature: 'structured-outputs',
  level: 'SHOULD',
  source: guide(
    'structured outputs, "all fields must be required"',
    'guides/structured-outputs#all-fields-must-be-required',
  ),
  breaks: ['callers never learn their schema is not enforced'],
  divergences: [30, 33],
  probes: withControls([PROBE]),
  grade: rejected('missing-required', 'a property missing from "required"'),
};

export const rejectsOpenObject: Check = {
  id: 'structured-outputs.rejects-open-object',
  title: 'a strict schema without additionalProperties: false is rejected with 400',
  feature: 'structured-outputs',
  level: 'SHOULD',
  source: guide(
    'structured outputs, "additionalProperties: false must always be set"',
    'guides/structured-outputs#additionalproperties-false-must-always-be-set-in-objects',
  ),
  breaks: ['callers never learn their schema is not enforced'],
  divergences: [30, 33],
  probes: withControls([PROBE]),
  grade: rejected('open-object', 'an object lacking additionalProperties: false'),
};

export const rejectionChecks: Check[] = [rejectsMissingRequired, rejectsOpenObject];
