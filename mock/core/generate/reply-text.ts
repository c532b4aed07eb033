// Composes the natural text reply. Documented contract (probes and app tests rely on it):
// - the reply begins with the first words (up to ECHO_WORDS) of the text it answers, verbatim, so a stop
//   sequence taken from the start of the last user message is always hit;
// - then one "opener" sentence naming content words of that text, then one or two sentences from a fixed
//   word list; the rng (seeded from the request) picks those words, so seeds change the text.

import { normalWord } from './argument-words.ts';
import type { Rng } from './hash.ts';
import { ADJECTIVES, NOUNS, OPENERS, PREPOSITIONS, STOPWORDS, VERBS, WORD } from './words.ts';

export const ECHO_WORDS = 8;

/** The source text verbatim up to the end of its `maxWords`-th word (leading whitespace trimmed). */
export function echoOf(source: string, maxWords = ECHO_WORDS): { echo: string; truncated: boolean } {
  const text = source.trimStart();
  WORD.lastIndex = 0;
  let end = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    if (count === maxWords) return { echo: text.slice(0, end), truncated: true };
    count++;
    end = m.index + m[0].length;
  }
  // whole text: keep trailing punctuation ("France?") but not trailing whitespace
  return { echo: text.trimEnd(), truncated: false };
}

/** Content words of a text, in order, without duplicates or stopwords. */
export function keywordsOf(text: string, exclude: ReadonlySet<string> = STOPWORDS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of text.match(WORD) ?? []) {
    const lower = w.toLowerCase();
    const normal = normalWord(w);
    if (lower.length < 2 || exclude.has(lower) || STOPWORDS.has(lower) || STOPWORDS.has(normal) || seen.has(lower))
      continue;
    seen.add(lower);
    out.push(w);
  }
  return out;
}

function sentence(rng: Rng): string {
  const adj1 = rng.pick(ADJECTIVES);
  const noun1 = rng.pick(NOUNS);
  return `The ${adj1} ${noun1} ${rng.pick(VERBS)} ${rng.pick(PREPOSITIONS)} the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}.`;
}

/** Body sentences without the echo; used alone when there is nothing to echo. */
export function bodyText(source: string, rng: Rng): string {
  const parts: string[] = [];
  const kws = keywordsOf(source);
  if (kws.length > 0) {
    const a = kws[rng.int(Math.min(kws.length, 4))];
    const rest = kws.filter((k) => k !== a);
    const b = rest.length > 0 ? rest[rng.int(Math.min(rest.length, 4))] : undefined;
    parts.push(`${rng.pick(OPENERS)} ${a}${b === undefined ? '' : ` and ${b}`}.`);
  }
  const count = 1 + rng.int(2);
  for (let i = 0; i < count; i++) parts.push(sentence(rng));
  return parts.join(' ');
}

/** Full natural reply to `source` (a user message, or tool results prefixed by `lead`). */
export function composeReply(source: string, rng: Rng, lead = ''): string {
  const { echo, truncated } = echoOf(source);
  const body = bodyText(source, rng);
  if (echo === '') return lead + body;
  const joint = truncated ? '...' : /[.!?:;]$/.test(echo) ? '' : '.';
  return `${lead}${echo}${joint} ${body}`;
}
