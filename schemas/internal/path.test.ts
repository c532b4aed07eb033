import { describe, expect, it } from 'vitest';
import { formatPath, isUnder, valueAt } from './path.ts';

describe('path helpers', () => {
  it('formats paths the way error.param does', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['choices', 0, 'delta', 'tool_calls', 0, 'index'])).toBe('choices[0].delta.tool_calls[0].index');
    expect(formatPath(['logit_bias', '50256'])).toBe('logit_bias.50256');
    expect(formatPath(['metadata', 'a b', 'c'])).toBe('metadata["a b"].c');
  });

  it('reads values at a path, undefined past a missing step', () => {
    const v = { a: [{ b: 0 }] };
    expect(valueAt(v, ['a', 0, 'b'])).toBe(0);
    expect(valueAt(v, ['a', 1, 'b'])).toBeUndefined();
    expect(valueAt('x', ['a'])).toBeUndefined();
  });

  it('knows which paths are under another', () => {
    expect(isUnder('choices[0].delta', 'choices')).toBe(true);
    expect(isUnder('choices', 'choices')).toBe(true);
    expect(isUnder('anything', '')).toBe(true);
    expect(isUnder('choices_extra', 'choices')).toBe(false);
    expect(isUnder('choice', 'choices')).toBe(false);
  });
});
