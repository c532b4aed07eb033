// Readers over a transcript set that either yield what a grader needs or the grade to return instead
// (skip, untestable, unsupported), so each grader reads as its rule.
import type { Exchange, Grade, Transcript, TranscriptSet } from '../../engine/types.ts';

export type Need<T> = { ok: true; value: T } | { ok: false; grade: Grade };

const yes = <T>(value: T): Need<T> => ({ ok: true, value });
const no = <T>(grade: Grade): Need<T> => ({ ok: false, grade });

export function transcriptOf(t: TranscriptSet, probe: string): Need<Transcript> {
  const tr = t[probe];
  if (!tr) return no({ status: 'untestable', message: `probe ${probe} did not run`, prerequisite: probe });
  if (tr.failure?.kind === 'skip') return no({ status: 'skip', message: tr.failure.message });
  if (tr.failure) return no({ status: 'untestable', message: `probe ${probe} failed: ${tr.failure.message}`, prerequisite: probe });
  return yes(tr);
}

export function exchangeOf(t: TranscriptSet, probe: string, label: string): Need<Exchange> {
  const tr = transcriptOf(t, probe);
  if (!tr.ok) return tr;
  const ex = tr.value.exchanges.find((e) => e.label === label);
  if (!ex) return no({ status: 'untestable', message: `probe ${probe} recorded no "${label}" exchange`, prerequisite: probe });
  if (!ex.response) {
    const why = ex.error ? `${ex.error.kind}: ${ex.error.message}` : 'no response';
    return no({ status: 'untestable', message: `${probe} "${label}" got no response (${why})`, prerequisite: probe });
  }
  return yes(ex);
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

/** the API's error message, or the start of the body, for messages about a rejected request */
export function errorText(ex: Exchange): string {
  const body = ex.response?.body ?? '';
  const p = parseJson(body);
  if (p.ok && isObject(p.value)) {
    const err = p.value.error;
    if (isObject(err) && typeof err.message === 'string') return err.message;
    if (typeof err === 'string') return err;
    if (typeof p.value.message === 'string') return p.value.message;
    if (typeof p.value.detail === 'string') return p.value.detail;
  }
  const s = body.trim().replace(/\s+/g, ' ');
  return s.length > 160 ? `${s.slice(0, 157)}...` : s || '(empty body)';
}

export type OnReject = 'unsupported' | 'untestable';

/**
 * A 2xx exchange and its parsed JSON body. A 4xx is `unsupported` (the server cleanly declines the feature) or
 * `untestable` (a plain request was refused, so the rule cannot be judged); other statuses are `untestable`.
 */
export function okJson(t: TranscriptSet, probe: string, label: string, onReject: OnReject = 'untestable'): Need<{ ex: Exchange; body: unknown }> {
  const r = exchangeOf(t, probe, label);
  if (!r.ok) return r;
  const ex = r.value;
  const status = ex.response!.status;
  if (status >= 400 && status < 500 && onReject === 'unsupported')
    return no({ status: 'unsupported', message: `The server declined the request with ${status}: ${errorText(ex)}`, details: { exchange: { probe, label } } });
  if (status < 200 || status >= 300)
    return no({ status: 'untestable', message: `${probe} "${label}" got HTTP ${status}: ${errorText(ex)}`, prerequisite: probe });
  const p = parseJson(ex.response!.body);
  if (!p.ok) return no({ status: 'untestable', message: `${probe} "${label}" body is not JSON (${p.error})`, prerequisite: probe });
  return yes({ ex, body: p.value });
}

export function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** a short JSON rendering of a value for messages */
export function show(v: unknown, max = 80): string {
  if (v === undefined) return 'missing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

export function header(ex: Exchange, name: string): string | undefined {
  return ex.response?.headers[name.toLowerCase()];
}

/** raw text for messages: whitespace collapsed, cut at `max` characters */
export function clip(text: string, max = 80): string {
  const s = text.trim().replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}
