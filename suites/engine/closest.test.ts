import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './closest.ts';

describe('closest', () => {
  it('counts edits', () => {
    expect(editDistance('gpt-4o-minii', 'gpt-4o-mini')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('featues', 'features')).toBe(1);
  });

  it('ranks near and containing ids first, at most three, and none when nothing is close', () => {
    const ids = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small', 'o3-mini'];
    expect(closest('gpt-4o-minii', ids)).toEqual(['gpt-4o-mini', 'gpt-4o']);
    expect(closest('GPT-4O', ids)).toEqual(['gpt-4o', 'gpt-4.1', 'gpt-4o-mini']);
    expect(closest('llama3.2', ids)).toEqual([]);
  });
});
