// Request issues worded the way the OpenAI API words its 400s, for the mock's error bodies:
// {"error":{"message":"Invalid type for 'max_tokens': expected an integer, but got a decimal number instead.",
//   "type":"invalid_request_error","param":"max_tokens","code":"invalid_type"}} (reference A4).
import type { Issue } from './issue.ts';
import { rawOf } from './internal/issues.ts';

export interface OpenAiRequestError {
  message: string;
  type: 'invalid_request_error';
  param: string | null;
  code: string | null;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a decimal',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
};

function receivedWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal number';
  if (typeof value === 'object') return 'an object';
  return TYPE_WORDS[typeof value] ?? `a ${typeof value}`;
}

function oneOf(words: string[]): string {
  if (words.length === 1) return words[0];
  return `one of ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function listValues(values: unknown[]): string {
  const quoted = values.filter((v) => v !== null).map((v) => `'${String(v)}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

/** One request issue as the OpenAI API would report it (message, param, code). */
export function openAiErrorOf(issue: Issue): OpenAiRequestError {
  const param = issue.path === '' ? null : issue.path;
  const raw = rawOf.get(issue);
  const err = (message: string, code: string | null, p: string | null = param): OpenAiRequestError => ({
    message,
    type: 'invalid_request_error',
    param: p,
    code,
  });
  if (!raw) return err(`Invalid value for '${param ?? 'body'}': ${issue.message}.`, 'invalid_value');
  const value = raw.value;
  switch (raw.code) {
    case 'invalid_type':
    case 'invalid_value': {
      if (value === undefined) return err(`Missing required parameter: '${param}'.`, 'missing_required_parameter');
      if (param === null)
        return err(
          `Invalid request body: expected a JSON object, but got ${receivedWords(value)} instead.`,
          'invalid_type',
        );
      const acc = raw.accepts ?? { literals: [], types: [] };
      // a literal set the value's type fits: the value is wrong, not its type
      if (acc.literals.length > 0 && acc.literals.some((l) => typeof l === typeof value && l !== null)) {
        return err(
          `Invalid value: '${String(value)}'. Supported values are: ${listValues(acc.literals)}.`,
          'invalid_value',
        );
      }
      const words = acc.types.filter((t) => t !== 'null').map((t) => TYPE_WORDS[t] ?? `a ${t}`);
      if (acc.literals.some((l) => typeof l === 'string') && !words.includes('a string')) words.unshift('a string');
      return err(
        `Invalid type for '${param}': expected ${oneOf(words.length ? words : ['a valid value'])}, but got ${receivedWords(value)} instead.`,
        'invalid_type',
      );
    }
    case 'too_big':
    case 'too_small': {
      const big = raw.code === 'too_big';
      const lim = raw.limit ?? { value: 0, inclusive: true, origin: 'number' };
      const op = big ? (lim.inclusive ? '<=' : '<') : lim.inclusive ? '>=' : '>';
      if (lim.origin === 'array') {
        const n = Array.isArray(value) ? value.length : 0;
        if (!big && n === 0)
          return err(
            `Invalid '${param}': empty array. Expected an array with minimum length ${lim.value}, but got an empty array instead.`,
            'empty_array',
          );
        return err(
          `Invalid '${param}': array too ${big ? 'long' : 'short'}. Expected an array with ${big ? 'maximum' : 'minimum'} length ${lim.value}, but got an array with length ${n} instead.`,
          big ? 'array_above_max_length' : 'array_below_min_length',
        );
      }
      if (lim.origin === 'string') {
        const n = typeof value === 'string' ? value.length : 0;
        return err(
          `Invalid '${param}': string too ${big ? 'long' : 'short'}. Expected a string with ${big ? 'maximum' : 'minimum'} length ${lim.value}, but got a string with length ${n} instead.`,
          big ? 'string_above_max_length' : 'string_below_min_length',
        );
      }
      if (lim.origin === 'object') {
        const n = value && typeof value === 'object' ? Object.keys(value).length : 0;
        return err(
          `Invalid '${param}': too ${big ? 'many' : 'few'} properties. Expected an object with at ${big ? 'most' : 'least'} ${lim.value} properties, but got an object with ${n} properties instead.`,
          big ? 'object_above_max_properties' : 'object_below_min_properties',
        );
      }
      const kind = raw.schemaTypes?.includes('integer') ? 'integer' : 'decimal';
      return err(
        `Invalid '${param}': ${kind} ${big ? 'above maximum' : 'below minimum'} value. Expected a value ${op} ${lim.value}, but got ${String(value)} instead.`,
        `${kind}_${big ? 'above_max' : 'below_min'}_value`,
      );
    }
    case 'invalid_format':
      return err(
        `Invalid '${param}': string does not match pattern. Expected a string that matches the pattern '${(raw.pattern ?? '').replace(/^\/|\/$/g, '')}'.`,
        'invalid_value',
      );
    case 'unrecognized_keys':
      return err(`Unrecognized request argument supplied: ${String(raw.path[raw.path.length - 1])}`, null, null);
    default:
      return err(`Invalid '${param}': ${issue.message}.`, 'invalid_value');
  }
}
