// The structured answers every shared check reads: the basic probe and each grid cell.
import type { TranscriptSet } from '../../engine/types.ts';
import { completionOf, type Need } from '../internal/read.ts';
import type { Source } from '../internal/read.ts';
import { classifyJsonContent, type JsonContent } from '../internal/json-content.ts';
import { BASIC, GRID } from './schemas.ts';


export const ANSWER_SOURCES: Source[] = [{ probe: 'structured-outputs.basic', label: 'basic' }, ...GRID.map((c) => ({ probe: `structured-outputs.grid-${c.slug}`, label: 'grid' }))];

export const SCHEMA_BY_PROBE: Record<string, Record<string, unknown>> = {
  'structured-outputs.basic': BASIC.schema,
  ...Object.fromEntries(GRID.map((c) => [`structured-outputs.grid-${c.slug}`, c.schema])),
};

export interface StructuredAnswer {
  message: Record<string, unknown>;
  finishReason: unknown;
  content: JsonContent;
}

export function structuredOf(t: TranscriptSet, probe: string, label: string): Need<StructuredAnswer> {
  const got = completionOf(t, probe, label);
  if (!got.ok) return got;
  return { ok: true, value: { message: got.value.message, finishReason: got.value.choice.finish_reason, content: classifyJsonContent(got.value.message) } };
}
