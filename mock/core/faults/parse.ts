// The x-conform-fault grammar: `name=value` items separated by commas, each name once, every value an integer
// in range. Parsing is strict so a typo fails loudly instead of silently testing nothing.
import type { FaultResolution, FaultSpec } from './types.ts';

export const FAULT_HEADER = 'x-conform-fault';

interface FaultParam {
  key: keyof FaultSpec;
  min: number;
  max: number;
  unit: string;
}

const p = (key: keyof FaultSpec, min: number, max: number, unit: string): FaultParam => ({ key, min, max, unit });

/** header names of the faults, with their field, range and unit; the order is the one messages list */
export const FAULT_PARAMS: Readonly<Record<string, FaultParam>> = {
  latency: p('latency', 0, 60_000, 'ms'),
  ttft: p('ttft', 0, 60_000, 'ms'),
  status: p('status', 400, 599, 'HTTP status'),
  'retry-after': p('retryAfter', 0, 3600, 's'),
  'stream-error-after': p('streamErrorAfter', 0, 100_000, 'frames'),
  'cut-after': p('cutAfter', 0, 100_000, 'frames'),
  'stall-after': p('stallAfter', 0, 100_000, 'frames'),
  'stall-ms': p('stallMs', 0, 300_000, 'ms'),
  'malformed-after': p('malformedAfter', 0, 100_000, 'frames'),
};

const allowed = () =>
  Object.entries(FAULT_PARAMS)
    .map(([name, { min, max, unit }]) => `${name}=<${min}-${max} ${unit}>`)
    .join(', ');

const fail = (message: string): FaultResolution => ({ ok: false, message: `[conform] ${message}` });

function check(name: string, raw: string | number, where: string, faults: FaultSpec): FaultResolution | undefined {
  const param = FAULT_PARAMS[name];
  if (param === undefined || !Object.hasOwn(FAULT_PARAMS, name))
    return fail(`Unknown fault ${JSON.stringify(name)} in ${where}. Allowed: ${allowed()}.`);
  if (faults[param.key] !== undefined) return fail(`Fault "${name}" is given twice in ${where}. Give each fault once.`);
  const text = String(raw).trim();
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < param.min || value > param.max)
    return fail(
      `Bad value for fault "${name}" in ${where}: ${JSON.stringify(raw)}. Use an integer from ${param.min} to ${param.max} (${param.unit}), e.g. ${name}=${param.min === 400 ? 503 : Math.min(param.max, 2)}.`,
    );
  faults[param.key] = value;
  return undefined;
}

/** Parses `latency=200,status=503,…`; an empty value means no faults. */
export function parseFaults(value: string | undefined, where = `the ${FAULT_HEADER} header`): FaultResolution {
  const faults: FaultSpec = {};
  for (const item of (value ?? '').split(',')) {
    if (item.trim() === '') continue;
    const eq = item.indexOf('=');
    if (eq === -1) {
      const name = item.trim();
      if (!Object.hasOwn(FAULT_PARAMS, name)) return check(name, '', where, faults)!;
      return fail(`Fault "${name}" in ${where} needs a value, e.g. ${name}=${name === 'status' ? 503 : 2}.`);
    }
    const bad = check(item.slice(0, eq).trim(), item.slice(eq + 1), where, faults);
    if (bad) return bad;
  }
  return { ok: true, faults };
}

/** Checks a spec given as an object (mock options, scripting) against the same rules; accepts the header form too. */
export function validateFaults(spec: FaultSpec | string | undefined, where: string): FaultResolution {
  if (spec === undefined) return { ok: true, faults: {} };
  if (typeof spec === 'string') return parseFaults(spec, where);
  const faults: FaultSpec = {};
  const byKey = new Map(Object.entries(FAULT_PARAMS).map(([name, param]) => [param.key as string, name]));
  for (const [key, value] of Object.entries(spec)) {
    if (value === undefined) continue;
    const name = byKey.get(key) ?? key;
    const bad = check(name, typeof value === 'number' ? value : JSON.stringify(value), where, faults);
    if (bad) return bad;
  }
  return { ok: true, faults };
}
