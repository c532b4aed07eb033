import { describe, expect, it } from 'vitest';
import { estimateMs, makePlan } from './plan.ts';

describe('makePlan', () => {
  const input = { concurrency: [1, 4], rates: [2], requests: 20, warmup: 2, idleMs: [3000], warmFollowUps: 3 };

  it('counts every request and the time that does not depend on the target', () => {
    const plan = makePlan(input);
    expect(plan).toEqual({ requests: 66, wanted: 66, knownMs: 13_000, levels: ['c1', 'c4', 'r2'] });
    // one request of 500 ms: c1 20 × 0.5 s, c4 5 × 0.5 s, warm-up and probes 6 × 0.5 s
    expect(estimateMs(input, plan, 500)).toBe(13_000 + 10_000 + 2_500 + 3_000);
  });

  it('never plans past the budget, and sizes levels by duration when asked', () => {
    expect(makePlan({ ...input, budget: 10 }).requests).toBe(10);
    expect(makePlan({ ...input, durationMs: 5000 })).toMatchObject({
      wanted: 2 + 10 + 4,
      knownMs: 10_000 + 5000 + 3000,
    });
  });
});
