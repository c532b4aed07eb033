import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textLogprobs, utf8Bytes } from './logprobs.ts';

describe('textLogprobs', () => {
  it('gives every token exactly `top` distinct alternatives in decreasing order, all <= 0, sampled token first', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 20 }), fc.nat(), (text, top, salt) => {
        for (const t of textLogprobs(text, top, salt)) {
          expect(t.logprob).toBeLessThanOrEqual(0);
          expect(t.top_logprobs).toHaveLength(top);
          if (top === 0) continue;
          expect(t.top_logprobs[0]).toEqual({ token: t.token, logprob: t.logprob, bytes: t.bytes });
          expect(new Set(t.top_logprobs.map((x) => x.token)).size).toBe(top);
          for (let i = 1; i < top; i++) expect(t.top_logprobs[i].logprob).toBeLessThan(t.top_logprobs[i - 1].logprob);
        }
      }),
    );
  });

  it('is deterministic for a salt', () => {
    expect(textLogprobs('Hello there', 2, 5)).toEqual(textLogprobs('Hello there', 2, 5));
  });

  it('encodes token bytes as UTF-8', () => {
    expect(utf8Bytes(' hi')).toEqual([32, 104, 105]);
    expect(utf8Bytes('é😀')).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
  });
});
