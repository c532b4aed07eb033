// Test helper: a transcript set in which every error probe got the answer OpenAI gives; tests replace pieces.
import type { Exchange, Transcript, TranscriptSet } from '../../engine/types.ts';
import { errorBody, jsonEx, sdkErr, tr } from '../internal/fixtures.ts';
import { M } from '../models/probes.ts';
import { CASES, E, STREAM_CASE } from './probes.ts';

const auth401 = () => jsonEx('x', errorBody('Incorrect API key provided: sk-conf***.', null, 'invalid_api_key'), { status: 401 });
const relabel = (ex: Exchange, label: string): Exchange => ({ ...ex, label });

export function errorTranscripts(): Record<string, Transcript> {
  return {
    [E.invalid]: tr(
      E.invalid,
      [...CASES, { label: STREAM_CASE, param: 'temperature' }].map((c) => jsonEx(c.label, errorBody(`Invalid '${c.param}'.`, c.param, 'invalid_value'), { status: 400 })),
      [sdkErr('sdk', 'BadRequestError', 400, "400 Invalid 'temperature'.")],
    ),
    [E.unknownModel]: tr(E.unknownModel, [jsonEx('chat', errorBody('The model `x` does not exist.', null, 'model_not_found'), { status: 404 })], [sdkErr('sdk', 'NotFoundError', 404, '404 The model `x` does not exist.')]),
    [E.auth]: tr(E.auth, [relabel(auth401(), 'no-key'), relabel(auth401(), 'invalid-key')], [sdkErr('sdk', 'AuthenticationError', 401, '401 Incorrect API key provided.')]),
    [M.basic]: tr(M.basic, [jsonEx('unknown', errorBody('The model `x` does not exist.', 'model', 'model_not_found'), { status: 404, method: 'GET', path: '/models/x' })]),
  };
}

export function errorSet(replace: Transcript[] = []): TranscriptSet {
  return { ...errorTranscripts(), ...Object.fromEntries(replace.map((t) => [t.probeId, t])) };
}

/** every error answer of the set replaced by `body` (raw text when a string), like a quirk profile would */
export function everyError(body: unknown, headers?: Record<string, string>): TranscriptSet {
  const t = errorTranscripts();
  for (const tr of Object.values(t)) tr.exchanges = tr.exchanges.map((ex) => ({ ...jsonEx(ex.label, body, { status: ex.response!.status, headers }) }));
  return t;
}

/** one exchange of the invalid-request probe replaced */
export function withCase(label: string, ex: Exchange): TranscriptSet {
  const t = errorTranscripts();
  t[E.invalid] = { ...t[E.invalid], exchanges: t[E.invalid].exchanges.map((e) => (e.label === label ? { ...ex, label } : e)) };
  return t;
}
