// Words that become string values in tool arguments and JSON answers: names first ("New York", "Paris" —
// runs of capitalised words not opening a sentence), then the other content words, without stopwords,
// request verbs ("find", "check") or the tool's own words ("weather" for get_weather).

import { STOPWORDS, WORD } from './words.ts';

const REQUEST_VERBS = new Set([
  'find',
  'check',
  'search',
  'look',
  'lookup',
  'fetch',
  'list',
  'book',
  'send',
  'create',
  'make',
  'set',
  'need',
  'want',
  'know',
  'call',
  'use',
  'run',
  'compute',
  'calculate',
  'convert',
  'add',
  'let',
  'help',
  'say',
  'current',
]);

const CONTRACTION = /['’](?:s|re|ll|ve|d|m|t)$/i;

/** Lower-case, without a contraction suffix or a plural s: the form words are compared in. */
export function normalWord(word: string): string {
  const lower = word.toLowerCase();
  // most words have no apostrophe: skip the regex for them (it runs for every word of every reply)
  const w = lower.includes("'") || lower.includes('’') ? lower.replace(CONTRACTION, '') : lower;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function skipped(word: string, exclude: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  const normal = normalWord(word);
  return (
    normal.length < 2 ||
    STOPWORDS.has(lower) ||
    STOPWORDS.has(normal) ||
    REQUEST_VERBS.has(normal) ||
    exclude.has(normal) ||
    exclude.has(lower)
  );
}

export function argumentWords(text: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const names: string[] = [];
  const others: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) names.push(run.join(' '));
    run = [];
  };
  let sentenceStart = true;
  let last = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const between = text.slice(last, m.index);
    if (/[.!?\n]/.test(between)) sentenceStart = true;
    if (/[,;:()"]/.test(between) || /\s{2,}/.test(between)) flush();
    last = m.index + m[0].length;
    const word = m[0].replace(CONTRACTION, '');
    const capital = /^\p{Lu}/u.test(word);
    const initial = sentenceStart;
    sentenceStart = false;
    if (skipped(word, exclude)) {
      flush();
      continue;
    }
    if (capital && !initial) run.push(word);
    else {
      flush();
      others.push(word);
    }
  }
  flush();
  const seen = new Set<string>();
  return [...names, ...others].filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}
