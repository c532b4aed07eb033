// conform perf against the standalone mock running the `reference` latency profile (issue 12's figures: TTFT
// 200 ms, 50 tokens/s, a 2 s cold start after 5 s idle, 8 requests at once): the driver measures what the
// profile says. Bounds are generous where the machine's load shows (queueing), tight where it must not (±10%).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATENCY_PROFILES } from '../../mock/core/latency/profile.ts';
import { runPerf } from '../../suites/perf/run-perf.ts';
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { startMockProcess, type MockProcess } from './internal/mock-process.ts';
import { perfOptions } from './helpers/perf-options.ts';

const profile = LATENCY_PROFILES.reference;
let mock: MockProcess;
let perf: ConformPerf;

describe('conform perf against the reference latency profile', () => {
  beforeAll(async () => {
    mock = await startMockProcess(['--latency-profile', 'reference']);
    perf = await runPerf(
      perfOptions({
        baseUrl: mock.url,
        model: 'gpt-4o-mini',
        concurrency: [1, 4, 16],
        requests: 16,
        idleMs: [5500],
        // 12-token answers: 200 ms + 11/50 s each, a short run
        workload: { shape: { promptWords: 20, outputTokens: 12, spread: 0, items: 50 } },
      }),
    );
  }, 90_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('measures TTFT p50 and tokens/s within 10% of the profile', () => {
    const c1 = perf.levels.find((l) => l.id === 'c1')!;
    expect(c1.ok).toBe(16);
    expect(c1.ttft.p50!).toBeGreaterThan(profile.ttftMs * 0.9);
    expect(c1.ttft.p50!).toBeLessThan(profile.ttftMs * 1.1);
    const speed = c1.perRequestTokensPerSecond!.p50!;
    expect(speed).toBeGreaterThan(profile.tokensPerSecond * 0.9);
    expect(speed).toBeLessThan(profile.tokensPerSecond * 1.1);
    expect(perf.workload.tokensEstimated).toBe(0); // the mock sends usage: no estimate needed
  });

  it('detects the cold start after 5 s idle, and not in the warm requests after it', () => {
    const probe = perf.coldStart.probes.find((p) => p.idleMs === 5500)!;
    expect(probe.cold).toBe(true);
    expect(probe.addedMs!).toBeGreaterThan(profile.coldStartMs * 0.9);
    expect(perf.coldStart.detected).toBe(true);
    expect(perf.coldStart.warm.p99!).toBeLessThan(profile.ttftMs + 400);
  });

  it('shows queueing above the capacity of 8: TTFT rises at 16 in flight, not at 4', () => {
    const [c1, c4, c16] = ['c1', 'c4', 'c16'].map((id) => perf.levels.find((l) => l.id === id)!);
    expect(c4!.ttft.p50!).toBeLessThan(c1!.ttft.p50! * 1.5);
    // half of 16 wait for a slot: one whole answer (~0.4 s) more before their first token
    expect(c16!.ttft.p99!).toBeGreaterThan(c1!.ttft.p50! + 250);
    expect(c16!.ttft.p50!).toBeGreaterThan(c4!.ttft.p50! * 1.5);
  });
});
