// The results model as reports see it: the engine's Results (suites/engine/types.ts), which mirrors
// schemas/results.schema.json and also types the transcripts the schema leaves open. The generated
// ConformResults (schemas/generated/results.ts) adds index signatures the engine's objects do not have, so
// accepting the engine's type lets the CLI pass runConform()'s value straight in.
import type { CheckResult, Issue, Level, Results, Status, Summary, Transcript } from '../../suites/engine/types.ts';

export type { CheckResult, Issue, Level, Results, Status, Summary, Transcript };
export type CheckEvidence = CheckResult['evidence'];

/** The transcript of a probe, if the run kept it (results.json read from disk may hold anything). */
export function transcriptOf(results: Results, probe: string): Transcript | undefined {
  const t: unknown = results.transcripts?.[probe];
  return typeof t === 'object' && t !== null && Array.isArray((t as Transcript).exchanges)
    ? (t as Transcript)
    : undefined;
}
