// The plan shown before anything is sent: how many requests, and how long the run should take. Open-loop
// levels and idle gaps take a known time; closed-loop levels depend on the target's latency, estimated from
// `requestMs` when one is known (the warm-up's), else left out.
import type { PerfOptions } from './options.ts';

/** the options that decide the plan */
export type PlanInput = Pick<
  PerfOptions,
  'concurrency' | 'rates' | 'requests' | 'durationMs' | 'warmup' | 'idleMs' | 'warmFollowUps' | 'budget'
>;

export interface Plan {
  /** requests the plan sends, retries aside; never more than the budget */
  requests: number;
  /** without the budget */
  wanted: number;
  /** time the open-loop levels and idle gaps take whatever the target does */
  knownMs: number;
  levels: string[];
}

export function levelIds(concurrency: number[], rates: number[]): string[] {
  return [...concurrency.map((c) => `c${c}`), ...rates.map((r) => `r${r}`)];
}

export function makePlan(p: PlanInput): Plan {
  const closed = p.durationMs === undefined ? p.concurrency.length * p.requests : 0;
  const open = p.rates.reduce(
    (s, r) => s + (p.durationMs === undefined ? p.requests : Math.ceil((r * p.durationMs) / 1000)),
    0,
  );
  const probes = p.idleMs.length * (1 + p.warmFollowUps);
  const wanted = p.warmup + closed + open + probes;
  const openMs = p.rates.reduce((s, r) => s + (p.durationMs ?? (p.requests / r) * 1000), 0);
  const closedMs = p.durationMs !== undefined ? p.concurrency.length * p.durationMs : 0;
  return {
    requests: Math.min(wanted, p.budget ?? Infinity),
    wanted,
    knownMs: openMs + closedMs + p.idleMs.reduce((s, x) => s + x, 0),
    levels: levelIds(p.concurrency, p.rates),
  };
}

/** Whole-run estimate once one request's time is known: closed levels take ⌈n / c⌉ request times. */
export function estimateMs(p: PlanInput, plan: Plan, requestMs: number): number {
  const closed =
    p.durationMs === undefined ? p.concurrency.reduce((s, c) => s + Math.ceil(p.requests / c) * requestMs, 0) : 0;
  return plan.knownMs + closed + (p.warmup + p.idleMs.length * (1 + p.warmFollowUps)) * requestMs;
}
