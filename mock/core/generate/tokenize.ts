// The mock's tokenizer: a token is a run of letters/digits or one other character, carrying the whitespace
// before it. Joining the tokens gives the text back exactly, so streams, logprobs and cuts all line up.

import { VOCABULARY } from './words.ts';

const TOKEN = /\s*[\p{L}\p{N}]+|\s*[^\s\p{L}\p{N}]|\s+/gu;

// The same rule scanned by hand for ASCII text (every reply the mock composes from its word lists, and most
// prompts): the Unicode-property regex costs several times more and runs on every request. Text with any
// non-ASCII character takes the regex, so the two never need to agree on Unicode classes.
const SPACE = 1;
const ALNUM = 2;
const ASCII_CLASS = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = SPACE; // what \s matches below 128
for (let c = 48; c < 58; c++) ASCII_CLASS[c] = ALNUM;
for (let c = 65; c < 91; c++) ASCII_CLASS[c] = ALNUM;
for (let c = 97; c < 123; c++) ASCII_CLASS[c] = ALNUM;

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** End of the ASCII token starting at `i` (< text.length): spaces, then a run of letters/digits or one other character. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && ASCII_CLASS[text.charCodeAt(i)] === SPACE) i++;
  if (i === n) return n; // trailing whitespace is a token of its own
  if (ASCII_CLASS[text.charCodeAt(i)] !== ALNUM) return i + 1;
  i++;
  while (i < n && ASCII_CLASS[text.charCodeAt(i)] === ALNUM) i++;
  return i;
}

export function tokenize(text: string): string[] {
  if (!isAscii(text)) return text.match(TOKEN) ?? [];
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const end = tokenEnd(text, i);
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * Where the token that starts at offset `i` (a token boundary) ends, without building the token list; `ascii`
 * is isAscii(text). Tokens tile the text, so the regex's next match from `i` starts at `i`.
 */
export function tokenEndAt(text: string, i: number, ascii: boolean): number {
  if (ascii) return tokenEnd(text, i);
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

/** tokenEnd's rule in one pass with no calls (it runs on every reply): the count, or -1 at a non-ASCII character. */
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
