import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutText, limitsOf } from './cut.ts';
import { countTokens, tokenize } from './tokenize.ts';

const TEXT = 'What is the capital of France? The quiet river keeps toward the bright garden.';

describe('limitsOf', () => {
  it('takes the smaller token cap and drops empty stop strings', () => {
    expect(limitsOf({ max_tokens: 10, max_completion_tokens: 4, stop: ['', 'x'] })).toEqual({
      maxTokens: 4,
      stop: ['x'],
    });
    expect(limitsOf({ max_tokens: null, stop: 'end' })).toEqual({ maxTokens: undefined, stop: ['end'] });
    expect(limitsOf({ max_completion_tokens: 0 })).toEqual({ maxTokens: 0, stop: [] });
  });
});

describe('cutText', () => {
  it('keeps the whole text without limits', () => {
    expect(cutText(TEXT, { stop: [] })).toEqual({ text: TEXT, finishReason: 'stop', tokens: countTokens(TEXT) });
  });

  it('cuts at max tokens with finish_reason length', () => {
    const r = cutText(TEXT, { maxTokens: 3, stop: [] });
    expect(r).toEqual({ text: 'What is the', finishReason: 'length', tokens: 3 });
    expect(cutText(TEXT, { maxTokens: 0, stop: [] })).toEqual({ text: '', finishReason: 'length', tokens: 0 });
  });

  it('cuts before the first stop sequence, even inside a word', () => {
    expect(cutText(TEXT, { stop: ['capital'] }).text).toBe('What is the ');
    expect(cutText(TEXT, { stop: ['apit', 'What'] }).text).toBe('');
    expect(cutText(TEXT, { stop: ['river', 'the'] }).text).toBe('What is ');
  });

  it('lets a token limit win when the stop sequence would complete later', () => {
    expect(cutText(TEXT, { maxTokens: 2, stop: ['capital'] })).toEqual({
      text: 'What is',
      finishReason: 'length',
      tokens: 2,
    });
    // the trailing space is a token of its own
    expect(cutText(TEXT, { maxTokens: 4, stop: ['capital'] })).toEqual({
      text: 'What is the ',
      finishReason: 'stop',
      tokens: 4,
    });
  });

  it('never returns a stop sequence, never exceeds the cap, and always returns a prefix', () => {
    const stops = fc.array(
      fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.constantFrom('the', ' ', '.', 'e', 'qu')),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        stops,
        fc.option(fc.nat(30), { nil: undefined }),
        (raw, stop, maxTokens) => {
          const text = raw + ' ' + TEXT;
          const r = cutText(text, { maxTokens, stop });
          expect(text.startsWith(r.text)).toBe(true);
          for (const s of stop) expect(r.text.includes(s)).toBe(false);
          if (maxTokens !== undefined) expect(r.tokens).toBeLessThanOrEqual(maxTokens);
          expect(r.tokens).toBe(tokenize(r.text).length);
          if (r.finishReason === 'length') expect(r.tokens).toBe(maxTokens);
        },
      ),
    );
  });
});

describe('cutText walks token offsets exactly as the token list reads', () => {
  /** The rule by the token list, as a decoder emits tokens one by one. */
  function byList(text: string, max: number, stop: string[]) {
    const tokens = tokenize(text);
    const stops = stop
      .map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }))
      .filter((h) => h.start >= 0);
    const hit = stops.sort((a, b) => a.end - b.end || a.start - b.start)[0];
    let end = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i === max) return { text: text.slice(0, end), finishReason: 'length', tokens: max };
      if (hit !== undefined && end + tokens[i].length >= hit.end)
        return { text: text.slice(0, hit.start), finishReason: 'stop', tokens: countTokens(text.slice(0, hit.start)) };
      end += tokens[i].length;
    }
    return { text, finishReason: 'stop', tokens: tokens.length };
  }

  it('on ASCII and Unicode text, with caps and stop sequences', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constant(TEXT),
    );
    const stop = fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 2 });
    fc.assert(
      fc.property(text, fc.nat(25), stop, (t, max, s) => {
        expect(cutText(t, { maxTokens: max, stop: s })).toEqual(byList(t, max, s));
      }),
      { numRuns: 500 },
    );
  });
});
