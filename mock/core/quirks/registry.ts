// Every quirk, in the order they apply within a stage: content edits before tool-call and finish_reason edits
// (stop-in-output looks for "stop"), usage before envelope edits, the Azure chunk and buffering last.
import { QUIRKS, type QuirkName } from '../types.ts';
import { chunkShapeQuirks } from './chunk-shape.ts';
import { endpointQuirks } from './endpoints.ts';
import { errorQuirks } from './errors.ts';
import { finishReasonQuirks } from './finish-reason.ts';
import { headerQuirks } from './headers.ts';
import { outputQuirks } from './output.ts';
import { requestQuirks } from './request-semantics.ts';
import { sseFramingQuirks } from './sse-framing.ts';
import { toolCallQuirks } from './tool-call-streaming.ts';
import { usageQuirks } from './usage.ts';
import type { QuirkDef, QuirkSet } from './types.ts';

export const QUIRK_DEFS: readonly QuirkDef[] = [
  ...requestQuirks,
  ...outputQuirks,
  ...toolCallQuirks,
  ...finishReasonQuirks,
  ...usageQuirks,
  ...chunkShapeQuirks,
  ...endpointQuirks,
  ...errorQuirks,
  ...headerQuirks,
  ...sseFramingQuirks,
];

export const QUIRK_NAMES = Object.keys(QUIRKS) as QuirkName[];

export function quirkDef(name: QuirkName): QuirkDef | undefined {
  return QUIRK_DEFS.find((d) => d.name === name);
}

/** The definitions of the quirks in `q` that act at `stage`, in application order. */
export function activeAt<K extends keyof QuirkDef>(q: QuirkSet, stage: K): QuirkDef[] {
  if (q.size === 0) return [];
  return QUIRK_DEFS.filter((d) => q.has(d.name) && d[stage] !== undefined);
}
