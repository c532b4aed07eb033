// A request that varies the control in a valid way must not break the server. A refusal or a server error is
// blamed on the variation only when the control (the same request without it) was accepted; otherwise the
// check is untestable, naming the control.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { controlOf, declined } from '../internal/attribution.ts';
import {
  type Answered,
  errorText,
  exchangeOf,
  isTransient,
  jsonOf,
  type Need,
  no,
  type Source,
  type Variant,
  where,
} from '../internal/read.ts';

/** the grade of a non-2xx answer to a request the server must accept: fail when it is about the variation */
export function refusal(t: TranscriptSet, source: Source, ex: Exchange, variant: Variant, what: string): Grade {
  const status = ex.response!.status;
  const at = where(source);
  if (isTransient(status))
    return {
      status: 'untestable',
      message: `request ${at} answered ${status} (transient): ${errorText(ex)}`,
      prerequisite: `${at} answered without ${status}`,
    };
  const failure: Grade = {
    status: 'fail',
    message: `${what} must be accepted, got HTTP ${status}: ${errorText(ex)} (its control ${where(variant.control)} was accepted)`,
    details: { exchange: source, seen: status },
  };
  if (status >= 400 && status < 500) {
    const g = declined(t, source, ex, variant);
    return g.status === 'unsupported' ? failure : g;
  }
  const control = controlOf(t, variant.control, variant.subject);
  if (!control.ok) {
    const g = control.grade;
    return g.status === 'untestable'
      ? { ...g, message: `${at} answered ${status} (${errorText(ex)}), but ${g.message}` }
      : g;
  }
  return failure;
}

/** pass when the request was answered 2xx; else the refusal's grade */
export function mustAccept(t: TranscriptSet, source: Source, variant: Variant, what: string): Grade {
  const got = exchangeOf(t, source.probe, source.label);
  if (!got.ok) return got.grade;
  const status = got.value.response!.status;
  if (status >= 200 && status < 300) return { status: 'pass', message: `${what} accepted` };
  return refusal(t, source, got.value, variant, what);
}

/**
 * jsonOf for an optional feature: a 4xx about it is "unsupported" (jsonOf), but a 5xx while the control was accepted
 * is a failure: a server that does not offer a parameter should say so with a 400, not break.
 */
export function variantJson(t: TranscriptSet, source: Source, variant: Variant): Need<Answered> {
  const r = jsonOf(t, source.probe, source.label, variant);
  if (r.ok) return r;
  const got = exchangeOf(t, source.probe, source.label);
  const status = got.ok ? got.value.response!.status : 0;
  if (!got.ok || status < 500) return r;
  const control = controlOf(t, variant.control, variant.subject);
  if (!control.ok) return r;
  return no({
    status: 'fail',
    message: `${variant.subject} made the server fail with HTTP ${status}: ${errorText(got.value)} (its control ${where(variant.control)} was accepted; a server that does not offer it should refuse it with a 4xx)`,
    details: { exchange: source, seen: status },
  });
}
