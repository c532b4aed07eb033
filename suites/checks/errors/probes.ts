// The error probes: a wrong key, an unknown model, and a bundle of invalid requests. Every error answer feeds
// the status, envelope, field, content-type and SDK checks at once.
import type { Probe, RunContext } from '../../engine/types.ts';

export const E = {
  auth: 'errors.auth',
  unknownModel: 'errors.unknown-model',
  invalid: 'errors.invalid-request',
} as const;

export const UNKNOWN_MODEL = 'conform-no-such-model-7f3a';

export interface BadCase {
  label: string;
  id: string; // the check id
  title: string; // what is wrong with the request
  param: string | null; // the field error.param should name
  level?: 'MUST' | 'SHOULD'; // default MUST: the spec's own schema forbids the value
  divergences?: number[]; // Part B entries besides 30 (bad input answered 200 or 5xx)
  body?: (ctx: RunContext) => Record<string, unknown>;
  rawBody?: string;
}

const hi = [{ role: 'user', content: 'Say hi.' }];
// no token cap: reasoning models reject max_tokens, which would mask the fault each case is about
const base = (ctx: RunContext) => ({ model: ctx.model, messages: hi });

export const CASES: BadCase[] = [
  { label: 'temperature-range', id: 'errors.rejects-temperature-range', title: 'temperature 3 (the range is 0..2)', param: 'temperature', body: (c) => ({ ...base(c), temperature: 3 }) },
  { label: 'max-tokens-decimal', id: 'errors.rejects-decimal-max-tokens', title: 'max_tokens 1.5 (an integer is required)', param: 'max_tokens', body: (c) => ({ ...base(c), max_tokens: 1.5 }) },
  { label: 'max-tokens-string', id: 'errors.rejects-string-max-tokens', title: 'max_tokens "ten" (an integer is required)', param: 'max_tokens', body: (c) => ({ ...base(c), max_tokens: 'ten' }) },
  { label: 'missing-messages', id: 'errors.rejects-missing-messages', title: 'no messages (a required field)', param: 'messages', body: (c) => ({ model: c.model }) },
  { label: 'too-many-stop', id: 'errors.rejects-too-many-stop', title: 'five stop sequences (at most 4)', param: 'stop', body: (c) => ({ ...base(c), stop: ['a', 'b', 'c', 'd', 'e'] }) },
  { label: 'bad-role', id: 'errors.rejects-unknown-role', title: 'a message with role "wizard"', param: 'messages', body: (c) => ({ ...base(c), messages: [{ role: 'wizard', content: 'Say hi.' }] }) },
  // no schema limit, but every model has an output cap: OpenAI answers 400 "max_tokens is too large"
  { label: 'max-tokens-huge', id: 'errors.rejects-huge-max-tokens', title: 'max_tokens 1000000000 (beyond any model\'s output limit)', param: 'max_tokens', level: 'SHOULD', divergences: [41], body: (c) => ({ ...base(c), max_tokens: 1_000_000_000 }) },
  { label: 'malformed-json', id: 'errors.rejects-malformed-json', title: 'a body that is not valid JSON', param: null, rawBody: '{"model": "conform", "messages": [{"role": "user", "content": "hi"' },
];

/** a streamed request with invalid input: should be refused before any event is sent */
export const STREAM_CASE = 'stream-bad-input';

const post = (label: string, extra: object) => ({ label, method: 'POST' as const, path: '/chat/completions', ...extra });

const auth: Probe = {
  id: E.auth,
  feature: 'errors',
  title: 'Requests with no key and with a wrong key',
  cost: () => 3,
  async run(io) {
    const json = base(io.ctx);
    await io.wire(post('no-key', { json, auth: 'none' }));
    await io.wire(post('invalid-key', { json, auth: 'invalid' }));
    await io.sdk('sdk', (c) => c.chat.completions.create(json as never), { auth: 'invalid' });
  },
};

const unknownModel: Probe = {
  id: E.unknownModel,
  feature: 'errors',
  title: 'A chat request naming a model that does not exist',
  cost: () => 2,
  async run(io) {
    const json = { ...base(io.ctx), model: UNKNOWN_MODEL };
    await io.wire(post('chat', { json }));
    await io.sdk('sdk', (c) => c.chat.completions.create(json as never));
  },
};

const invalid: Probe = {
  id: E.invalid,
  feature: 'errors',
  title: 'Invalid chat requests, one fault each',
  cost: () => CASES.length + 2,
  async run(io) {
    for (const c of CASES) {
      if (c.rawBody !== undefined) await io.wire(post(c.label, { rawBody: c.rawBody, headers: { 'content-type': 'application/json' } }));
      else await io.wire(post(c.label, { json: c.body!(io.ctx) }));
    }
    await io.wire(post(STREAM_CASE, { json: { ...base(io.ctx), temperature: 3, stream: true }, stream: true }));
    await io.sdk('sdk', (c) => c.chat.completions.create({ ...base(io.ctx), temperature: 3 } as never));
  },
};

export const probes: Probe[] = [auth, unknownModel, invalid];
