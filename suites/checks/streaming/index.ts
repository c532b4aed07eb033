// The streaming suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { chunkShape, chunkShapeFull, constantFields, createdSeconds, object, roleFirst } from './chunks.ts';
import { concurrent } from './concurrent.ts';
import { errorFrames } from './error-frames.ts';
import { finishReasonEnum, finishReasonKey, finishReasonOnce } from './finish.ts';
import { contentType, dataJson, doneExact, donePresent, incremental, sseBody } from './framing.ts';
import { matchesNonstream } from './matches-nonstream.ts';
import { sdkChunks, sdkFinal } from './sdk-stream.ts';
import { usageChunk, usageNullElsewhere } from './usage.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  sseBody,
  contentType,
  dataJson,
  donePresent,
  doneExact,
  chunkShape,
  chunkShapeFull,
  object,
  createdSeconds,
  constantFields,
  roleFirst,
  finishReasonKey,
  finishReasonEnum,
  finishReasonOnce,
  usageChunk,
  usageNullElsewhere,
  matchesNonstream,
  incremental,
  sdkChunks,
  sdkFinal,
  errorFrames,
  concurrent,
];
