// What became of each invalid request, judged against its valid twin (the chat control): refused for its fault,
// accepted, answered with a 5xx, or not judgeable (the twin was refused too, or the 4xx is about something else).
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { rejectionOf, varies } from '../internal/attribution.ts';
import { errorText, isTransient, type Source, type Variant, where } from '../internal/read.ts';
import { CONTROL } from '../chat/probes.ts';
import { CASES, E, STREAM_CASE, type BadCase } from './probes.ts';

export type Outcome =
  | { kind: 'rejected' | 'accepted' | 'server-error'; source: Source; ex: Exchange; status: number }
  | { kind: 'unjudged'; source: Source; grade: Grade };

export const caseVariant = (c: BadCase): Variant => varies(CONTROL, c.title, ...c.names);
export const STREAM_VARIANT: Variant = varies(CONTROL, 'temperature 3 in a streamed request', 'temperature');

export function outcomeOf(t: TranscriptSet, source: Source, variant: Variant): Outcome {
  const r = rejectionOf(t, source, variant);
  if (!r.ok) return { kind: 'unjudged', source, grade: r.grade };
  const status = r.value.response!.status;
  if (isTransient(status) || status < 200 || (status >= 300 && status < 400)) {
    const at = where(source);
    return {
      kind: 'unjudged',
      source,
      grade: {
        status: 'untestable',
        message: `${at} answered ${status}: ${errorText(r.value)}`,
        prerequisite: `${at} answered 2xx, 4xx or 5xx`,
      },
    };
  }
  const kind = status >= 500 ? 'server-error' : status >= 400 ? 'rejected' : 'accepted';
  return { kind, source, ex: r.value, status };
}

/** every invalid case with its outcome, the streamed one last */
export function caseOutcomes(t: TranscriptSet): Array<{ c: BadCase | undefined; o: Outcome }> {
  return [
    ...CASES.map((c) => ({ c, o: outcomeOf(t, { probe: E.invalid, label: c.label }, caseVariant(c)) })),
    { c: undefined, o: outcomeOf(t, { probe: E.invalid, label: STREAM_CASE }, STREAM_VARIANT) },
  ];
}

/**
 * The grade of a check that reads rejections when there is none to read: the root cause, named once. A 5xx is
 * errors.no-5xx's failure (untestable here); accepted input is the SHOULD of errors.rejects-* (inconclusive here).
 */
export function noRejection(outcomes: Outcome[]): Grade {
  if (outcomes.some((o) => o.kind === 'server-error')) {
    return {
      status: 'untestable',
      message: 'no invalid request was refused with a 4xx: they got a 5xx (see errors.no-5xx)',
      prerequisite: 'errors.no-5xx',
    };
  }
  if (outcomes.some((o) => o.kind === 'accepted')) {
    return {
      status: 'inconclusive',
      message: 'no invalid request was refused: the server accepted them (errors.rejects-* grade that)',
    };
  }
  const first = outcomes.find((o) => o.kind === 'unjudged');
  return first?.kind === 'unjudged'
    ? first.grade
    : { status: 'untestable', message: `probe ${E.invalid} recorded no invalid request`, prerequisite: E.invalid };
}
