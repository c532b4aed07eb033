import { describe, expect, it } from 'vitest';
import type { Attempt } from './attempt.ts';
import { goodputSpec, isGood, parseGoodput } from './goodput.ts';
import { levelMetrics } from './level-metrics.ts';
import type { Outcome } from './send-with-retries.ts';

/** a request: first token at `ttft`, last at `e2e` (ms after the intended send), `tokens` of output */
function outcome(ttft: number, e2e: number, tokens: number, ok = true): Outcome {
  const a: Attempt = {
    scheduled: 0,
    sent: 0,
    first: ttft,
    last: e2e,
    end: e2e,
    status: ok ? 200 : 500,
    usage: { prompt: 5, completion: tokens, cached: 0 },
    outputChars: tokens * 4,
    tokenChunks: tokens,
    gaps: [],
    streamError: false,
  };
  return { attempts: [a], ok, scheduled: 0, promptChars: 20 };
}

describe('goodput', () => {
  it('parses metric:duration pairs and says what is wrong otherwise', () => {
    expect(parseGoodput('ttft:800ms, tpot:50ms,e2e:5s')).toEqual({ ttft: 800, tpot: 50, e2e: 5000 });
    expect(goodputSpec({ e2e: 5000, ttft: 800 })).toBe('ttft ≤ 800 ms, e2e ≤ 5000 ms');
    expect(() => parseGoodput('itl:5ms')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --goodput: unknown metric "itl" in "itl:5ms". Metrics are ttft, tpot, e2e. Example: --goodput ttft:800ms,tpot:50ms,e2e:5s]`,
    );
    expect(() => parseGoodput('ttft:soon')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --goodput ttft:soon: "soon" is not a duration (800ms, 5s, 2m). Example: --goodput ttft:800ms,tpot:50ms,e2e:5s]`,
    );
    expect(() => parseGoodput(',')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --goodput names no objective. Example: --goodput ttft:800ms,tpot:50ms,e2e:5s]`,
    );
  });

  it('a good request succeeded and met every objective; one token has no TPOT to break', () => {
    const g = { ttft: 200, tpot: 20, e2e: 1000 };
    expect(isGood(outcome(100, 500, 21), g)).toBe(true); // TPOT (500 − 100) / 20 = 20
    expect(isGood(outcome(100, 520, 21), g)).toBe(false); // TPOT 21
    expect(isGood(outcome(250, 500, 21), g)).toBe(false); // TTFT
    expect(isGood(outcome(100, 1200, 1), { ttft: 200, tpot: 20 })).toBe(true); // one token
    expect(isGood(outcome(100, 1200, 1), g)).toBe(false); // E2E
    expect(isGood(outcome(100, 200, 5, false), g)).toBe(false); // failed
  });

  it('per level: the good requests, their share and their rate over the window', () => {
    const outcomes = [outcome(100, 500, 21), outcome(300, 900, 21), outcome(100, 1000, 21), outcome(50, 60, 1, false)];
    const level = levelMetrics({ id: 'c1', mode: 'closed', concurrency: 1, outcomes, goodput: { ttft: 200 } });
    expect(level.goodput).toEqual({ good: 2, share: 0.5, perSecond: 2 }); // window: 0 to 1000 ms
    expect(levelMetrics({ id: 'c1', mode: 'closed', outcomes }).goodput).toBeUndefined();
  });
});
