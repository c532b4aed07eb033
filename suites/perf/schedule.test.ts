import { describe, expect, it } from 'vitest';
import { poissonOffsets } from './schedule.ts';

describe('poissonOffsets', () => {
  it('is the same for a seed, starts at 0, rises, and keeps the rate on average', () => {
    const a = poissonOffsets(4000, 20, 7);
    expect(poissonOffsets(4000, 20, 7)).toEqual(a);
    expect(a[0]).toBe(0);
    expect(a.every((t, i) => i === 0 || t >= a[i - 1]!)).toBe(true);
    const rate = (a.length - 1) / (a.at(-1)! / 1000);
    expect(rate).toBeGreaterThan(19);
    expect(rate).toBeLessThan(21);
  });
});
