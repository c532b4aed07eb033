// One load level's figures from its outcomes (recommended set of the reference, §1.2): TTFT and E2E from the
// intended send, TPOT over requests with two or more tokens, ITL pooled, throughput over the level's window.
import type { Level } from '../../schemas/generated/perf.ts';
import { cdfPoints, stats, thin } from './percentile.ts';
import type { Outcome } from './send-with-retries.ts';
import { tokensOf } from './tokens.ts';
import { timesOf } from './request-times.ts';
import { isGood, type Goodput } from './goodput.ts';

function goodputOf(outcomes: Outcome[], g: Goodput, perSecond: (x: number) => number) {
  const good = outcomes.filter((o) => isGood(o, g)).length;
  const share = outcomes.length > 0 ? Math.round((good / outcomes.length) * 10000) / 10000 : 0;
  return { good, share, perSecond: perSecond(good) };
}

export interface LevelInput {
  id: string;
  mode: 'closed' | 'open';
  concurrency?: number;
  rate?: number;
  achievedRate?: number;
  lateSends?: number;
  outcomes: Outcome[];
  /** per-request objectives: the level's goodput counts the requests that met them all */
  goodput?: Goodput;
}

const ITL_KEEP = 200_000; // pooled gaps kept per level: enough for any percentile, bounded on long runs

export function levelMetrics(input: LevelInput): Level {
  const { outcomes } = input;
  const ttft: number[] = [];
  const e2e: number[] = [];
  const tpot: number[] = [];
  const speed: number[] = [];
  const queue: number[] = [];
  const itl: number[] = [];
  const retryAfter: number[] = [];
  const byStatus: Record<string, number> = {};
  let attempts = 0;
  let ok = 0;
  let outTokens = 0;
  let chunks = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const o of outcomes) {
    first = Math.min(first, o.scheduled);
    for (const a of o.attempts) {
      attempts++;
      byStatus[String(a.status)] = (byStatus[String(a.status)] ?? 0) + 1;
      if (a.status === 429 && a.retryAfterMs !== undefined) retryAfter.push(a.retryAfterMs);
      last = Math.max(last, a.end);
    }
    queue.push(o.attempts[0]!.sent - o.scheduled);
    if (!o.ok) continue;
    ok++;
    const a = o.attempts.at(-1)!;
    const t = tokensOf(o);
    outTokens += t.completion;
    chunks += a.tokenChunks;
    const times = timesOf(o, t.completion);
    if (!times) continue;
    ttft.push(times.ttft);
    e2e.push(times.e2e);
    if (times.tpot !== undefined) {
      tpot.push(times.tpot);
      speed.push(1000 / times.tpot);
    }
    for (const g of a.gaps) if (itl.length < ITL_KEEP) itl.push(g);
  }
  const windowMs = outcomes.length > 0 ? Math.max(0, last - first) : 0;
  const perSecond = (x: number) => (windowMs > 0 ? Math.round((x / (windowMs / 1000)) * 1000) / 1000 : 0);
  return {
    id: input.id,
    mode: input.mode,
    ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
    ...(input.rate !== undefined ? { rate: input.rate } : {}),
    ...(input.achievedRate !== undefined ? { achievedRate: Math.round(input.achievedRate * 1000) / 1000 } : {}),
    requests: outcomes.length,
    attempts,
    ok,
    failed: outcomes.length - ok,
    byStatus,
    ...(retryAfter.length > 0 ? { retryAfterMs: stats(retryAfter) } : {}),
    windowMs: Math.round(windowMs),
    requestsPerSecond: perSecond(ok),
    outputTokensPerSecond: perSecond(outTokens),
    perRequestTokensPerSecond: stats(speed),
    ttft: stats(ttft),
    e2e: stats(e2e),
    tpot: stats(tpot),
    itl: stats(itl),
    queue: stats(queue),
    ...(chunks > 0 ? { tokensPerChunk: Math.round((outTokens / chunks) * 1000) / 1000 } : {}),
    ...(input.lateSends !== undefined ? { lateSends: input.lateSends } : {}),
    ...(input.goodput ? { goodput: goodputOf(outcomes, input.goodput, perSecond) } : {}),
    cdf: { ttft: cdfPoints(ttft), e2e: cdfPoints(e2e) },
    ttftValues: thin(ttft, 2000),
  };
}
