// The grade builders: one rule over several recorded responses, the first offender as evidence.
// everyItem judges items already read; gradeEach reads each source first and judges what could be read.
import type { Grade, TranscriptSet } from '../../engine/types.ts';
import { type Need, type Source, where } from './read.ts';

export interface Finding {
  message: string;
  seen?: unknown;
  frames?: number[];
}

/** pass when `test` finds nothing wrong in any item; else fail on the first finding, counting the rest */
export function everyItem<T extends Source>(
  items: T[],
  test: (item: T) => Finding | undefined,
  passMessage: string,
): Grade {
  let first: { item: T; f: Finding } | undefined;
  let count = 0;
  for (const item of items) {
    const f = test(item);
    if (!f) continue;
    count++;
    first ??= { item, f };
  }
  if (!first) return { status: 'pass', message: passMessage };
  const more = count > 1 ? ` (and ${count - 1} more response${count > 2 ? 's' : ''})` : '';
  const { item, f } = first;
  return {
    status: 'fail',
    message: `${f.message} in ${item.probe} "${item.label}"${more}`,
    details: {
      seen: f.seen,
      exchange: { probe: item.probe, label: item.label, ...(f.frames ? { frames: f.frames } : {}) },
    },
  };
}

export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /application\/json|\+json/i.test(contentType);
}

/** gradeEach's judge: a failing grade, how many things were judged, or nothing to judge in this response */
export type Verdict = { ok: true; judged: number } | { ok: false; grade: Grade } | { ok: 'n/a' };

export function gradeEach<T>(
  t: TranscriptSet,
  sources: Source[],
  read: (t: TranscriptSet, probe: string, label: string) => Need<T>,
  judge: (value: T, source: Source) => Verdict,
  passMessage: (judged: number, responses: number) => string,
  nothing: { message: string; prerequisite: string } | Extract<Grade, { status: 'inconclusive' }> = {
    message: 'no response had anything to judge for this rule',
    prerequisite: sources.map(where).join(', '),
  },
): Grade {
  let firstUnavailable: Grade | undefined;
  let judged = 0;
  let responses = 0;
  for (const source of sources) {
    const got = read(t, source.probe, source.label);
    if (!got.ok) {
      firstUnavailable ??= got.grade;
      continue;
    }
    const verdict = judge(got.value, source);
    if (verdict.ok === false) return verdict.grade;
    if (verdict.ok === true) {
      judged += verdict.judged;
      responses += 1;
    }
  }
  if (responses > 0) return { status: 'pass', message: passMessage(judged, responses) };
  if (firstUnavailable) return firstUnavailable;
  return 'status' in nothing ? nothing : { status: 'untestable', ...nothing };
}
