import { describe, expect, it } from 'vitest';
import { parseGoDuration, rateLimitValueProblem, retryDelayMs } from './rate-limit-headers.ts';

describe('parseGoDuration', () => {
  it('reads the forms OpenAI sends', () => {
    expect(['1s', '6m0s', '12ms', '1h2m3.5s', '17.218s', '0s', '0', '1.5ms', '250us'].map(parseGoDuration)).toEqual([
      1000, 360_000, 12, 3_723_500, 17_218, 0, 0, 1.5, 0.25,
    ]);
  });
  it('rejects what is not a Go duration', () => {
    for (const bad of ['', '-1', '1', '5 s', '1sec', 's', '1s ', '1.s', 'NaN'])
      expect(parseGoDuration(bad), bad).toBeUndefined();
  });
});

describe('rateLimitValueProblem', () => {
  it('accepts counts and durations, names bad values (B42)', () => {
    expect(rateLimitValueProblem('x-ratelimit-remaining-requests', '59')).toBeUndefined();
    expect(rateLimitValueProblem('x-ratelimit-reset-tokens', '6m0s')).toBeUndefined();
    expect(rateLimitValueProblem('x-ratelimit-remaining-requests', '-1')).toMatchInlineSnapshot(
      `"x-ratelimit-remaining-requests: "-1" is not a non-negative integer"`,
    );
    expect(rateLimitValueProblem('x-ratelimit-reset-requests', '1')).toMatchInlineSnapshot(
      `"x-ratelimit-reset-requests: "1" is not a duration like "1s", "6m0s" or "12ms""`,
    );
  });
});

describe('retryDelayMs', () => {
  it('prefers retry-after-ms, then seconds, then an HTTP date', () => {
    expect(retryDelayMs({ 'retry-after-ms': '250.5', 'retry-after': '1' })).toEqual({
      ms: 250.5,
      from: 'retry-after-ms',
    });
    expect(retryDelayMs({ 'retry-after': '2' })).toEqual({ ms: 2000, from: 'retry-after' });
    expect(
      retryDelayMs({ 'retry-after': 'Wed, 21 Oct 2026 07:28:05 GMT' }, Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')),
    ).toEqual({ ms: 5000, from: 'retry-after' });
    expect(retryDelayMs({ 'retry-after': 'soon' })).toBeUndefined();
    expect(retryDelayMs({})).toBeUndefined();
  });
});
