// The tools suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { callChecks } from './call-checks.ts';
import { choiceChecks } from './choice-checks.ts';
import { roundTripChecks } from './round-trip-checks.ts';
import { sdkAccumulates } from './sdk-checks.ts';
import { streamChecks } from './stream-checks.ts';

export { probes } from './probes.ts';
export const checks: Check[] = [...choiceChecks, ...callChecks, ...roundTripChecks, ...streamChecks, sdkAccumulates];
