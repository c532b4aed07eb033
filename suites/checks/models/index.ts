// The models suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import {
  contentType,
  createdSeconds,
  listShapeFull,
  listShapeMust,
  listsModel,
  retrieve,
  sdkList,
  unknownModel404,
} from './list-and-retrieve.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  listShapeMust,
  listShapeFull,
  createdSeconds,
  listsModel,
  retrieve,
  unknownModel404,
  contentType,
  sdkList,
];
