// What the official SDK makes of the same minimal request: a parsed completion with a request id.
import type { Check, Grade, SdkOutcome, TranscriptSet } from '../../engine/types.ts';
import { errorText, exchangeOf, header, isObject, show, transcriptOf } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { CONTROL, P } from './probes.ts';

function outcome(t: TranscriptSet): { ok: true; o: SdkOutcome } | { ok: false; grade: Grade } {
  const tr = transcriptOf(t, P.basic);
  if (!tr.ok) return tr;
  const o = tr.value.sdk.find((s) => s.label === 'sdk');
  if (!o)
    return {
      ok: false,
      grade: { status: 'untestable', message: `${P.basic} recorded no SDK call`, prerequisite: P.basic },
    };
  return { ok: true, o };
}

export const sdkParse: Check = {
  id: 'chat.sdk-parse',
  title: 'openai-node chat.completions.create() returns a parsed completion',
  feature: 'chat',
  level: 'MUST',
  source: sdk('src/resources/chat/completions/completions.ts', 'create() resolves to a ChatCompletion'),
  breaks: ['every app on openai-node'],
  probes: [P.basic],
  grade(t) {
    const r = outcome(t);
    if (!r.ok) return r.grade;
    const { o } = r;
    const where = { exchange: { probe: P.basic, label: 'sdk' } };
    if (!o.ok) {
      // an HTTP error the raw request got too is the server refusing the request, not the SDK failing to parse it
      const wire = exchangeOf(t, CONTROL.probe, CONTROL.label);
      const status = wire.ok ? wire.value.response!.status : undefined;
      if (o.error?.status !== undefined && status !== undefined && (status < 200 || status >= 300))
        return {
          status: 'untestable',
          message: `the SDK got HTTP ${o.error.status} (${o.error.message}), and the same request on the wire got ${status} (${errorText(wire.ok ? wire.value : '')}): there was no completion to parse`,
          prerequisite: `${CONTROL.probe} (${CONTROL.label}) accepted`,
        };
      const also =
        status !== undefined && status < 300 && o.error?.status !== undefined
          ? ` (the same request on the wire was answered ${status})`
          : '';
      return {
        status: 'fail',
        message: `chat.completions.create() must resolve, but ${o.sdkVersion} threw ${o.error?.class}: ${o.error?.message}${also}`,
        details: { ...where, seen: o.error },
      };
    }
    const v = o.value as any;
    if (!isObject(v))
      return {
        status: 'fail',
        message: `chat.completions.create() must resolve to an object, got ${show(v)} (is the content-type application/json?)`,
        details: { ...where, seen: v },
      };
    const content = v.choices?.[0]?.message?.content;
    if (typeof content !== 'string' && content !== null)
      return {
        status: 'fail',
        message: `completion.choices[0].message.content must be a string or null, got ${show(content)}`,
        details: { ...where, seen: v.choices },
      };
    return { status: 'pass', message: `${o.sdkVersion} parsed the completion` };
  },
};

export const sdkRequestId: Check = {
  id: 'chat.sdk-request-id',
  title: 'openai-node exposes the request id as _request_id',
  feature: 'chat',
  level: 'SHOULD',
  source: sdk('src/core/api-promise.ts', '_request_id from the x-request-id header'),
  breaks: ['logging and support flows built on completion._request_id'],
  probes: [P.basic],
  grade(t) {
    const r = outcome(t);
    if (!r.ok) return r.grade;
    const v = r.o.value as any;
    if (!r.o.ok || !isObject(v))
      return {
        status: 'untestable',
        message: 'the SDK call did not return a completion (see chat.sdk-parse)',
        prerequisite: P.basic,
      };
    const id = v._request_id;
    if (typeof id === 'string' && id !== '') return { status: 'pass', message: `_request_id is ${show(id)}` };
    const tr = transcriptOf(t, P.basic);
    const ex = tr.ok ? tr.value.exchanges.find((e) => e.via === 'sdk' && e.label === 'sdk') : undefined;
    const seen = ex ? header(ex, 'x-request-id') : undefined;
    return {
      status: 'fail',
      message: `completion._request_id should be the x-request-id header, got ${show(id)} (header: ${show(seen)})`,
      details: { exchange: { probe: P.basic, label: 'sdk' }, seen: id },
    };
  },
};
