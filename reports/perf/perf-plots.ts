// The perf section's pictures, from one ConformPerf: latency CDF per level, p50/p99 against concurrency and
// against rate, the TTFT histogram, cold against warm, cost per pricing model and the flat/per-token crossover.
import type { Level } from '../../schemas/generated/perf.ts';
import { barChart, histogram, lineChart } from './svg-chart.ts';
import { ms, usd, type Perf } from './perf-rows.ts';

const msTick = (v: number) => (v >= 1000 ? `${Math.round(v / 100) / 10} s` : `${Math.round(v)} ms`);

export function cdfPlot(perf: Perf, metric: 'e2e' | 'ttft'): string {
  const name = metric === 'e2e' ? 'End-to-end latency' : 'Time to first token';
  const levels = perf.levels.filter((l) => l.cdf[metric].length > 0);
  const worst = [...levels].sort((a, b) => (b[metric].p99 ?? 0) - (a[metric].p99 ?? 0))[0];
  return lineChart({
    title: `${name}: distribution per level`,
    label: `${name} CDF for ${levels.length} levels${worst ? `; the slowest tail is ${worst.id}, p99 ${ms(worst[metric].p99)}` : ''}.`,
    xLabel: `${name} (from the intended send)`,
    yLabel: 'share of requests',
    xFormat: msTick,
    yFormat: (y) => `${Math.round(y * 100)}%`,
    series: levels.map((l) => ({ name: l.id, points: l.cdf[metric].map(([x, q]) => [x!, q!] as [number, number]) })),
  });
}

function vsLoad(levels: Level[], x: (l: Level) => number, what: string, xLabel: string): string {
  if (levels.length === 0) return '';
  const line = (metric: 'ttft' | 'e2e', stat: 'p50' | 'p99') => ({
    name: `${metric.toUpperCase()} ${stat}`,
    points: levels
      .filter((l) => l[metric][stat] !== undefined)
      .map((l) => [x(l), l[metric][stat]!] as [number, number]),
  });
  const last = levels.at(-1)!;
  return lineChart({
    title: `p50 and p99 against ${what}`,
    label: `TTFT and end-to-end latency p50 and p99 at ${levels.length} ${what} levels; at ${last.id} E2E p99 is ${ms(last.e2e.p99)}.`,
    xLabel,
    yLabel: 'latency',
    yFormat: msTick,
    series: [line('ttft', 'p50'), line('ttft', 'p99'), line('e2e', 'p50'), line('e2e', 'p99')],
  });
}

export const concurrencyPlot = (perf: Perf) =>
  vsLoad(
    perf.levels.filter((l) => l.mode === 'closed'),
    (l) => l.concurrency!,
    'concurrency',
    'requests in flight (closed loop)',
  );

export const ratePlot = (perf: Perf) =>
  vsLoad(
    perf.levels.filter((l) => l.mode === 'open'),
    (l) => l.rate!,
    'arrival rate',
    'arrivals per second (open loop, Poisson)',
  );

export function ttftHistogram(perf: Perf): string {
  const values = perf.levels.flatMap((l) => l.ttftValues ?? []);
  return histogram({
    title: 'Time to first token: histogram, all levels',
    label: `Histogram of ${values.length} TTFT values from every level.`,
    xLabel: 'time to first token',
    yLabel: 'requests',
    xFormat: msTick,
    values,
  });
}

export function coldWarmPlot(perf: Perf): string {
  const c = perf.coldStart;
  const probes = c.probes.filter((p) => p.ttftMs !== undefined);
  if (probes.length === 0) return '';
  const marks = [
    ...(c.warm.p50 !== undefined ? [{ name: 'warm p50', value: c.warm.p50 }] : []),
    ...(c.warm.p99 !== undefined ? [{ name: 'warm p99', value: c.warm.p99 }] : []),
  ];
  return barChart({
    title: 'Cold against warm: TTFT of the first request after idle',
    label: `${probes.length} probes; cold start ${c.detected ? 'detected' : 'not detected'}; warm p99 ${ms(c.warm.p99)}.`,
    xLabel: 'probe (idle time before it)',
    yLabel: 'time to first token',
    yFormat: msTick,
    bars: probes.map((p) => ({
      label: p.idleMs === null ? 'run start' : `${msTick(p.idleMs)} idle`,
      value: p.ttftMs!,
    })),
    marks,
  });
}

export function costPlot(perf: Perf): string {
  const models = perf.cost.models;
  if (models.length === 0) return '';
  const cheapest = [...models].sort((a, b) => a.per1k - b.per1k)[0]!;
  return barChart({
    title: 'Cost per 1,000 requests of this workload',
    label: `Cost per 1,000 requests under ${models.length} pricing models; cheapest: ${cheapest.name} at ${usd(cheapest.per1k)}.`,
    xLabel: 'pricing model',
    yLabel: 'USD per 1k requests',
    yFormat: (v) => usd(v),
    bars: models.map((m) => ({ label: m.name, value: m.per1k })),
  });
}

/** Cost of one request against its prompt length, at this workload's mean output, for each crossover pair. */
export function crossoverPlot(perf: Perf): string {
  const x = perf.cost.crossovers[0];
  if (!x) return '';
  const flat = perf.cost.models.find((m) => m.name === x.flat)!;
  const tokens = perf.cost.models.find((m) => m.name === x.tokens)!;
  const attempts =
    perf.levels.reduce((s, l) => s + l.attempts, 0) /
    Math.max(
      1,
      perf.levels.reduce((s, l) => s + l.requests, 0),
    );
  const mean = perf.workload.promptTokens.mean ?? 0;
  const right = Math.max(1000, 2 * (x.promptTokens ?? 0), 1.5 * mean);
  const flatCost = attempts * (flat.perRequestPrice ?? 0);
  const tokenCost = (i: number) => (i * (tokens.inputPerM ?? 0) + x.outputTokens * (tokens.outputPerM ?? 0)) / 1e6;
  return lineChart({
    title: `${x.flat} against ${x.tokens}: where flat pricing wins`,
    label: `Cost per request against prompt length at ${Math.round(x.outputTokens)} output tokens: ${x.note}.`,
    xLabel: 'prompt tokens',
    yLabel: 'USD per request',
    yFormat: (v) => usd(v),
    series: [
      {
        name: x.flat,
        points: [
          [0, flatCost],
          [right, flatCost],
        ],
      },
      {
        name: x.tokens,
        points: [
          [0, tokenCost(0)],
          [right, tokenCost(right)],
        ],
      },
      ...(mean > 0
        ? [
            {
              name: 'workload mean',
              points: [
                [mean, 0],
                [mean, Math.max(flatCost, tokenCost(right))],
              ] as Array<[number, number]>,
            },
          ]
        : []),
    ],
  });
}
