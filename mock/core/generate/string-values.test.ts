import { describe, expect, it } from 'vitest';
import { createRng } from './hash.ts';
import { patternCandidate, stringValue } from './string-values.ts';

describe('string values', () => {
  it('matches simple patterns from the words or fixed candidates, and reports impossible ones', () => {
    expect(patternCandidate('^[A-Z][a-z]+$', ['paris', 'Lima'])).toBe('Lima');
    expect(patternCandidate('^\\d+$', [])).toBe('0');
    expect(patternCandidate('^[a-z]{20}$', [])).toBeUndefined();
    expect(patternCandidate('(', [])).toBeUndefined();
  });

  it('applies formats and lengths', () => {
    const rng = createRng(1);
    expect(stringValue({ format: 'email' }, 'Zoë Smith', [], rng)).toBe('zosmith@example.com');
    expect(stringValue({ format: 'date' }, 'x', [], rng)).toBe('2024-05-17');
    expect(stringValue({ minLength: 8 }, 'Oslo', [], rng)).toBe('Oslo Oslo');
    expect(stringValue({ maxLength: 2 }, 'Oslo', [], rng)).toBe('Os');
    expect(stringValue({ format: 'uuid' }, 'x', [], rng)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
