// --slo ttft-p99=800ms,e2e-p99=5s,errors=1%: every measured level must meet every objective. Latency
// objectives name a metric (ttft, e2e, tpot, itl, queue) and a statistic (p50, p90, p99, max, mean);
// `errors` is the share of requests that failed after their retries.
import type { ConformPerf, Level } from '../../schemas/generated/perf.ts';
import { ConfigError } from '../engine/config-error.ts';
import { parseDurationMs } from './duration.ts';

const METRICS = ['ttft', 'e2e', 'tpot', 'itl', 'queue'] as const;
const STATS = ['p50', 'p90', 'p99', 'max', 'mean'] as const;

export type Slo =
  | { spec: string; kind: 'latency'; metric: (typeof METRICS)[number]; stat: (typeof STATS)[number]; maxMs: number }
  | { spec: string; kind: 'errors'; maxShare: number };

const EXAMPLE = 'Example: --slo ttft-p99=800ms,e2e-p99=5s,errors=1%';

export function parseSlos(raw: string): Slo[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((spec) => {
      const [key, value = ''] = spec.split('=').map((s) => s.trim());
      if (key === 'errors') {
        const m = /^(\d*\.?\d+)%$/.exec(value);
        if (!m) throw new ConfigError(`[conform] --slo ${spec}: errors takes a percentage, got "${value}". ${EXAMPLE}`);
        return { spec, kind: 'errors', maxShare: Number(m[1]) / 100 };
      }
      const m = /^([a-z0-9]+)-([a-z0-9]+)$/.exec(key ?? '');
      const metric = m?.[1] as (typeof METRICS)[number];
      const stat = m?.[2] as (typeof STATS)[number];
      if (!m || !(METRICS as readonly string[]).includes(metric) || !(STATS as readonly string[]).includes(stat)) {
        throw new ConfigError(
          `[conform] --slo: unknown objective "${key}". Objectives are errors=N% and METRIC-STAT=DURATION with METRIC one of ${METRICS.join(', ')} and STAT one of ${STATS.join(', ')}. ${EXAMPLE}`,
        );
      }
      const ms = parseDurationMs(value);
      if (ms === undefined)
        throw new ConfigError(`[conform] --slo ${spec}: "${value}" is not a duration (800ms, 5s, 2m). ${EXAMPLE}`);
      return { spec, kind: 'latency', metric, stat, maxMs: ms };
    });
}

/** One verdict per objective: broken when any level breaks it; the worst level is named. */
export function evaluateSlos(slos: Slo[], levels: Level[]): ConformPerf['slos'] {
  return slos.map((slo) => {
    let worst: { level: string; value: number } | undefined;
    for (const l of levels) {
      const value = slo.kind === 'errors' ? (l.requests > 0 ? l.failed / l.requests : 0) : l[slo.metric][slo.stat];
      if (value === undefined) continue;
      if (worst === undefined || value > worst.value) worst = { level: l.id, value };
    }
    const threshold = slo.kind === 'errors' ? slo.maxShare : slo.maxMs;
    const show = (v: number) => (slo.kind === 'errors' ? `${(v * 100).toFixed(2)}%` : `${Math.round(v)} ms`);
    if (worst === undefined) {
      return {
        spec: slo.spec,
        passed: false,
        threshold,
        message: `no level measured ${slo.spec.split('=')[0]}: nothing succeeded, so the objective is unmet`,
      };
    }
    const passed = worst.value <= threshold;
    return {
      spec: slo.spec,
      passed,
      worstLevel: worst.level,
      worstValue: Math.round(worst.value * 1e6) / 1e6,
      threshold,
      message: passed
        ? `met: worst ${show(worst.value)} at ${worst.level}, limit ${show(threshold)}`
        : `broken at ${worst.level}: ${show(worst.value)} > ${show(threshold)}`,
    };
  });
}
