// The errors suite: its probes (requests) and checks (pure graders).
import type { Check } from '../../engine/types.ts';
import { bodyEnvelope, bodyFields, contentType, paramNamesField } from './body.ts';
import { sdkMessage } from './sdk-errors.ts';
import { authEnforced, caseChecks, invalidKey, no5xx, status400, streamBadInput, unknownModel } from './statuses.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  ...caseChecks,
  no5xx,
  status400,
  streamBadInput,
  unknownModel,
  invalidKey,
  authEnforced,
  bodyEnvelope,
  bodyFields,
  contentType,
  paramNamesField,
  sdkMessage,
];
