import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkBudget } from './budget.ts';
import { compilePattern, safePatternCandidate } from './safe-pattern.ts';

const free = () => new WorkBudget(Infinity, Infinity);

// patterns from the supported subset, to compare with JavaScript's own engine
const atom: fc.Arbitrary<string> = fc.constantFrom(
  'a',
  'b',
  '-',
  '.',
  '\\d',
  '\\w',
  '\\s',
  '\\W',
  '[ab]',
  '[^a]',
  '[a-c1]',
  '[\\d-]',
  '[\\-x]',
  '\\.',
);
const { pattern } = fc.letrec<{ pattern: string; piece: string }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small' },
    atom,
    fc.tuple(tie('pattern'), fc.constantFrom('(', '(?:')).map(([p, open]) => `${open}${p})`),
    fc
      .tuple(tie('piece'), fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{0,}', '*?', '+?'))
      .map(([p, q]) => (/[*+?}]$/.test(p) ? `(?:${p})${q}` : `${p}${q}`)),
  ),
  pattern: fc
    .tuple(
      fc.boolean(),
      fc.array(
        fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).map((ps) => ps.join('')),
        { minLength: 1, maxLength: 3 },
      ),
      fc.boolean(),
      fc.boolean(),
    )
    .map(
      ([start, alts, end, boundary]) => `${start ? '^' : ''}${alts.join('|')}${boundary ? '\\b' : ''}${end ? '$' : ''}`,
    ),
}));
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', ' ', '-', '.', '\n'), maxLength: 8 });

describe('safe patterns', () => {
  it('agree with JavaScript RegExp on the supported subset', () => {
    fc.assert(
      fc.property(pattern, text, (p, s) => {
        const compiled = compilePattern(p);
        expect(compiled, p).toBeDefined();
        expect(compiled!.test(s, free()), `${p} on ${JSON.stringify(s)}`).toBe(new RegExp(p, 'u').test(s));
      }),
      { numRuns: 2_000 },
    );
  });

  it('samples strings that match', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        const found = safePatternCandidate(p, [], [], free());
        if (found !== undefined) expect(new RegExp(p, 'u').test(found), `${p} → ${JSON.stringify(found)}`).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(safePatternCandidate('^[A-Z]{2}\\d{3}(?:-[a-z]+)?$', [], [], free())).toBe('AA000');
    expect(safePatternCandidate('^\\p{Lu}\\p{Ll}+$', ['paris', 'Lima'], [], free())).toBe('Lima');
    expect(safePatternCandidate('^(?<area>\\d{3})-(?<rest>\\d{4})$', [], [], free())).toBe('000-0000');
  });

  it('runs catastrophic patterns in steps linear in the text', () => {
    for (const p of ['^(a+)+$', '^(a|a)*$', '^(a|aa)+$', '(\\w+\\s?)+$', '^(([a-z])+.)+[A-Z]([a-z])+$']) {
      const budget = new WorkBudget(Infinity, 1e9);
      const word = 'a'.repeat(31) + '!';
      expect(compilePattern(p)!.test(word, budget), p).toBe(false); // V8 would take minutes to say so
      expect(1e9 - budget.steps, p).toBeLessThan(33 * 64); // (length + 1) × the NFA's size, at most
    }
  });

  it('refuses what it does not support, and what JavaScript rejects', () => {
    for (const p of [
      '(a)\\1',
      '(?=a)a',
      '(?!a)b',
      '(?<=a)b',
      '(?<!a)b',
      '\\k<x>(?<x>a)',
      '(',
      '[b-a]',
      'a{2,1}',
      '(a{50}){50}',
    ]) {
      expect(compilePattern(p), p).toBeUndefined();
    }
  });

  it('stops when the budget is spent', () => {
    expect(() => compilePattern('^(a|b|c|d)*e$')!.test('abcd'.repeat(30), new WorkBudget(Infinity, 100))).toThrow(
      /budget/,
    );
  });
});
