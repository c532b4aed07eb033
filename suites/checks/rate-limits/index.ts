// The rate-limits suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { burstChecks } from './burst-checks.ts';
import { headerChecks } from './header-checks.ts';

export { probes } from './probes.ts';
export const checks: Check[] = [...headerChecks, ...burstChecks];
