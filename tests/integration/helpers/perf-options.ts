// PerfOptions for the perf integration tests: small levels, no probes, no prices, unless a test asks.
import type { PerfOptions } from '../../../suites/perf/options.ts';
import { DEFAULT_SHAPE } from '../../../suites/perf/workload.ts';

export function perfOptions(over: Partial<PerfOptions>): PerfOptions {
  return {
    concurrency: [],
    rates: [],
    requests: 10,
    warmup: 2,
    idleMs: [],
    warmFollowUps: 3,
    workload: { shape: { ...DEFAULT_SHAPE, promptWords: 20, items: 50 } },
    pricing: [],
    slos: [],
    retries: 0,
    timeoutMs: 30_000,
    maxResponseBytes: 1 << 20,
    maxInFlight: 1000,
    seed: 7,
    ...over,
  };
}
