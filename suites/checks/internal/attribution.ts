// Is a 4xx about the thing being tested? Only a control can say: the same request without the variation.
// A fixture server that answers 404 to every prompt it does not know, or a mistyped model, rejects the control
// too, so the rejection says nothing about the feature and the check is untestable, naming the control.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { errorText, exchangeOf, type Need, no, type Source, type Variant, where, yes } from './read.ts';

/** statuses that mean "this request is invalid or not implemented" rather than "not found" or "not allowed" */
const ABOUT_THE_REQUEST = new Set([400, 422, 501]);
/** and for a request to an endpoint of its own, "there is no such endpoint" */
const ABOUT_THE_ENDPOINT = new Set([400, 404, 405, 422, 501]);

const isAbout = (status: number, ex: Exchange, v: Variant): boolean =>
  (v.endpoint ? ABOUT_THE_ENDPOINT : ABOUT_THE_REQUEST).has(status) || names(ex, v.names);

/** does the error name one of these words (a parameter or feature name)? */
export function names(ex: Exchange, words: readonly string[]): boolean {
  const text = `${errorText(ex)} ${ex.response?.body.slice(0, 2000) ?? ''}`.toLowerCase();
  return words.some((w) => new RegExp(`(^|[^a-z0-9_])${escape(w.toLowerCase())}($|[^a-z0-9_])`).test(text));
}

/** a 2xx control, or the untestable grade naming it */
export function controlOf(t: TranscriptSet, control: Source, about: string): Need<Exchange> {
  const got = exchangeOf(t, control.probe, control.label);
  if (!got.ok) return got;
  const status = got.value.response!.status;
  if (status >= 200 && status < 300) return yes(got.value);
  return no({
    status: 'untestable',
    message: `its control ${where(control)} (the same request without ${about}) was refused too, with ${status}: ${errorText(got.value)}`,
    prerequisite: `control ${where(control)} accepted`,
  });
}

/**
 * The grade for a 4xx answer to a request that varies one thing: unsupported when the control was accepted and the
 * error is about the variation (400/422/501, or a message naming it); untestable otherwise, saying why.
 */
export function declined(t: TranscriptSet, source: Source, ex: Exchange, variant: Variant): Grade {
  const status = ex.response!.status;
  const at = where(source);
  const control = controlOf(t, variant.control, variant.subject);
  if (!control.ok) {
    const g = control.grade;
    return g.status === 'untestable'
      ? { ...g, message: `${at} was refused with ${status} (${errorText(ex)}), but ${g.message}` }
      : g;
  }
  if (isAbout(status, ex, variant)) {
    return {
      status: 'unsupported',
      message: `${variant.subject} is not supported: ${at} answered ${status} (${errorText(ex)}) while its control ${where(variant.control)} was accepted`,
      details: { exchange: source },
    };
  }
  return {
    status: 'untestable',
    message: `${at} answered ${status} (${errorText(ex)}), which is not about ${variant.subject}: its control ${where(variant.control)} was accepted, so something else was refused`,
    prerequisite: `${at} answered 2xx or a rejection of ${variant.subject}`,
  };
}

/**
 * Rejection checks: an invalid request must be refused, and that refusal proves something only when its valid
 * twin was accepted and the error is about the broken field. Returns the rejecting exchange, or the grade.
 */
export function rejectionOf(t: TranscriptSet, source: Source, variant: Variant): Need<Exchange> {
  const got = exchangeOf(t, source.probe, source.label);
  if (!got.ok) return got;
  const ex = got.value;
  const status = ex.response!.status;
  const twin = controlOf(t, variant.control, variant.subject);
  if (!twin.ok) {
    const g = twin.grade;
    return no(
      g.status === 'untestable'
        ? {
            ...g,
            message: `cannot judge the rejection of ${variant.subject}: ${g.message.replace(/^its control/, 'the valid twin')}`,
          }
        : g,
    );
  }
  if (status < 400 || status >= 500) return yes(ex); // accepted or a 5xx: the caller grades that as the failure it is
  if (isAbout(status, ex, variant)) return yes(ex);
  return no({
    status: 'untestable',
    message: `${where(source)} was refused with ${status} (${errorText(ex)}), which is not about ${variant.subject}, while its valid twin ${where(variant.control)} was accepted`,
    prerequisite: `${where(source)} refused for ${variant.subject}`,
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** a Variant: what a request adds to its control, and the words an error about it would name */
export function varies(control: Source, subject: string, ...words: string[]): Variant {
  return { control, subject, names: words };
}

/** a Variant that is a whole endpoint (legacy /completions, /embeddings) beside a control on another one */
export function endpointVaries(control: Source, subject: string, ...words: string[]): Variant {
  return { control, subject, names: words, endpoint: true };
}
