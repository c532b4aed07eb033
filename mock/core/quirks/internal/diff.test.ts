import { describe, expect, it } from 'vitest';
import { diffPaths } from './diff.ts';

describe('diffPaths', () => {
  it('is empty for deep-equal values', () => {
    expect(diffPaths({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });
  it('names changed, added and removed keys', () => {
    expect(diffPaths({ a: 1, b: 2, c: [1] }, { a: 1, c: [2], d: 3 })).toEqual(['$.b', '$.c[0]', '$.d']);
  });
  it('tells an array from an object and a missing key from undefined', () => {
    expect(diffPaths({ x: [] }, { x: {} })).toEqual(['$.x']);
    expect(diffPaths({ x: undefined }, {})).toEqual(['$.x']);
  });
});
