import { describe, expect, it } from 'vitest';
import { formatGoDuration } from './go-duration.ts';

describe('formatGoDuration', () => {
  it('formats like Go time.Duration.String()', () => {
    expect(formatGoDuration(1000)).toBe('1s');
    expect(formatGoDuration(360_000)).toBe('6m0s');
    expect(formatGoDuration(12)).toBe('12ms');
    expect(formatGoDuration(17_218)).toBe('17.218s');
    expect(formatGoDuration(1.5)).toBe('1.5ms');
    expect(formatGoDuration(3_723_500)).toBe('1h2m3.5s');
    expect(formatGoDuration(60_000)).toBe('1m0s');
    expect(formatGoDuration(0.06)).toBe('1ms');
  });

  it('never prints a negative or empty duration', () => {
    expect(formatGoDuration(0)).toBe('0s');
    expect(formatGoDuration(-5)).toBe('0s');
    expect(formatGoDuration(Number.NaN)).toBe('0s');
  });
});
