// Grades one rule over several recorded requests: the first violation fails the check; requests that could not
// be read (rejected, missing) are skipped as long as at least one could be judged.
import type { Grade, TranscriptSet } from '../../engine/types.ts';
import type { Got } from './exchange-read.ts';

export interface Source {
  probe: string;
  label: string;
}

export type Verdict = { ok: true; judged: number } | { ok: false; grade: Grade } | { ok: 'n/a' };

export function gradeEach<T>(
  t: TranscriptSet,
  sources: Source[],
  read: (t: TranscriptSet, probe: string, label: string) => Got<T>,
  judge: (value: T, source: Source) => Verdict,
  passMessage: (judged: number, responses: number) => string,
  nothing: { message: string; prerequisite: string } = { message: 'no response had anything to judge for this rule', prerequisite: sources.map(where).join(', ') },
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
  return { status: 'untestable', ...nothing };
}

export function where(source: Source): string {
  return `${source.probe} (${source.label})`;
}
