// Deterministic, well-formed log probabilities: every logprob is <= 0, the sampled token is the most likely
// entry of its top_logprobs, alternatives are distinct vocabulary words in decreasing order.

import { hashString } from './hash.ts';
import { tokenize } from './tokenize.ts';
import { VOCABULARY } from './words.ts';
import type { TokenLogprob, TopLogprob } from './types.ts';

const encoder = new TextEncoder();

export function utf8Bytes(token: string): number[] {
  // ASCII fast path: most tokens are plain words, and this runs for every token of every logprobs reply
  const out: number[] = new Array(token.length);
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c > 127) return Array.from(encoder.encode(token));
    out[i] = c;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Logprob of the sampled token at `position` in (-1.5, 0], and its alternatives. */
export function tokenChoice(token: string, position: number, salt: number, top: number): TokenLogprob {
  const h = hashString(token, salt + position);
  const logprob = round(-(h % 1500) / 1000);
  const tops: TopLogprob[] = [];
  if (top > 0) {
    tops.push({ token, logprob, bytes: utf8Bytes(token) });
    const lead = /^\s/.test(token) ? ' ' : '';
    // walk the vocabulary from a hashed start: distinct alternatives, and always enough of them (top <= 20)
    const start = h % VOCABULARY.length;
    for (let j = 0; tops.length < top && j < VOCABULARY.length; j++) {
      const alt = lead + VOCABULARY[(start + j * 7) % VOCABULARY.length];
      if (alt === token) continue;
      const k = tops.length - 1;
      tops.push({
        token: alt,
        logprob: round(logprob - 0.5 - 0.75 * k - ((h >>> k) % 100) / 1000),
        bytes: utf8Bytes(alt),
      });
    }
  }
  return { token, logprob, bytes: utf8Bytes(token), top_logprobs: tops };
}

/** Logprobs of every token of `text`, in order (the chat `logprobs.content` array). */
export function textLogprobs(text: string, top: number, salt: number): TokenLogprob[] {
  return tokenize(text).map((t, i) => tokenChoice(t, i, salt, top));
}
