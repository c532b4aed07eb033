// Coordinated omission, demonstrated: a server that stalls 1 s on every 10th request. The open loop keeps its
// schedule through the stall, so every request that was due meanwhile counts the wait and the p99 shows it.
// A closed loop at the same rate sends nothing while it waits: one request per stall sees it, the others were
// never sent, and its figures hide most of the stall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../schemas/generated/perf.ts';
import { runPerf } from '../../suites/perf/run-perf.ts';
import { startStallingServer } from '../fixtures/stalling-server.ts';
import { perfOptions } from './helpers/perf-options.ts';
import { createTarget } from '../../suites/perf/client.ts';
import { closedLoop } from '../../suites/perf/loops.ts';
import { sendWithRetries, type Outcome } from '../../suites/perf/send-with-retries.ts';
import { RequestBudget } from '../../suites/perf/budget.ts';
import { levelMetrics } from '../../suites/perf/level-metrics.ts';
import { requestBody } from '../../suites/perf/workload.ts';

let open: Level;
let closed: Level;

describe('a server that stalls 1 s on every 10th request', () => {
  beforeAll(async () => {
    // 40 requests at 10 per second: 4 stalls in 4 s
    const a = await startStallingServer();
    open = (await runPerf(perfOptions({ baseUrl: a.url, model: 'm', rates: [10], requests: 40, warmup: 0 })))
      .levels[0]!;
    await a.close();
    // the closed loop at the same rate, as load generators without the fix run it: one connection paced to 10 per
    // second, each send waiting for the previous answer, latency from the actual send (the server's counter
    // restarts, so the stalls fall on the same request numbers)
    const b = await startStallingServer();
    const target = createTarget(b.url, {}, 30_000, 1 << 20);
    const outcomes: Outcome[] = [];
    const start = performance.now();
    await closedLoop({
      concurrency: 1,
      count: 40,
      fire: async (i) => {
        const due = start + i * 100;
        if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
        const body = requestBody(
          { body: { messages: [{ role: 'user', content: 'hi' }] }, promptChars: 2, maxTokens: undefined },
          'm',
        );
        outcomes.push(
          (await sendWithRetries(target, body, 2, performance.now(), new RequestBudget(), {
            retries: 0,
            maxWaitMs: 0,
          }))!,
        );
        return true;
      },
    });
    target.pool.destroy();
    closed = levelMetrics({ id: 'c1-paced', mode: 'closed', concurrency: 1, outcomes });
    await b.close();
  }, 60_000);

  it('open loop: the p99 shows the stall, and so do the requests that were due during it', () => {
    expect(open.ok).toBe(40);
    console.log(
      `[conform] stall demo: open loop mean ${open.e2e.mean} ms, p90 ${open.e2e.p90}, p99 ${open.e2e.p99}, slow share ${(1 - fractionBelow(open, 300)).toFixed(2)}`,
    );
    expect(open.e2e.p99!).toBeGreaterThan(900);
    // about 10 sends fall in each 1 s stall: far more than 1 in 10 requests is slow
    const slowShare = 1 - fractionBelow(open, 300);
    expect(slowShare).toBeGreaterThan(0.25);
  });

  it('closed loop: only the stalled request itself is slow, so most of the stall is hidden', () => {
    expect(closed.ok).toBe(40);
    console.log(
      `[conform] stall demo: closed loop mean ${closed.e2e.mean} ms, p90 ${closed.e2e.p90}, p99 ${closed.e2e.p99}, slow share ${(1 - fractionBelow(closed, 300)).toFixed(2)}`,
    );
    const slowShare = 1 - fractionBelow(closed, 300);
    expect(slowShare).toBeLessThanOrEqual(0.1); // the 4 stalled requests of 40, no more
    expect(closed.e2e.mean!).toBeLessThan(open.e2e.mean! / 2);
    expect(closed.e2e.p90!).toBeLessThan(open.e2e.p90!);
  });
});

/** Share of requests whose E2E was under `ms`, read off the level's CDF points. */
function fractionBelow(level: Level, ms: number): number {
  let share = 0;
  for (const [x, q] of level.cdf.e2e) if (x! < ms) share = q!;
  return share;
}
