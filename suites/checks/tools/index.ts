// The tools suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { callChecks } from './calls.ts';
import { choiceChecks } from './choice.ts';
import { roundTripChecks } from './round-trip.ts';
import { sdkAccumulates } from './sdk.ts';
import { streamChecks } from './stream.ts';

export { probes } from './probes.ts';
export const checks: Check[] = [...choiceChecks, ...callChecks, ...roundTripChecks, ...streamChecks, sdkAccumulates];
