import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from './hash.ts';
import { composeReply, echoOf, keywordsOf } from './reply-text.ts';

describe('echoOf', () => {
  it('keeps the text verbatim up to the end of its 8th word', () => {
    expect(echoOf('  one, two three four five six seven eight nine')).toEqual({
      echo: 'one, two three four five six seven eight',
      truncated: true,
    });
    expect(echoOf('Is it "fine"?  ')).toEqual({ echo: 'Is it "fine"?', truncated: false });
    expect(echoOf('')).toEqual({ echo: '', truncated: false });
  });
});

describe('keywordsOf', () => {
  it('keeps content words once, in order, without stopwords or contractions of them', () => {
    expect(keywordsOf("What's the capital of France? The capital!")).toEqual(['capital', 'France']);
  });
});

describe('composeReply', () => {
  it('always starts with the echo of its source', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer(), (source, seed) => {
        const { echo } = echoOf(source);
        expect(composeReply(source, createRng(seed)).startsWith(echo)).toBe(true);
      }),
    );
  });

  it('reads as sentences from the word list', () => {
    expect(composeReply('Tell me about tea', createRng(3))).toMatch(
      /^Tell me about tea\. [A-Z][a-z ,]+ tea\.( The [a-z]+ [a-z]+ [a-z]+ [a-z]+ the [a-z]+ [a-z]+\.){1,2}$/,
    );
    expect(composeReply('', createRng(3))).toMatch(/^The /);
  });
});
