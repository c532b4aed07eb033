// Status codes: bad input is a 4xx (never a 200 that pretends, never a 5xx that invites retries), an unknown
// model is a 404, a wrong key a 401.
import type { Check, Grade } from '../../engine/types.ts';
import { errorText, exchangeOf, header } from '../internal/read.ts';
import { observed, sdk, spec, SPEC_URL } from '../internal/sources.ts';
import { CASES, E, STREAM_CASE, UNKNOWN_MODEL, type BadCase } from './probes.ts';

const RULES: Record<string, string> = {
  'temperature-range': 'CreateChatCompletionRequest.temperature (minimum 0, maximum 2)',
  'max-tokens-decimal': 'CreateChatCompletionRequest.max_tokens (type integer)',
  'max-tokens-string': 'CreateChatCompletionRequest.max_tokens (type integer)',
  'missing-messages': 'CreateChatCompletionRequest required: messages',
  'too-many-stop': 'StopConfiguration (maxItems 4)',
  'bad-role': 'ChatCompletionRequestMessage (discriminated on role)',
  'malformed-json': 'requestBody application/json',
  'max-tokens-huge': 'CreateChatCompletionRequest.max_tokens ("the maximum number of tokens that can be generated"); OpenAI: 400 "max_tokens is too large"',
};

const BAD_INPUT_BREAKS = [
  'a 5xx: openai-node retries it twice (3 identical bad requests) and raises InternalServerError',
  'a 200: the app never learns its request was wrong',
];

function caseCheck(c: BadCase): Check {
  return {
    id: c.id,
    title: `${c.title} is rejected with a 4xx`,
    feature: 'errors',
    level: c.level ?? 'MUST',
    source: spec(RULES[c.label]),
    breaks: c.divergences?.includes(41) ? ['apps that rely on max_tokens: the server silently lowers it or truncates the context (B41)'] : BAD_INPUT_BREAKS,
    divergences: [30, ...(c.divergences ?? [])],
    probes: [E.invalid],
    grade(t) {
      const r = exchangeOf(t, E.invalid, c.label);
      if (!r.ok) return r.grade;
      const s = r.value.response!.status;
      const exchange = { probe: E.invalid, label: c.label };
      if (s >= 400 && s < 500) return { status: 'pass', message: `rejected with ${s}` };
      if (s >= 200 && s < 300) return { status: 'fail', message: `${c.title} must be rejected with a 4xx, but it was accepted with ${s}`, details: { exchange, seen: s } };
      return { status: 'fail', message: `${c.title} must be rejected with a 4xx, got ${s}: ${errorText(r.value)}`, details: { exchange, seen: s } };
    },
  };
}

export const caseChecks: Check[] = CASES.map(caseCheck);

export const status400: Check = {
  id: 'errors.status-400',
  title: 'Invalid requests get exactly 400',
  feature: 'errors',
  level: 'SHOULD',
  source: sdk('src/core/error.ts', 'APIError.generate: 400 → BadRequestError, 422 → UnprocessableEntityError'),
  breaks: ['apps that catch BadRequestError (a 422 raises UnprocessableEntityError instead)'],
  probes: [E.invalid],
  grade(t) {
    const rejected = CASES.map((c) => ({ c, r: exchangeOf(t, E.invalid, c.label) })).filter((x) => x.r.ok && x.r.value.response!.status >= 400 && x.r.value.response!.status < 500);
    if (rejected.length === 0) return { status: 'untestable', message: 'no invalid request was rejected with a 4xx (see errors.rejects-*)', prerequisite: E.invalid };
    const other = rejected.filter((x) => x.r.ok && x.r.value.response!.status !== 400);
    if (other.length === 0) return { status: 'pass', message: `${rejected.length} invalid requests got 400` };
    const first = other[0];
    const s = first.r.ok ? first.r.value.response!.status : 0;
    return {
      status: 'fail',
      message: `invalid requests should get 400, but ${other.length} got another 4xx (${first.c.title}: ${s})`,
      details: { exchange: { probe: E.invalid, label: first.c.label }, seen: other.map((x) => (x.r.ok ? x.r.value.response!.status : null)) },
    };
  },
};

export const streamBadInput: Check = {
  id: 'errors.stream-bad-input',
  title: 'A streamed request with invalid input is refused with a 4xx before any event',
  feature: 'errors',
  level: 'SHOULD',
  source: observed('OpenAI validates a streamed request before streaming and answers 400 with a JSON error body', SPEC_URL),
  breaks: ['openai-node 6 and 7: an error event in a 200 stream raises APIError with no status, never BadRequestError, and is not retried'],
  divergences: [27, 28],
  probes: [E.invalid],
  grade(t) {
    const r = exchangeOf(t, E.invalid, STREAM_CASE);
    if (!r.ok) return r.grade;
    const s = r.value.response!.status;
    const exchange = { probe: E.invalid, label: STREAM_CASE };
    if (s >= 400 && s < 500) return { status: 'pass', message: `refused with ${s} before streaming` };
    if (s >= 200 && s < 300) {
      const streamed = /text\/event-stream/i.test(header(r.value, 'content-type') ?? '');
      const what = /"error"/.test(r.value.response!.body) ? 'an error event inside the stream' : 'a normal answer (the bad input was accepted)';
      return { status: 'fail', message: `stream: true with temperature 3 should be refused with 400, got ${s}${streamed ? ' and a stream' : ''} with ${what}`, details: { exchange, seen: s } };
    }
    return { status: 'fail', message: `stream: true with temperature 3 should be refused with a 4xx, got ${s}: ${errorText(r.value)}`, details: { exchange, seen: s } };
  },
};

export const unknownModel: Check = {
  id: 'errors.unknown-model',
  title: 'A chat request for an unknown model gets 404 (or 400)',
  feature: 'errors',
  level: 'MUST',
  source: observed('unknown model → 404 model_not_found', SPEC_URL),
  breaks: ['apps that fall back to another model on NotFoundError', 'a 200 silently serves some other model'],
  divergences: [30],
  probes: [E.unknownModel],
  grade(t): Grade {
    const r = exchangeOf(t, E.unknownModel, 'chat');
    if (!r.ok) return r.grade;
    const s = r.value.response!.status;
    const exchange = { probe: E.unknownModel, label: 'chat' };
    if (s === 404 || s === 400) return { status: 'pass', message: `model "${UNKNOWN_MODEL}" rejected with ${s}` };
    if (s >= 200 && s < 300) return { status: 'fail', message: `model "${UNKNOWN_MODEL}" must be rejected with 404, but the request was answered with ${s}`, details: { exchange, seen: s } };
    return { status: 'fail', message: `model "${UNKNOWN_MODEL}" must be rejected with 404 (or 400), got ${s}: ${errorText(r.value)}`, details: { exchange, seen: s } };
  },
};

export const invalidKey: Check = {
  id: 'errors.invalid-key',
  title: 'A wrong API key gets 401',
  feature: 'errors',
  level: 'MUST',
  source: sdk('src/core/error.ts', 'APIError.generate: 401 → AuthenticationError'),
  breaks: ['apps that prompt for a new key on AuthenticationError', 'a 200: anyone can spend the account'],
  probes: [E.auth],
  grade(t): Grade {
    const bad = exchangeOf(t, E.auth, 'invalid-key');
    if (!bad.ok) return bad.grade;
    const s = bad.value.response!.status;
    const exchange = { probe: E.auth, label: 'invalid-key' };
    if (s === 401) return { status: 'pass', message: 'a made-up key got 401' };
    if (s >= 200 && s < 300) {
      const none = exchangeOf(t, E.auth, 'no-key');
      const open = none.ok && none.value.response!.status >= 200 && none.value.response!.status < 300;
      if (open) return { status: 'skip', message: 'target does not require auth: requests with no key and with a made-up key both got 2xx' };
      return { status: 'fail', message: `a made-up key must be refused with 401, but it was accepted with ${s} (a request with no key was refused)`, details: { exchange, seen: s } };
    }
    return { status: 'fail', message: `a made-up key must be refused with 401, got ${s}: ${errorText(bad.value)}`, details: { exchange, seen: s } };
  },
};
