// The one reader of recorded transcripts for graders: each function yields what a grader needs, or the grade to
// return instead (skip, untestable, unsupported), so a grader reads as its rule and never throws.
// A 4xx is a rejection of a feature only when a control proves it (attribution.ts); without one it is untestable.
import type { Exchange, Grade, Transcript, TranscriptSet } from '../../engine/types.ts';
import { declined } from './attribution.ts';

export type Need<T> = { ok: true; value: T } | { ok: false; grade: Grade };

/** one recorded request: the probe that sent it and its label ("nonstream", "stream", "retry-1"…) */
export interface Source {
  probe: string;
  label: string;
}

/** what one request varies against its control (the same request without the variation) */
export interface Variant {
  control: Source;
  /** what is tested, for messages: "n = 2", "logprobs" */
  subject: string;
  /** words an error message names when it is about the subject (request parameters, feature names) */
  names: string[];
  /** the variation is a whole endpoint: 404 and 405 then mean "not offered" too */
  endpoint?: boolean;
}

export const yes = <T>(value: T): Need<T> => ({ ok: true, value });
export const no = <T>(grade: Grade): Need<T> => ({ ok: false, grade });

export const where = (s: Source): string => `${s.probe} (${s.label})`;

export function transcriptOf(t: TranscriptSet, probe: string): Need<Transcript> {
  const tr = t[probe];
  if (!tr) return no({ status: 'untestable', message: `probe ${probe} did not run`, prerequisite: probe });
  if (tr.failure?.kind === 'skip') return no({ status: 'skip', message: tr.failure.message });
  if (tr.failure)
    return no({ status: 'untestable', message: `probe ${probe} failed: ${tr.failure.message}`, prerequisite: probe });
  return yes(tr);
}

/** the exchange with this label, answered at the HTTP level (any status) */
export function exchangeOf(t: TranscriptSet, probe: string, label: string): Need<Exchange> {
  const tr = transcriptOf(t, probe);
  if (!tr.ok) return tr;
  const ex = tr.value.exchanges.find((e) => e.label === label);
  const at = where({ probe, label });
  if (!ex)
    return no({ status: 'untestable', message: `no exchange "${label}" was recorded by ${probe}`, prerequisite: at });
  if (!ex.response) {
    const why = ex.error ? `${ex.error.kind}: ${ex.error.message}` : 'no response';
    return no({ status: 'untestable', message: `request ${at} got no HTTP response (${why})`, prerequisite: at });
  }
  return yes(ex);
}

export interface Answered {
  ex: Exchange;
  status: number;
  /** the parsed JSON body; undefined for streams and bodies that are not JSON */
  body: unknown;
}

/**
 * The exchange, required to be a 2xx. A 4xx of a request that varies one thing is graded by its control
 * (`variant`): unsupported only when the control was accepted and the rejection is about the variation.
 * Without a variant, and for 3xx, 5xx and transient statuses, the check is untestable, naming the request.
 */
export function answeredOf(t: TranscriptSet, probe: string, label: string, variant?: Variant): Need<Answered> {
  const got = exchangeOf(t, probe, label);
  if (!got.ok) return got;
  const ex = got.value;
  const status = ex.response!.status;
  const at = where({ probe, label });
  if (isTransient(status)) {
    return no({
      status: 'untestable',
      message: `request ${at} answered ${status} (transient): ${errorText(ex)}`,
      prerequisite: `${at} answered without ${status}`,
    });
  }
  if (status >= 400 && status < 500) {
    if (variant) return no(declined(t, { probe, label }, ex, variant));
    return no({
      status: 'untestable',
      message: `request ${at} was refused with ${status}: ${errorText(ex)}`,
      prerequisite: `${at} accepted`,
    });
  }
  if (status < 200 || status >= 300) {
    return no({
      status: 'untestable',
      message: `request ${at} answered ${status}: ${errorText(ex)}`,
      prerequisite: at,
    });
  }
  return yes({ ex, status, body: ex.response!.frames ? undefined : jsonValue(ex.response!.body) });
}

/** answeredOf, with a JSON body required */
export function jsonOf(t: TranscriptSet, probe: string, label: string, variant?: Variant): Need<Answered> {
  const got = answeredOf(t, probe, label, variant);
  if (!got.ok) return got;
  const p = parseJson(got.value.ex.response!.body);
  if (!p.ok)
    return no({
      status: 'untestable',
      message: `${where({ probe, label })} body is not JSON (${p.error})`,
      prerequisite: probe,
    });
  return got;
}

/** a JSON chat completion body with at least one choice, or the grade saying why not */
export function completionOf(
  t: TranscriptSet,
  probe: string,
  label: string,
  variant?: Variant,
): Need<Answered & { message: Record<string, unknown>; choice: Record<string, unknown> }> {
  const got = answeredOf(t, probe, label, variant);
  if (!got.ok) return got;
  const at = where({ probe, label });
  const choice = (got.value.body as { choices?: unknown[] } | undefined)?.choices?.[0];
  if (!isObject(choice) || !isObject(choice.message)) {
    return no({
      status: 'untestable',
      message: `${at} returned no choices[0].message: ${clip(got.value.ex.response!.body)}`,
      prerequisite: `${at} returns a chat completion`,
    });
  }
  return yes({ ...got.value, choice, message: choice.message });
}

/** 408, 409 and 429: the request may succeed when repeated, so they say nothing about a feature */
export function isTransient(status: number | undefined): boolean {
  return status === 408 || status === 409 || status === 429;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** JSON.parse that reports instead of throwing; leading blank lines are fine (DeepSeek keep-alives, B22) */
export function parseJson(text: string | undefined): Parsed {
  if (text === undefined || text.trim() === '') return { ok: false, error: 'empty body' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** the parsed value, or undefined when the text is not JSON */
export function jsonValue(text: string | undefined): unknown {
  const p = parseJson(text);
  return p.ok ? p.value : undefined;
}

/** the API's error message, whatever the error body's shape, or the start of the body */
export function errorText(exOrBody: Exchange | string): string {
  const body = typeof exOrBody === 'string' ? exOrBody : (exOrBody.response?.body ?? '');
  const parsed = jsonValue(body);
  if (isObject(parsed)) {
    const err = parsed.error;
    if (isObject(err) && typeof err.message === 'string') return clip(err.message, 160);
    if (typeof err === 'string') return clip(err, 160);
    if (typeof parsed.message === 'string') return clip(parsed.message, 160);
    if (typeof parsed.detail === 'string') return clip(parsed.detail, 160);
  }
  return clip(body, 160);
}

export function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** a short JSON rendering of a value for messages */
export function show(v: unknown, max = 80): string {
  if (v === undefined) return 'missing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function header(ex: Exchange, name: string): string | undefined {
  return ex.response?.headers[name.toLowerCase()];
}

/** raw text for messages: whitespace collapsed, cut at `max` characters */
export function clip(text: string, max = 80): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s || '(empty body)';
}
