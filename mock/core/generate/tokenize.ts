// The mock's tokenizer: a token is a run of letters/digits or one other character, carrying the whitespace
// before it. Joining the tokens gives the text back exactly, so streams, logprobs and cuts all line up.

import { VOCABULARY } from './words.ts';

const TOKEN = /\s*[\p{L}\p{N}]+|\s*[^\s\p{L}\p{N}]|\s+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Where the token that starts at offset `i` (a token boundary) ends, without building the token list. Tokens tile
 * the text, so the next match from `i` starts at `i`.
 */
export function tokenEndAt(text: string, i: number): number {
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  return m === null ? text.length : m.index + m[0].length;
}

export function countTokens(text: string): number {
  if (text === '') return 0;
  const ascii = countAsciiTokens(text);
  if (ascii >= 0) return ascii;
  TOKEN.lastIndex = 0;
  let n = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
}

// TOKEN's rule for ASCII text, counted in one pass with no calls: usage counts every prompt and reply, and the
// Unicode-property regex costs several times more. A non-ASCII character hands the text back to the regex, so the
// two never need to agree on Unicode classes; tokenize.test.ts holds them equal.
const SPACE = 1;
const ALNUM = 2;
const ASCII_CLASS = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = SPACE; // what \s matches below 128
for (let c = 48; c < 58; c++) ASCII_CLASS[c] = ALNUM;
for (let c = 65; c < 91; c++) ASCII_CLASS[c] = ALNUM;
for (let c = 97; c < 123; c++) ASCII_CLASS[c] = ALNUM;

/** the token count of ASCII text, or -1 at a non-ASCII character */
function countAsciiTokens(text: string): number {
  const n = text.length;
  let tokens = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    while (c < 128 && ASCII_CLASS[c] === SPACE) {
      if (++i === n) return tokens + 1; // trailing whitespace
      c = text.charCodeAt(i);
    }
    if (c > 127) return -1;
    tokens++;
    i++;
    if (ASCII_CLASS[c] !== ALNUM) continue;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c > 127) return -1;
      if (ASCII_CLASS[c] !== ALNUM) break;
      i++;
    }
  }
  return tokens;
}

/** Text of a token id (prompts and embeddings inputs given as token arrays): a fixed vocabulary, wrapped. */
export function decodeTokens(ids: readonly number[]): string {
  let out = '';
  for (const id of ids) out += ' ' + VOCABULARY[((id % VOCABULARY.length) + VOCABULARY.length) % VOCABULARY.length];
  return out;
}
