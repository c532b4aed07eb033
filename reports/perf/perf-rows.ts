// The level table every perf report shows (console, Markdown, HTML): one row per level, the same columns.
import type { ConformPerf, Level, Stats } from '../../schemas/generated/perf.ts';

export type Perf = ConformPerf;

export const ms = (x: number | undefined): string =>
  x === undefined
    ? '—'
    : x < 10
      ? `${x.toFixed(1)} ms`
      : x < 10_000
        ? `${Math.round(x)} ms`
        : `${(x / 1000).toFixed(1)} s`;

export const usd = (x: number): string =>
  x === 0
    ? '$0'
    : x >= 1
      ? `$${x.toFixed(2)}`
      : x >= 0.01
        ? `$${Number(x.toFixed(4))}`
        : `$${Number(x.toPrecision(3))}`;

export const pct = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`;

export const LEVEL_COLUMNS = [
  'level',
  'load',
  'ok/sent',
  'errors',
  'TTFT p50',
  'TTFT p99',
  'E2E p50',
  'E2E p99',
  'TPOT p50',
  'ITL p99',
  'out tok/s',
  'req/s',
] as const;

export function loadOf(l: Level): string {
  return l.mode === 'closed' ? `${l.concurrency} in flight` : `${l.rate}/s Poisson`;
}

const p = (s: Stats, k: 'p50' | 'p99') => ms(s[k]);

export function levelRow(l: Level): string[] {
  return [
    l.id,
    loadOf(l),
    `${l.ok}/${l.attempts}`,
    l.requests > 0 ? pct(l.failed / l.requests) : '—',
    p(l.ttft, 'p50'),
    p(l.ttft, 'p99'),
    p(l.e2e, 'p50'),
    p(l.e2e, 'p99'),
    p(l.tpot, 'p50'),
    p(l.itl, 'p99'),
    l.outputTokensPerSecond.toFixed(0),
    l.requestsPerSecond.toFixed(2),
  ];
}

export function coldStartLines(perf: Perf): string[] {
  const c = perf.coldStart;
  return c.probes.map((probe) => {
    const after = probe.idleMs === null ? 'first request of the run' : `after ${ms(probe.idleMs)} idle`;
    if (!probe.ok || probe.ttftMs === undefined) return `${after}: the probe failed`;
    const verdict =
      probe.cold === undefined ? 'no warm baseline' : probe.cold ? `COLD, +${ms(probe.addedMs)} over warm p50` : 'warm';
    const connect = probe.connectMs !== undefined ? ` (${ms(probe.connectMs)} of it opening a connection)` : '';
    return `${after}: TTFT ${ms(probe.ttftMs)}${connect} vs warm p99 ${ms(c.warm.p99)} → ${verdict}`;
  });
}

export function costLines(perf: Perf): string[] {
  const n = perf.levels.reduce((s, l) => s + l.requests, 0);
  const lines = perf.cost.models.map(
    (m) =>
      `${m.name} (${m.kind === 'flat' ? `$${m.perRequestPrice}/request` : `$${m.inputPerM} in, $${m.outputPerM} out${m.cachedInputPerM !== m.inputPerM ? `, $${m.cachedInputPerM} cached` : ''} per 1M tokens`}): ${usd(m.total)} for ${n} requests, ${usd(m.per1k)} per 1k, p50 ${usd(m.perRequest.p50 ?? 0)} / p99 ${usd(m.perRequest.p99 ?? 0)} per request`,
  );
  for (const x of perf.cost.crossovers) lines.push(`${x.flat} vs ${x.tokens}: ${x.note}`);
  return lines;
}

/** with --goodput: per level, the requests per second that met every per-request objective */
export function goodputLines(perf: Perf): string[] {
  const spec = (perf.options as { goodput?: unknown } | undefined)?.goodput;
  return perf.levels.flatMap((l) =>
    l.goodput
      ? [
          `${l.id}: ${l.goodput.perSecond} requests/s good (${l.goodput.good} of ${l.requests}, ${pct(l.goodput.share)})${typeof spec === 'string' ? ` — ${spec}` : ''}`,
        ]
      : [],
  );
}

export function sloLines(perf: Perf): string[] {
  return perf.slos.map((s) => `${s.passed ? '✔' : '✘'} ${s.spec}: ${s.message}`);
}

/** The exit code of a perf run: 1 when an SLO is broken or nothing succeeded at all. */
export function perfFails(perf: Perf): boolean {
  const ok = perf.levels.reduce((s, l) => s + l.ok, 0);
  return perf.slos.some((s) => !s.passed) || (perf.levels.length > 0 && ok === 0);
}
