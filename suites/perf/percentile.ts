// Exact percentiles with linear interpolation (NumPy's default, Hyndman & Fan type 7), so figures compare with
// LLMPerf, GenAI-Perf and vLLM; every value is kept (LLM runs are 10²–10⁵ requests).
import type { Stats } from '../../schemas/generated/perf.ts';

/** The q-quantile (0 ≤ q ≤ 1) of ascending `sorted`. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export const ascending = (values: Iterable<number>): number[] =>
  Float64Array.from(values).sort() as unknown as number[];

const round = (x: number) => Math.round(x * 1000) / 1000;

export function stats(values: Iterable<number>): Stats {
  const sorted = Array.from(ascending(values));
  const n = sorted.length;
  if (n === 0) return { n: 0 };
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n,
    mean: round(sum / n),
    min: round(sorted[0]!),
    p50: round(quantile(sorted, 0.5)),
    p90: round(quantile(sorted, 0.9)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted[n - 1]!),
  };
}

/** Points [value, fraction] of the empirical CDF, at most `points` of them, for plots. */
export function cdfPoints(values: Iterable<number>, points = 101): number[][] {
  const sorted = Array.from(ascending(values));
  if (sorted.length === 0) return [];
  const k = Math.min(points, sorted.length + 1);
  const out: number[][] = [];
  for (let i = 0; i < k; i++) {
    const q = k === 1 ? 1 : i / (k - 1);
    out.push([round(quantile(sorted, q)), round(q)]);
  }
  return out;
}

/** At most `max` values, evenly kept in order (for what a report shows, never for the statistics). */
export function thin(values: readonly number[], max: number): number[] {
  if (values.length <= max) return values.map(round);
  const out: number[] = [];
  for (let i = 0; i < max; i++) out.push(round(values[Math.floor((i * values.length) / max)]!));
  return out;
}
