// Goodput (vLLM's --goodput, after DistServe; reference §1.1-1.2): the requests per second that met every stated
// per-request objective — `ttft:800ms,tpot:50ms,e2e:5s` — and succeeded. TPOT is met by a request of one token
// (it has no TPOT). Beside the SLOs (percentiles of a level), it answers "how much of this load was good".
import { ConfigError } from '../engine/config-error.ts';
import { parseDurationMs } from './duration.ts';
import type { Outcome } from './send-with-retries.ts';
import { timesOf } from './request-times.ts';

const METRICS = ['ttft', 'tpot', 'e2e'] as const;
export type GoodputMetric = (typeof METRICS)[number];
export type Goodput = Partial<Record<GoodputMetric, number>>;

const EXAMPLE = 'Example: --goodput ttft:800ms,tpot:50ms,e2e:5s';

export function parseGoodput(raw: string): Goodput {
  const out: Goodput = {};
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [metric = '', value = ''] = part.split(':').map((s) => s.trim());
    if (!(METRICS as readonly string[]).includes(metric))
      throw new ConfigError(
        `[conform] --goodput: unknown metric "${metric}" in "${part}". Metrics are ${METRICS.join(', ')}. ${EXAMPLE}`,
      );
    const ms = parseDurationMs(value);
    if (ms === undefined)
      throw new ConfigError(`[conform] --goodput ${part}: "${value}" is not a duration (800ms, 5s, 2m). ${EXAMPLE}`);
    out[metric as GoodputMetric] = ms;
  }
  if (Object.keys(out).length === 0) throw new ConfigError(`[conform] --goodput names no objective. ${EXAMPLE}`);
  return out;
}

export const goodputSpec = (g: Goodput): string =>
  METRICS.filter((m) => g[m] !== undefined)
    .map((m) => `${m} ≤ ${g[m]} ms`)
    .join(', ');

/** whether one request met every objective: it succeeded, and TTFT, TPOT and E2E (from the intended send) are in */
export function isGood(o: Outcome, g: Goodput): boolean {
  const times = timesOf(o);
  if (!times) return false;
  return (
    (g.ttft === undefined || times.ttft <= g.ttft) &&
    (g.e2e === undefined || times.e2e <= g.e2e) &&
    (g.tpot === undefined || times.tpot === undefined || times.tpot <= g.tpot)
  );
}
