// Latency profiles of the mock: how long the first token takes, how fast the rest come, what an idle spell
// costs, and how many requests are served at once. Named profiles, or the same fields as a config object.
import { z } from 'zod';

export interface LatencyProfile {
  /** median time to first token, ms */
  ttftMs: number;
  /** spread of the time to first token: σ of a log-normal around the median (0: always ttftMs) */
  ttftSpread: number;
  /** output speed of one request, tokens per second */
  tokensPerSecond: number;
  /** each gap between token frames varies by up to ± this fraction */
  jitter: number;
  /** added to the first token after an idle spell (model load, container start) */
  coldStartMs: number;
  /** idle time (no request in flight) after which the next request pays the cold start; 0: never cold */
  idleMs: number;
  /** requests generated at once; more wait in line (first come, first served). 0: no limit */
  capacity: number;
  /** seed of the TTFT and jitter draws */
  seed: number;
}

const base: LatencyProfile = {
  ttftMs: 0,
  ttftSpread: 0,
  tokensPerSecond: 1000,
  jitter: 0,
  coldStartMs: 0,
  idleMs: 0,
  capacity: 0,
  seed: 1,
};

/** Named profiles. `demo` is what `conform perf` measures when it has no --base-url. */
export const LATENCY_PROFILES = {
  // quick enough for a demonstration run of a few seconds a level, with every effect visible
  demo: {
    ...base,
    ttftMs: 120,
    ttftSpread: 0.35,
    tokensPerSecond: 400,
    jitter: 0.3,
    coldStartMs: 1500,
    idleMs: 2000,
    capacity: 8,
  },
  // the figures of issue 12's acceptance test: TTFT 200 ms, 50 tokens/s, 2 s cold start after 5 s idle, 8 at once
  reference: { ...base, ttftMs: 200, tokensPerSecond: 50, coldStartMs: 2000, idleMs: 5000, capacity: 8 },
  // a hosted frontier model on a good day
  hosted: { ...base, ttftMs: 450, ttftSpread: 0.5, tokensPerSecond: 80, jitter: 0.4 },
  // a serverless endpoint that scales to zero
  serverless: {
    ...base,
    ttftMs: 300,
    ttftSpread: 0.4,
    tokensPerSecond: 60,
    jitter: 0.3,
    coldStartMs: 8000,
    idleMs: 60_000,
    capacity: 4,
  },
} as const satisfies Record<string, LatencyProfile>;

export type LatencyProfileName = keyof typeof LATENCY_PROFILES;

export const isLatencyProfileName = (s: string): s is LatencyProfileName => Object.hasOwn(LATENCY_PROFILES, s);

const ms = z
  .number('expected milliseconds')
  .nonnegative('expected milliseconds, 0 or more')
  .max(600_000, 'expected at most 600000 ms');

/** The config form: every field optional (0 or off when absent), `profile` to start from a named one. */
export const latencyProfileJson = z.strictObject({
  profile: z.string().optional(),
  ttftMs: ms.optional(),
  ttftSpread: z.number().nonnegative('expected 0 or more').max(3, 'expected at most 3').optional(),
  tokensPerSecond: z.number().positive('expected tokens per second above 0').max(1e6).optional(),
  jitter: z.number().min(0, 'expected a fraction from 0 to 1').max(1, 'expected a fraction from 0 to 1').optional(),
  coldStartMs: ms.optional(),
  idleMs: z.number().nonnegative().max(86_400_000, 'expected at most a day in ms').optional(),
  capacity: z.int('expected a whole number of requests').nonnegative('expected 0 or more').optional(),
  seed: z.int().optional(),
});

export type LatencyProfileInput = LatencyProfileName | (Partial<LatencyProfile> & { profile?: LatencyProfileName });

/** A name or a config object, as a full profile. Throws a [conform] error naming the known profiles. */
export function resolveLatencyProfile(input: LatencyProfileInput): LatencyProfile {
  const named = typeof input === 'string' ? input : input.profile;
  if (named !== undefined && !isLatencyProfileName(named)) {
    throw new Error(
      `[conform] unknown latency profile "${named}". Known profiles: ${Object.keys(LATENCY_PROFILES).join(', ')}. Example: latencyProfile: "demo"`,
    );
  }
  const start = named === undefined ? base : LATENCY_PROFILES[named];
  if (typeof input === 'string') return { ...start };
  const { profile: _, ...fields } = input;
  return { ...start, ...fields };
}
