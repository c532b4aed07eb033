// Test helper: a transcript set in which every error probe got the answer OpenAI gives, beside an accepted control
// (chat.basic "nonstream", every invalid request's valid twin); tests replace pieces.
import type { Exchange, Transcript, TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, errorBody, jsonEx, sdkErr, tr } from '../internal/fixtures.ts';
import { CONTROL } from '../chat/probes.ts';
import { M } from '../models/probes.ts';
import { CASES, E, SDK_CALLS, STREAM_CASE } from './probes.ts';

const auth401 = (label: string, via: 'wire' | 'sdk') =>
  jsonEx(label, errorBody('Incorrect API key provided: sk-conf***.', null, 'invalid_api_key'), { status: 401, via });
const viaOf = (label: string) => (Object.values(SDK_CALLS).includes(label as never) ? 'sdk' : 'wire');

export function errorTranscripts(): Record<string, Transcript> {
  return {
    [CONTROL.probe]: tr(CONTROL.probe, [jsonEx(CONTROL.label, chatCompletion())]),
    [E.invalid]: tr(
      E.invalid,
      [...CASES, { label: STREAM_CASE, param: 'temperature' }].map((c) =>
        jsonEx(c.label, errorBody(`Invalid '${c.param}'.`, c.param, 'invalid_value'), {
          status: 400,
          via: viaOf(c.label),
        }),
      ),
      [sdkErr(SDK_CALLS.invalid, 'BadRequestError', 400, "400 Invalid 'temperature'.")],
    ),
    [E.unknownModel]: tr(
      E.unknownModel,
      [
        jsonEx(SDK_CALLS.unknownModel, errorBody('The model `x` does not exist.', null, 'model_not_found'), {
          status: 404,
          via: 'sdk',
        }),
      ],
      [sdkErr(SDK_CALLS.unknownModel, 'NotFoundError', 404, '404 The model `x` does not exist.')],
    ),
    [E.auth]: tr(
      E.auth,
      [auth401('no-key', 'wire'), auth401(SDK_CALLS.auth, 'sdk')],
      [sdkErr(SDK_CALLS.auth, 'AuthenticationError', 401, '401 Incorrect API key provided.')],
    ),
    [M.basic]: tr(M.basic, [
      jsonEx('unknown', errorBody('The model `x` does not exist.', 'model', 'model_not_found'), {
        status: 404,
        method: 'GET',
        path: '/models/x',
      }),
    ]),
  };
}

export function errorSet(replace: Transcript[] = []): TranscriptSet {
  return { ...errorTranscripts(), ...Object.fromEntries(replace.map((t) => [t.probeId, t])) };
}

/** every error answer of the set replaced by `body` (raw text when a string), like a quirk profile would */
export function everyError(body: unknown, headers?: Record<string, string>): TranscriptSet {
  const t = errorTranscripts();
  for (const tr of Object.values(t)) {
    tr.exchanges = tr.exchanges.map((ex) =>
      ex.response!.status < 400
        ? ex
        : { ...jsonEx(ex.label, body, { status: ex.response!.status, headers, via: ex.via }) },
    );
  }
  return t;
}

/** one exchange of a probe replaced (default: the invalid-request probe) */
export function withCase(label: string, ex: Exchange, probe: string = E.invalid): TranscriptSet {
  const t = errorTranscripts();
  t[probe] = {
    ...t[probe],
    exchanges: t[probe].exchanges.map((e) => (e.label === label ? { ...ex, label, via: e.via } : e)),
  };
  return t;
}

/** the control (the valid twin of every error request) answered with this exchange */
export function withControl(ex: Exchange): TranscriptSet {
  return withCase(CONTROL.label, ex, CONTROL.probe);
}
