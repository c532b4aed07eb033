import { describe, expect, it } from 'vitest';
import type { Attempt } from './attempt.ts';
import { crossovers, workloadCost } from './cost.ts';
import { parsePricing, parsePricings } from './pricing.ts';
import type { Outcome } from './send-with-retries.ts';

const a = (status: number, usage?: Attempt['usage']): Attempt => ({
  scheduled: 0,
  sent: 0,
  end: 1,
  status,
  outputChars: 0,
  tokenChunks: 1,
  gaps: [],
  streamError: false,
  ...(usage ? { usage } : {}),
});
const ok = (prompt: number, completion: number, cached = 0, retries = 0): Outcome => ({
  scheduled: 0,
  promptChars: 0,
  ok: true,
  attempts: [...Array.from({ length: retries }, () => a(429)), a(200, { prompt, completion, cached })],
});

describe('workload cost', () => {
  // three requests, worked by hand:
  //   A: 1000 in, 200 out                       tokens: (1000·0.15 + 200·0.60)/1e6 = 0.00027
  //   B: 3000 in (2048 cached), 100 out, 1 retry tokens: (952·0.15 + 2048·0.075 + 100·0.60)/1e6 = 0.0003564
  //   C: 500 in, 50 out                         tokens: (500·0.15 + 50·0.60)/1e6 = 0.000105
  //   flat at 0.0005: A 0.0005, B 0.001 (two attempts), C 0.0005 → 0.002
  const work = [ok(1000, 200), ok(3000, 100, 2048, 1), ok(500, 50)];
  const prices = parsePricings(['flat=0.0005', 'tokens=in:0.15,out:0.60,cached:0.075']);

  it('adds up exactly, retries billed by flat pricing only', () => {
    const c = workloadCost(work, prices);
    expect(c.models[0]).toMatchObject({ name: 'flat', total: 0.002, per1k: 0.666666667, billedRequests: 4 });
    expect(c.models[0]!.perRequest).toMatchObject({ n: 3, p50: 0.0005, max: 0.001 });
    expect(c.models[1]).toMatchObject({ name: 'tokens', total: 0.0007314, billedRequests: 3 });
    expect(c.models[1]!.perRequest).toMatchObject({ min: 0.000105, p50: 0.00027, max: 0.0003564 });
  });

  it('finds the prompt length where flat becomes cheaper', () => {
    // no cache, no retries, 100 output tokens on average: I* = (10⁶·0.0005 − 100·0.60) / 0.15 = 2933.3
    const plain = [ok(1000, 150), ok(2000, 50)];
    const [x] = crossovers(plain, prices);
    expect(x).toMatchObject({ flat: 'flat', tokens: 'tokens', promptTokens: 2933.3, outputTokens: 100 });
    // at the crossover both prices agree
    const atStar = workloadCost([ok(2933.3333333, 100)], prices).models.map((m) => m.total);
    expect(atStar[0]).toBeCloseTo(atStar[1]!, 9);
    // the reference's worked example: F = 0.0005, O = 0 → I* = 3333.3
    expect(crossovers([ok(10, 0)], prices)[0]!.promptTokens).toBe(3333.3);
    // output alone costs more than the flat price: flat wins at any length
    expect(crossovers([ok(10, 5000)], prices)[0]).toMatchObject({ promptTokens: 0 });
  });

  it('rejects malformed prices with an example', () => {
    expect(parsePricing('x=in:1,out:2')).toEqual({
      name: 'x',
      kind: 'tokens',
      inputPerM: 1,
      outputPerM: 2,
      cachedInputPerM: 1,
    });
    expect(() => parsePricing('flat')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --price must be NAME=USD or NAME=in:USD,out:USD, got "flat". Example: --price flat=0.002 --price tokens=in:0.15,out:0.60,cached:0.075]`,
    );
    expect(() => parsePricing('t=in:0.15')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --price t: per-token pricing needs both in: and out:, got "in:0.15". Example: --price flat=0.002 --price tokens=in:0.15,out:0.60,cached:0.075]`,
    );
    expect(() => parsePricings(['a=1', 'a=2'])).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --price names "a" twice. Give each pricing model its own name. Example: --price flat=0.002 --price tokens=in:0.15,out:0.60,cached:0.075]`,
    );
  });
});
