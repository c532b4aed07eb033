// Reading a probe's recorded exchanges for a grader: every missing prerequisite becomes a Grade, never a throw.
import type { Exchange, Grade, Transcript, TranscriptSet } from '../../engine/types.ts';

export type Got<T> = { ok: true; value: T } | { ok: false; grade: Grade };

export function transcriptOf(t: TranscriptSet, probeId: string): Got<Transcript> {
  const tr = t[probeId];
  if (!tr) return no({ status: 'untestable', message: `probe ${probeId} did not run`, prerequisite: probeId });
  if (tr.failure?.kind === 'skip') return no({ status: 'skip', message: tr.failure.message });
  if (tr.failure) {
    return no({ status: 'untestable', message: `probe ${probeId} failed: ${tr.failure.message}`, prerequisite: probeId });
  }
  return { ok: true, value: tr };
}

/** The exchange with this label, answered at the HTTP level (any status). */
export function exchangeOf(t: TranscriptSet, probeId: string, label: string): Got<Exchange> {
  const tr = transcriptOf(t, probeId);
  if (!tr.ok) return tr;
  const ex = tr.value.exchanges.find((e) => e.label === label);
  const where = `${probeId} (${label})`;
  if (!ex) return no({ status: 'untestable', message: `no exchange "${label}" was recorded by ${probeId}`, prerequisite: where });
  if (ex.error || !ex.response) {
    const why = ex.error ? `${ex.error.kind}: ${ex.error.message}` : 'no response';
    return no({ status: 'untestable', message: `request ${where} got no HTTP response (${why})`, prerequisite: where });
  }
  return { ok: true, value: ex };
}

export interface Answered {
  ex: Exchange;
  status: number;
  body: unknown; // parsed JSON body; undefined for streams and unparseable bodies
}

/**
 * The exchange, required to be a 2xx. A clean 4xx means the endpoint rejects the feature: `unsupported`
 * (except the transient 408, 409 and 429).
 * Anything else (5xx, 3xx, no response) leaves the check untestable, naming the request.
 */
export function answeredOf(t: TranscriptSet, probeId: string, label: string): Got<Answered> {
  const got = exchangeOf(t, probeId, label);
  if (!got.ok) return got;
  const ex = got.value;
  const status = ex.response!.status;
  const where = `${probeId} (${label})`;
  // 408, 409 and 429 are transient (the SDK retries them): they say nothing about the feature
  if (isTransient(status)) {
    return no({ status: 'untestable', message: `request ${where} answered ${status} (transient): ${errorText(ex.response!.body)}`, prerequisite: `${where} answered without ${status}` });
  }
  if (status >= 400 && status < 500) {
    return no({ status: 'unsupported', message: `the endpoint rejected ${where} with ${status}: ${errorText(ex.response!.body)}`, details: { exchange: { probe: probeId, label } } });
  }
  if (status < 200 || status >= 300) {
    return no({ status: 'untestable', message: `request ${where} answered ${status}: ${errorText(ex.response!.body)}`, prerequisite: where });
  }
  return { ok: true, value: { ex, status, body: ex.response!.frames ? undefined : parseJson(ex.response!.body) } };
}

/** A JSON chat completion body with at least one choice, or the grade saying why not. */
export function completionOf(t: TranscriptSet, probeId: string, label: string): Got<Answered & { message: Record<string, unknown>; choice: Record<string, unknown> }> {
  const got = answeredOf(t, probeId, label);
  if (!got.ok) return got;
  const where = `${probeId} (${label})`;
  const choice = (got.value.body as { choices?: unknown[] } | undefined)?.choices?.[0];
  if (!isObject(choice) || !isObject(choice.message)) {
    return no({ status: 'untestable', message: `${where} returned no choices[0].message: ${clip(got.value.ex.response!.body)}`, prerequisite: `${where} returns a chat completion` });
  }
  return { ok: true, value: { ...got.value, choice, message: choice.message } };
}

/** 408, 409 and 429: the request may succeed when repeated, so they say nothing about a feature. */
export function isTransient(status: number | undefined): boolean {
  return status === 408 || status === 409 || status === 429;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The error message of an error body, whatever its shape, for a one-line explanation. */
export function errorText(body: string): string {
  const parsed = parseJson(body) as { error?: unknown; message?: unknown } | undefined;
  const e = parsed?.error;
  if (isObject(e) && typeof e.message === 'string') return clip(e.message);
  if (typeof e === 'string') return clip(e);
  if (typeof parsed?.message === 'string') return clip(parsed.message);
  return clip(body);
}

export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '(empty body)';
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function no(grade: Grade): { ok: false; grade: Grade } {
  return { ok: false, grade };
}
