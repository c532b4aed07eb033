import { describe, expect, it } from 'vitest';
import { OutOfBudget, WorkBudget } from './budget.ts';
import { createRng } from './hash.ts';
import { patternCandidate, stringValue } from './string-values.ts';

describe('string values', () => {
  it('matches patterns from the words, fixed candidates or the pattern itself, and reports impossible ones', () => {
    expect(patternCandidate('^[A-Z][a-z]+$', ['paris', 'Lima'])).toBe('Lima');
    expect(patternCandidate('^\\d+$', [])).toBe('0');
    expect(patternCandidate('^[a-z]{20}$', [])).toBe('a'.repeat(20));
    expect(patternCandidate('^[A-Z]{3}-\\d{4}$', [])).toBe('AAA-0000');
    expect(patternCandidate('(', [])).toBeUndefined(); // not a pattern
    expect(patternCandidate('^(a)\\1$', ['aa'])).toBeUndefined(); // a backreference: not supported
    expect(patternCandidate('^[]$', [])).toBeUndefined(); // matches nothing
  });

  it('applies formats and lengths', () => {
    const rng = createRng(1);
    expect(stringValue({ format: 'email' }, 'Zoë Smith', [], rng)).toBe('zosmith@example.com');
    expect(stringValue({ format: 'date' }, 'x', [], rng)).toBe('2024-05-17');
    expect(stringValue({ minLength: 8 }, 'Oslo', [], rng)).toBe('Oslo Oslo');
    expect(stringValue({ maxLength: 2 }, 'Oslo', [], rng)).toBe('Os');
    expect(stringValue({ format: 'uuid' }, 'x', [], rng)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses a minLength past the budget before building the string', () => {
    const budget = new WorkBudget(1000, 1000);
    expect(() => stringValue({ minLength: 1e9 }, 'Oslo', [], createRng(1), budget)).toThrow(OutOfBudget);
    expect(budget.chars).toBe(1000); // nothing was spent, nothing was built
  });
});
