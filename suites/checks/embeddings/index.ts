// The embeddings suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { dimensions, equalLength, indexOrder, onePerInput } from './batch.ts';
import { base64, sdkDefault } from './encoding.ts';
import { contentType, shapeFull, shapeMust, usage } from './shape.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  shapeMust,
  shapeFull,
  onePerInput,
  indexOrder,
  equalLength,
  dimensions,
  base64,
  sdkDefault,
  usage,
  contentType,
];
