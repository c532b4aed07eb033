import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countTokens, decodeTokens, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('splits words and punctuation, keeping the whitespace before each token', () => {
    expect(tokenize('Hello, world!  Bye')).toEqual(['Hello', ',', ' world', '!', '  Bye']);
    expect(tokenize('café 42\n')).toEqual(['café', ' 42', '\n']);
  });

  it('joins back to the text, and countTokens agrees with it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text);
        expect(countTokens(text)).toBe(tokens.length);
      }),
    );
  });

  it('counts ASCII text by hand exactly as tokenize splits it', () => {
    const ascii = fc.string({
      unit: fc.constantFrom(...' \t\n\r\u000b\u000cab Z09.,;!?-_\u0000\u007f'.split('')),
      maxLength: 40,
    });
    // a non-ASCII character anywhere (a letter, a Unicode space) sends the count back to the regex
    const mixed = fc.tuple(ascii, fc.constantFrom('é', '\u00a0', '😀', '\u2028'), ascii).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(ascii, mixed, fc.string({ unit: 'binary-ascii', maxLength: 40 })), (text) => {
        const tokens = tokenize(text);
        expect(tokens.join('')).toBe(text);
        expect(countTokens(text)).toBe(tokens.length);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes token ids through the fixed vocabulary, one token per id', () => {
    const text = decodeTokens([0, 1, 1000, -3]);
    expect(countTokens(text)).toBe(4);
    expect(decodeTokens([5])).toBe(decodeTokens([5]));
  });
});
