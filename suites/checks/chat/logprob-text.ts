// Do the logprob tokens describe the answer? Their bytes, joined, must be the answer's UTF-8 (the spec: bytes
// "must be combined to generate the correct text representation"); a token without bytes counts as its own text.
import { show } from '../internal/read.ts';

const utf8 = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true });

function decoded(bytes: number[]): string | undefined {
  try {
    return strict.decode(Uint8Array.from(bytes));
  } catch {
    return undefined; // part of a character: a token may hold half of one, the next token the rest
  }
}

export interface Spelling {
  problem?: string;
  seen?: unknown;
  /** a pass worth a remark */
  note?: string;
}

/** compare the tokens with the content they describe */
export function spelling(entries: Array<{ token: string; bytes: number[] | null }>, content: string): Spelling {
  const all: number[] = [];
  for (const [i, e] of entries.entries()) {
    if (Array.isArray(e.bytes)) {
      const text = decoded(e.bytes);
      if (text !== undefined && text !== e.token)
        return {
          problem: `choices[0].logprobs.content[${i}].bytes spell ${show(text)}, not its token ${show(e.token)}`,
          seen: e,
        };
      all.push(...e.bytes);
    } else all.push(...utf8.encode(e.token));
  }
  const spelt = new TextDecoder().decode(Uint8Array.from(all));
  if (spelt === content) return {};
  if (spelt.trim() === content.trim()) return { note: '(up to whitespace at the ends)' };
  let at = 0;
  while (at < spelt.length && spelt[at] === content[at]) at++;
  return {
    problem: `the logprob tokens must spell the answer they describe: they give ${show(spelt, 60)}, the message ${show(content, 60)} (first difference at character ${at})`,
    seen: { tokens: spelt.slice(0, 200), content: content.slice(0, 200) },
  };
}
