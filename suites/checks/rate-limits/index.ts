// The rate-limits suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { burstChecks } from './burst.ts';
import { headerChecks } from './headers.ts';

export { probes } from './probes.ts';
export const checks: Check[] = [...headerChecks, ...burstChecks];
