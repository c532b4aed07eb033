// The chat suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { choiceIndex, createdSeconds, finishReason, object } from './fields.ts';
import { contentType, requestId } from './headers.ts';
import { maxCompletionTokens, maxTokens, stopExcluded, stopHonoured } from './limits.ts';
import { developerRole, multiTurn, toolHistory } from './multi-turn.ts';
import { logprobs, n, penalties, seed } from './options.ts';
import { realisticAccepted, utf8RoundTrip, utf8Stream } from './realistic.ts';
import { responseShape, responseShapeShould } from './shape.ts';
import { sdkParse, sdkRequestId } from './sdk-parse.ts';
import { usageCompletion, usagePresent, usageTotal } from './usage.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  responseShape,
  responseShapeShould,
  object,
  createdSeconds,
  choiceIndex,
  finishReason,
  usagePresent,
  usageTotal,
  usageCompletion,
  contentType,
  requestId,
  sdkParse,
  sdkRequestId,
  multiTurn,
  developerRole,
  toolHistory,
  realisticAccepted,
  utf8RoundTrip,
  utf8Stream,
  maxTokens,
  maxCompletionTokens,
  stopHonoured,
  stopExcluded,
  n,
  seed,
  penalties,
  logprobs,
];
