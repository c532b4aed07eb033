// What the workload cost under each pricing model, from the requests actually sent.
//   flat:   F per billed attempt (every attempt sent: retries are requests, flat pricing bills them)
//   tokens: ((I − K)·P_in + K·P_cached + O·P_out) / 10⁶ per successful attempt (failed ones carry no usage)
// Crossover, per (flat, tokens) pair: flat is cheaper iff a·10⁶·F < I·P_eff + O·P_out (a: attempts per request,
// P_eff: input price blended by the cached share), i.e. above I* = (a·10⁶·F − O·P_out) / P_eff prompt tokens.
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { stats } from './percentile.ts';
import type { Pricing } from './pricing.ts';
import type { Outcome } from './send-with-retries.ts';
import { tokensOf } from './tokens.ts';

type Cost = ConformPerf['cost'];

/** USD of one logical request under one pricing model. */
export function requestCost(o: Outcome, p: Pricing): { usd: number; billed: number } {
  if (p.kind === 'flat') return { usd: o.attempts.length * p.perRequest, billed: o.attempts.length };
  if (!o.ok) return { usd: 0, billed: 0 };
  const t = tokensOf(o);
  const usd = ((t.prompt - t.cached) * p.inputPerM + t.cached * p.cachedInputPerM + t.completion * p.outputPerM) / 1e6;
  return { usd, billed: 1 };
}

const usd = (x: number) => Math.round(x * 1e9) / 1e9; // nano-dollars: sums of 10⁻⁷ amounts stay readable

export function workloadCost(outcomes: Outcome[], pricings: Pricing[]): Cost {
  const models = pricings.map((p) => {
    const each = outcomes.map((o) => requestCost(o, p));
    const total = each.reduce((s, c) => s + c.usd, 0);
    const perRequest = stats(each.map((c) => c.usd * 1e6)); // percentiles in micro-dollars, then back
    for (const k of ['mean', 'min', 'p50', 'p90', 'p99', 'max'] as const)
      if (perRequest[k] !== undefined) perRequest[k] = usd(perRequest[k] / 1e6);
    return {
      name: p.name,
      kind: p.kind,
      ...(p.kind === 'flat'
        ? { perRequestPrice: p.perRequest }
        : { inputPerM: p.inputPerM, outputPerM: p.outputPerM, cachedInputPerM: p.cachedInputPerM }),
      total: usd(total),
      perRequest,
      per1k: outcomes.length > 0 ? usd((total / outcomes.length) * 1000) : 0,
      billedRequests: each.reduce((s, c) => s + c.billed, 0),
    };
  });
  return { models, crossovers: crossovers(outcomes, pricings) };
}

export function crossovers(outcomes: Outcome[], pricings: Pricing[]): Cost['crossovers'] {
  const ok = outcomes.filter((o) => o.ok).map(tokensOf);
  if (ok.length === 0) return [];
  const mean = (f: (t: (typeof ok)[number]) => number) => ok.reduce((s, t) => s + f(t), 0) / ok.length;
  const out = mean((t) => t.completion);
  const prompt = mean((t) => t.prompt);
  const cachedShare = prompt > 0 ? mean((t) => t.cached) / prompt : 0;
  const attemptsPerRequest = outcomes.reduce((s, o) => s + o.attempts.length, 0) / outcomes.length;
  const result: Cost['crossovers'] = [];
  for (const f of pricings) {
    if (f.kind !== 'flat') continue;
    for (const t of pricings) {
      if (t.kind !== 'tokens') continue;
      const pEff = (1 - cachedShare) * t.inputPerM + cachedShare * t.cachedInputPerM;
      const star = pEff > 0 ? (attemptsPerRequest * 1e6 * f.perRequest - out * t.outputPerM) / pEff : Infinity;
      const promptTokens = !Number.isFinite(star) ? null : Math.max(0, Math.round(star * 10) / 10);
      const note =
        promptTokens === null
          ? `${t.name} charges nothing for input: ${f.name} is cheaper only if output alone costs more`
          : promptTokens === 0
            ? `${f.name} is cheaper at any prompt length (output alone costs more under ${t.name})`
            : `${f.name} is cheaper above ${Math.round(promptTokens)} prompt tokens; this workload's mean is ${Math.round(prompt)}`;
      result.push({ flat: f.name, tokens: t.name, promptTokens, outputTokens: Math.round(out * 1000) / 1000, note });
    }
  }
  return result;
}
