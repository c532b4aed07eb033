// From the selected checks to the probes they need: each probe sent once however many checks read it,
// repeatable probes once per trial (`id`, `id#2`…), and under --budget only what fits.
import type { Check, Probe, RunContext } from './types.ts';

export interface PlannedProbe {
  key: string; // the transcript id: probe.id, or `${probe.id}#${trial}`
  probe: Probe;
  trial: number;
  cost: number;
  /** why it will not be sent (probe.skip(), the budget, a broken cost()) */
  skip?: string;
  error?: string;
}

export interface Plan {
  probes: PlannedProbe[];
  /** requests the probes that will be sent need (preflight excluded) */
  requests: number;
}

export const DEFAULT_PROPERTY_RUNS = 6;
export const MAX_PROPERTY_RUNS = 200;

/**
 * the probes the checks read, in registry order; unknown ids are left for the grader to report. A probe a
 * check only may read (`optionalProbes`) is sent when its feature is among `features` (the selected ones);
 * a probe a check needs is sent whatever its feature (rate-limits grades the headers of chat.basic).
 */
export function neededProbes(checks: Check[], probes: Probe[], features?: ReadonlySet<string>): Probe[] {
  const wanted = new Set(checks.flatMap((c) => c.probes));
  const optional = new Set(checks.flatMap((c) => c.optionalProbes ?? []));
  return probes.filter((p) => wanted.has(p.id) || (optional.has(p.id) && (!features || features.has(p.feature))));
}

/** `budget`: requests the probes may use; `budgetFlag`: the --budget value named in messages (preflight included) */
export function plan(probes: Probe[], ctx: RunContext, budget?: number, budgetFlag = budget): Plan {
  const out: PlannedProbe[] = [];
  let requests = 0;
  for (const probe of probes) {
    const trials = probe.repeatable ? Math.max(1, ctx.trials) : 1;
    for (let trial = 1; trial <= trials; trial++) {
      const key = trial === 1 ? probe.id : `${probe.id}#${trial}`;
      const entry: PlannedProbe = { key, probe, trial, cost: 0 };
      out.push(entry);
      try {
        const reason = probe.skip?.(ctx);
        if (reason !== undefined) {
          entry.skip = reason;
          continue;
        }
        entry.cost = probe.cost(ctx);
        if (!Number.isInteger(entry.cost) || entry.cost < 0)
          throw new Error(`cost() returned ${JSON.stringify(entry.cost)}, not a whole number`);
      } catch (err) {
        entry.error = `[conform] probe ${probe.id} could not be planned: ${err instanceof Error ? err.message : String(err)}`;
        entry.cost = 0;
        continue;
      }
      if (budget !== undefined && requests + entry.cost > budget) {
        entry.skip = `--budget ${budgetFlag} has ${budget - requests} requests left and this probe needs ${entry.cost}`;
        entry.cost = 0;
        continue;
      }
      requests += entry.cost;
    }
  }
  return { probes: out, requests };
}

/**
 * ctx.propertyRuns: DEFAULT_PROPERTY_RUNS without --budget. With --budget, the largest value up to
 * MAX_PROPERTY_RUNS whose plan still fits the budget, so leftover requests go to property-based probes
 * (never below the default: a budget too small for that cuts probes instead).
 */
export function sizePropertyRuns(probes: Probe[], ctx: RunContext, budget?: number): number {
  if (budget === undefined) return DEFAULT_PROPERTY_RUNS;
  const fullCost = (runs: number) => plan(probes, { ...ctx, propertyRuns: runs }).requests;
  if (fullCost(DEFAULT_PROPERTY_RUNS) >= budget) return DEFAULT_PROPERTY_RUNS;
  let lo = DEFAULT_PROPERTY_RUNS;
  let hi = MAX_PROPERTY_RUNS;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fullCost(mid) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
