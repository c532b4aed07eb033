import { describe, expect, it } from 'vitest';
import { manualClock } from './clock.ts';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('counts requests down and refuses the one over the limit with a retry time', () => {
    const clock = manualClock();
    const rl = new RateLimiter({ rpm: 3, tpm: 1000 }, clock);
    for (let i = 0; i < 3; i++) expect(rl.take('k', 10).ok).toBe(true);
    const refused = rl.take('k', 10);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.kind).toBe('requests');
    expect(refused.retryAfterMs).toBe(20_000); // one request refills every 60 s / 3
    expect(refused.headers['x-ratelimit-remaining-requests']).toBe('0');
    expect(refused.headers['x-ratelimit-reset-requests']).toBe('1m0s');
    clock.advance(20_000);
    expect(rl.take('k', 10).ok).toBe(true);
  });

  it('shows the admitted request in its own headers, however the clock moves meanwhile', () => {
    // every read of this clock is a millisecond later: at 1,000,000 rpm that refills 16 requests
    let t = 0;
    const rl = new RateLimiter({ rpm: 1_000_000, tpm: 1_000_000_000 }, { now: () => (t += 1) });
    for (let i = 0; i < 3; i++) {
      const taken = rl.take('k', 10);
      expect(taken.ok && taken.headers['x-ratelimit-remaining-requests']).toBe('999999');
    }
  });

  it('refuses on tokens without consuming a request', () => {
    const rl = new RateLimiter({ rpm: 100, tpm: 100 }, manualClock());
    expect(rl.take('k', 80).ok).toBe(true);
    const refused = rl.take('k', 30);
    expect(refused.ok || refused.kind).toBe('tokens');
    expect(rl.headers('k')['x-ratelimit-remaining-requests']).toBe('99');
    expect(rl.headers('k')['x-ratelimit-remaining-tokens']).toBe('20');
    expect(rl.headers('k')['x-ratelimit-reset-tokens']).toBe('48s');
  });

  it('keeps one bucket per key and adjusts tokens to the real usage', () => {
    const rl = new RateLimiter({ rpm: 1, tpm: 100 }, manualClock());
    expect(rl.take('a', 10).ok).toBe(true);
    expect(rl.take('b', 10).ok).toBe(true);
    expect(rl.take('a', 10).ok).toBe(false);
    rl.adjust('a', 15);
    expect(rl.headers('a')['x-ratelimit-remaining-tokens']).toBe('75');
    rl.reset();
    expect(rl.headers('a')['x-ratelimit-remaining-requests']).toBe('1');
  });

  it('drops the buckets of idle keys, so a new key per request does not grow memory', () => {
    const clock = manualClock();
    const rl = new RateLimiter({ rpm: 60, tpm: 100_000 }, clock);
    for (let i = 0; i < 60; i++) expect(rl.take('busy', 1).ok).toBe(true);
    for (let i = 0; i < 5_000; i++) rl.take(`key-${i}`, 10); // sweeps as the map doubles; none is idle yet
    expect(rl.size).toBe(5_001);
    // a key inside its window keeps its bucket through the sweeps: dropping it would hand it a full window
    expect(rl.take('busy', 1).ok).toBe(false);
    clock.advance(60_000); // every bucket has refilled: all are the same as none
    rl.take('fresh', 10);
    expect(rl.size).toBe(1);
  });
});
