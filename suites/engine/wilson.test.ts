import { describe, expect, it } from 'vitest';
import { wilson } from './wilson.ts';

describe('wilson', () => {
  it('matches textbook values', () => {
    expect(wilson(8, 10)).toEqual({ low: 0.4902, high: 0.9433 });
    expect(wilson(0, 5)).toEqual({ low: 0, high: 0.4345 });
    expect(wilson(5, 5)).toEqual({ low: 0.5655, high: 1 });
  });
  it('is the whole range with no trials', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });
});
