// Fault injection: per request (header x-conform-fault), from the mock options, or scripted for the next N requests.
import { parseFaults, validateFaults, FAULT_HEADER } from './parse.ts';
import type { FaultResolution, FaultSpec } from './types.ts';

export type { FaultResolution, FaultSpec } from './types.ts';
export { FAULT_HEADER, FAULT_PARAMS, parseFaults, validateFaults } from './parse.ts';
export { delay } from './delay.ts';
export { faultErrorReply, midStreamErrorBody } from './error-reply.ts';
export { applyStreamFaults, hasStreamFaults, DEFAULT_STALL_MS, MALFORMED_FRAME } from './stream.ts';
export type { StreamFaultOptions } from './stream.ts';
export { FaultSchedule } from './schedule.ts';

/**
 * The faults of one request: the options' faults, overridden field by field by a scripted fault, then by the
 * header. A bad header gives the message for a 400.
 */
export function resolveFaults(
  fromOptions: FaultSpec | string | undefined,
  scripted: FaultSpec | undefined,
  headerValue: string | undefined,
): FaultResolution {
  const configured = validateFaults(fromOptions, 'the mock options (faults)');
  if (!configured.ok) return configured;
  const requested = parseFaults(headerValue, `the ${FAULT_HEADER} header`);
  if (!requested.ok) return requested;
  return { ok: true, faults: { ...configured.faults, ...scripted, ...requested.faults } };
}
