// String values for JSON Schema string nodes: formats the mock can produce, patterns matched by trying
// candidates (the user's words, then fixed strings, then strings sampled from the pattern) on a linear-time
// matcher (safe-pattern.ts), and min/max length. Every value is paid for from the request's budget first.

import { instanceBudget, OutOfBudget, type WorkBudget } from './budget.ts';
import type { Rng } from './hash.ts';
import { compilePattern, safePatternCandidate } from './safe-pattern.ts';

const FORMATS: Record<string, (word: string, rng: Rng) => string> = {
  'date-time': () => '2024-05-17T12:30:00Z',
  date: () => '2024-05-17',
  time: () => '12:30:00Z',
  duration: () => 'P1DT2H',
  email: (w) => `${asciiSlug(w)}@example.com`,
  'idn-email': (w) => `${asciiSlug(w)}@example.com`,
  hostname: (w) => `${asciiSlug(w)}.example.com`,
  'idn-hostname': (w) => `${asciiSlug(w)}.example.com`,
  ipv4: () => '192.0.2.1',
  ipv6: () => '2001:db8::1',
  uuid: (_w, rng) => uuidOf(rng),
  uri: (w) => `https://example.com/${asciiSlug(w)}`,
  'uri-reference': (w) => `/${asciiSlug(w)}`,
  iri: (w) => `https://example.com/${asciiSlug(w)}`,
  url: (w) => `https://example.com/${asciiSlug(w)}`,
};

/** Formats the generator produces valid values for. */
export const SUPPORTED_FORMATS: ReadonlySet<string> = new Set(Object.keys(FORMATS));

function asciiSlug(word: string): string {
  const slug = word.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return slug === '' ? 'user' : slug;
}

function uuidOf(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += rng.int(16).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const PATTERN_FALLBACKS = ['a', 'A', '0', 'abc', 'ABC', '123', 'a1', 'A1', 'abc123', 'x-1', 'a_b', 'AB-12', ''];

/**
 * A string matching `pattern`, tried from the user's words, then fixed candidates, then strings built from the
 * pattern; undefined if none fit or the matcher does not support the pattern. Throws OutOfBudget.
 */
export function patternCandidate(
  pattern: string,
  words: readonly string[],
  budget: WorkBudget = instanceBudget(),
): string | undefined {
  return safePatternCandidate(pattern, words, PATTERN_FALLBACKS, budget);
}

// the words of one generation are one array: a pattern is matched against them once, not once per value
const fromWords = new WeakMap<readonly string[], Map<string, string | undefined>>();

/** A string for schema `s` built from `word`: its format, a pattern match, then min/max length. Throws OutOfBudget. */
export function stringValue(
  s: Record<string, unknown>,
  word: string,
  words: readonly string[],
  rng: Rng,
  budget: WorkBudget = instanceBudget(),
): string {
  const min = typeof s.minLength === 'number' && s.minLength > 0 ? s.minLength : 0;
  if (min + 2 > budget.chars) throw new OutOfBudget(); // before building it: minLength may be 1e9
  let value = typeof s.format === 'string' && FORMATS[s.format] ? FORMATS[s.format](word, rng) : word;
  if (typeof s.pattern === 'string' && compilePattern(s.pattern)?.test(value, budget) !== true) {
    let memo = fromWords.get(words);
    if (!memo) fromWords.set(words, (memo = new Map()));
    if (!memo.has(s.pattern)) memo.set(s.pattern, patternCandidate(s.pattern, words, budget));
    value = memo.get(s.pattern) ?? value;
  }
  const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  const chars = [...value];
  while (chars.length < min) chars.push(...(chars.length === 0 ? 'x' : ' ' + word));
  const out = chars.slice(0, Math.max(min, Math.min(chars.length, max))).join('');
  budget.spend(out.length + 2);
  return out;
}
