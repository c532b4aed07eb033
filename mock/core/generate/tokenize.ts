// The mock's tokenizer: a token is a run of letters/digits or one other character, carrying the whitespace
// before it. Joining the tokens gives the text back exactly, so streams, logprobs and cuts all line up.

import { VOCABULARY } from './words.ts';

const TOKEN = /\s*[\p{L}\p{N}]+|\s*[^\s\p{L}\p{N}]|\s+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function countTokens(text: string): number {
  if (text === '') return 0;
  TOKEN.lastIndex = 0;
  let n = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
}

/** Text of a token id (prompts and embeddings inputs given as token arrays): a fixed vocabulary, wrapped. */
export function decodeTokens(ids: readonly number[]): string {
  let out = '';
  for (const id of ids) out += ' ' + VOCABULARY[((id % VOCABULARY.length) + VOCABULARY.length) % VOCABULARY.length];
  return out;
}
