// The structured-outputs suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { answerChecks } from './answer-checks.ts';
import { gridChecks } from './grid-checks.ts';
import { rejectionChecks } from './rejection-checks.ts';
import { sdkParse } from './sdk-checks.ts';

export { probes } from './probes.ts';
export const checks: Check[] = [...answerChecks, ...gridChecks, ...rejectionChecks, sdkParse];
