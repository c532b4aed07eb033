// Every quirk, in the order they apply within a stage: content edits before tool-call and finish_reason edits
// (stop-in-output looks for "stop"), usage before envelope edits, the Azure chunk and buffering last.
import { chunkShapeQuirks } from './chunk-shape.ts';
import { endpointQuirks } from './endpoints.ts';
import { errorQuirks } from './errors.ts';
import { finishReasonQuirks } from './finish-reason.ts';
import { headerQuirks } from './headers.ts';
import { outputQuirks } from './output.ts';
import { requestQuirks } from './request-semantics.ts';
import { responsesQuirks } from './responses.ts';
import { sseFramingQuirks } from './sse-framing.ts';
import { toolCallQuirks } from './tool-call-streaming.ts';
import { usageQuirks } from './usage.ts';
import { mediaQuirks } from './media.ts';
import type { QuirkDef, QuirkSet } from './types.ts';

export const QUIRK_DEFS = [
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
  ...responsesQuirks,
  ...mediaQuirks,
] as const satisfies readonly QuirkDef[];

export type QuirkName = (typeof QUIRK_DEFS)[number]['name'];

export const QUIRK_NAMES: readonly QuirkName[] = QUIRK_DEFS.map((d) => d.name);

/** quirk name → what it does (public: `conform mock --help` and apps list them from here) */
export const QUIRKS = Object.fromEntries(QUIRK_DEFS.map((d) => [d.name, d.description])) as Record<QuirkName, string>;

/** the registry, widened: each def as the QuirkDef interface (the const tuple above only gives the names) */
const DEFS: readonly QuirkDef[] = QUIRK_DEFS;

export function quirkDef(name: QuirkName): QuirkDef | undefined {
  return DEFS.find((d) => d.name === name);
}

/** The definitions of the quirks in `q` that act at `stage`, in application order. */
export function activeAt<K extends keyof QuirkDef>(q: QuirkSet, stage: K): QuirkDef[] {
  if (q.size === 0) return [];
  return DEFS.filter((d) => q.has(d.name as QuirkName) && d[stage] !== undefined);
}
