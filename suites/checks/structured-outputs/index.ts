// The structured-outputs suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { answerChecks } from './answers.ts';
import { gridChecks } from './grid.ts';
import { rejectionChecks } from './rejections.ts';
import { sdkParse } from './sdk.ts';

export { probes } from './probes.ts';
export const checks: Check[] = [...answerChecks, ...gridChecks, ...rejectionChecks, sdkParse];
