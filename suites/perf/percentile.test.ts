import { describe, expect, it } from 'vitest';
import { cdfPoints, quantile, stats, thin } from './percentile.ts';

describe('percentiles', () => {
  it('interpolates linearly like numpy.percentile', () => {
    // numpy.percentile([1, 2, 3, 4], [50, 90, 99]) → 2.5, 3.7, 3.97
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([1, 2, 3, 4], 0.99)).toBeCloseTo(3.97, 12);
    expect(stats([4, 1, 3, 2])).toEqual({ n: 4, mean: 2.5, min: 1, p50: 2.5, p90: 3.7, p99: 3.97, max: 4 });
  });

  it('has nothing to say about no values', () => {
    expect(stats([])).toEqual({ n: 0 });
    expect(cdfPoints([])).toEqual([]);
  });

  it('draws a CDF from the smallest to the largest value', () => {
    const points = cdfPoints([10, 20, 30], 3);
    expect(points).toEqual([
      [10, 0],
      [20, 0.5],
      [30, 1],
    ]);
    expect(thin([1, 2, 3, 4], 2)).toEqual([1, 3]);
  });
});
