import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

describe('didYouMean', () => {
  it('suggests the nearest name for typos and transpositions, and nothing for strangers', () => {
    const keys = ['rpm', 'tpm', 'quota', 'apiKeys', 'latencyMs'];
    expect(didYouMean('rmp', keys)).toBe('rpm');
    expect(didYouMean('qouta', keys)).toBe('quota');
    expect(didYouMean('apikeys', keys)).toBe('apiKeys');
    expect(didYouMean('latency', keys)).toBe('latencyMs');
    expect(didYouMean('banana', keys)).toBeUndefined();
  });
});
