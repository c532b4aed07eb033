// The errors suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { bodyEnvelope, bodyFields, contentType, paramNamesField } from './body.ts';
import { sdkClass, sdkMessage } from './sdk-errors.ts';
import { caseChecks, invalidKey, status400, streamBadInput, unknownModel } from './statuses.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  ...caseChecks,
  status400,
  streamBadInput,
  unknownModel,
  invalidKey,
  bodyEnvelope,
  bodyFields,
  contentType,
  paramNamesField,
  sdkClass,
  sdkMessage,
];
