// conform perf --api responses against the bundled mock's Responses API with a latency profile: the requests go to
// POST /v1/responses with store: false, TTFT comes from the first output delta (not the response.created event
// sent at once), tokens from response.completed's usage (nothing estimated), and every request succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { runPerf } from '../../suites/perf/run-perf.ts';
import { perfOptions } from './helpers/perf-options.ts';

const TTFT_MS = 80;
let mock: MockServer;
let perf: ConformPerf;

describe('conform perf --api responses', () => {
  beforeAll(async () => {
    mock = await startMockServer({
      port: 0,
      apiKeys: ['sk-perf'],
      latencyProfile: { ttftMs: TTFT_MS, ttftSpread: 0, tokensPerSecond: 400, jitter: 0, capacity: 100 },
    });
    perf = await runPerf(
      perfOptions({
        baseUrl: mock.url,
        apiKey: 'sk-perf',
        model: 'gpt-4o-mini',
        api: 'responses',
        concurrency: [2],
        requests: 6,
        warmup: 1,
        workload: { shape: { promptWords: 10, outputTokens: 20, spread: 0, items: 10 } },
      }),
    );
  }, 60_000);
  afterAll(() => mock?.close());

  it('streams POST /v1/responses with store: false, the chat items carried as input', () => {
    const sent = mock.mock.journal.entries();
    expect(sent.length).toBe(7);
    for (const e of sent) {
      expect(e.path).toBe('/v1/responses');
      expect(e.body).toMatchObject({ model: 'gpt-4o-mini', stream: true, store: false, max_output_tokens: 20 });
      expect((e.body as { input: Array<{ role: string }> }).input[0]!.role).toBe('user');
    }
  });

  it('measures TTFT from the first delta and reads tokens from response.completed', () => {
    const level = perf.levels[0]!;
    expect([level.requests, level.ok, level.failed, level.byStatus]).toEqual([6, 6, 0, { '200': 6 }]);
    expect(level.ttft.p50).toBeGreaterThanOrEqual(TTFT_MS);
    expect(level.ttft.p50).toBeLessThan(TTFT_MS + 400); // generous: a loaded machine
    expect(perf.workload.tokensEstimated).toBe(0);
    expect(perf.workload.outputTokens?.mean).toBeGreaterThan(0);
    expect(perf.target.label).toBe('127.0.0.1:' + new URL(mock.url).port + ', Responses API');
    expect(perf.options).toMatchObject({ api: 'responses' });
  });
});
