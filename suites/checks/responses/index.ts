// The Responses API suite: its probe (one conversation of requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { incomplete, structuredOutput, toolCalls, toolRoundTrip } from './generation.ts';
import { sdkOutputText, sdkParse, sdkStream } from './sdk-view.ts';
import { errorBodies, eventMust, eventSpec, inputItemsShape, responseMust, responseSpec } from './shape.ts';
import { continuation, deletion, invalidParam, retrieve, unknownPrevious, unknownPreviousShape } from './state.ts';
import { deltasAccumulate, eventOrder, framing, sequenceNumbers, streamMatchesCreate } from './stream.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  responseMust,
  responseSpec,
  eventMust,
  eventSpec,
  eventOrder,
  sequenceNumbers,
  framing,
  deltasAccumulate,
  streamMatchesCreate,
  incomplete,
  toolCalls,
  toolRoundTrip,
  structuredOutput,
  continuation,
  retrieve,
  inputItemsShape,
  deletion,
  unknownPrevious,
  unknownPreviousShape,
  invalidParam,
  errorBodies,
  sdkOutputText,
  sdkStream,
  sdkParse,
];
