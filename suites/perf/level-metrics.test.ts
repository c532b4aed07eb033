import { describe, expect, it } from 'vitest';
import type { Attempt } from './attempt.ts';
import { levelMetrics } from './level-metrics.ts';
import type { Outcome } from './send-with-retries.ts';

const attempt = (over: Partial<Attempt>): Attempt => ({
  scheduled: 0,
  sent: 0,
  end: 0,
  status: 200,
  outputChars: 0,
  tokenChunks: 0,
  gaps: [],
  streamError: false,
  ...over,
});

describe('levelMetrics', () => {
  it('counts latency from the intended send, TPOT from the first to the last token', () => {
    // scheduled at 0, sent late at 50 (the client was behind), first token 200, 11 tokens by 400
    const o: Outcome = {
      scheduled: 0,
      promptChars: 40,
      ok: true,
      attempts: [
        attempt({
          sent: 50,
          first: 200,
          last: 400,
          end: 410,
          tokenChunks: 3,
          gaps: [100, 100],
          usage: { prompt: 10, completion: 11, cached: 0 },
        }),
      ],
    };
    const failed: Outcome = {
      scheduled: 100,
      promptChars: 40,
      ok: false,
      attempts: [
        attempt({ scheduled: 100, sent: 100, end: 150, status: 429, retryAfterMs: 1000 }),
        attempt({ scheduled: 1200, sent: 1200, end: 1210, status: 500 }),
      ],
    };
    const l = levelMetrics({ id: 'c1', mode: 'closed', concurrency: 1, outcomes: [o, failed] });
    expect(l).toMatchObject({ requests: 2, attempts: 3, ok: 1, failed: 1, byStatus: { '200': 1, '429': 1, '500': 1 } });
    expect(l.ttft).toMatchObject({ n: 1, p50: 200 });
    expect(l.e2e.p50).toBe(400);
    expect(l.tpot.p50).toBe(20); // 200 ms / 10 tokens
    expect(l.queue.max).toBe(50);
    expect(l.itl).toMatchObject({ n: 2, p50: 100 });
    expect(l.retryAfterMs?.p50).toBe(1000);
    expect(l.windowMs).toBe(1210);
    expect(l.tokensPerChunk).toBeCloseTo(11 / 3, 3);
  });
});
