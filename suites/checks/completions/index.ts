// The legacy completions suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { object, shape, stream } from './legacy.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [shape, object, stream];
