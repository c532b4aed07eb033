// The results model as reports see it: the types generated from schemas/results.schema.json, plus the transcript
// shapes of suites/engine/types.ts that the schema leaves open.
import type { CheckResult, ConformResults } from '../../schemas/generated/results.ts';
import type { Issue, Level, Status, Transcript } from '../../suites/engine/types.ts';

export type { CheckResult, Issue, Level, Status, Transcript };
export type Results = ConformResults;
export type CheckEvidence = CheckResult['evidence'];
export type Summary = Results['summary'];

/** The transcript of a probe, if the run kept it. */
export function transcriptOf(results: Results, probe: string): Transcript | undefined {
  const t = results.transcripts?.[probe];
  return t !== undefined && typeof t === 'object' && Array.isArray(t.exchanges) ? (t as unknown as Transcript) : undefined;
}
