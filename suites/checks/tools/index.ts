// The tools suite: its probes (requests) and checks (pure graders).
import type { Check, Probe } from '../../engine/types.ts';

export const probes: Probe[] = [];
export const checks: Check[] = [];
