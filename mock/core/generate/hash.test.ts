import fc from 'fast-check';
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

  it('orders keys as Array#sort does, for few and many keys alike', () => {
    // the rule it replaces by hand: sort, drop undefined members, JSON-quote names
    const byRule = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
      if (Array.isArray(v)) return '[' + v.map(byRule).join(',') + ']';
      const o = v as Record<string, unknown>;
      return (
        '{' +
        Object.keys(o)
          .filter((k) => o[k] !== undefined)
          .sort()
          .map((k) => JSON.stringify(k) + ':' + byRule(o[k]))
          .join(',') +
        '}'
      );
    };
    const key = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom('role', 'content', 'a"b', '10', '9'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 12 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(stableStringify(v)).toBe(byRule(v));
      }),
      { numRuns: 300 },
    );
  });

  it('draws the same sequence as ever (every reply depends on it)', () => {
    const r = createRng(42);
    expect([r.next(), r.int(1000), r.pick(['a', 'b', 'c', 'd'])]).toEqual([0.21884025167673826, 919, 'a']);
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
