// The error probes: no key and a made-up key, an unknown model, and a bundle of invalid requests. Each is the
// chat control (CONTROL, chat.basic "nonstream") with one thing broken, so the control is its valid twin: a refusal
// counts only when the control was accepted. Where openai-node sends the very request a wire probe would, the SDK
// call alone is sent (its exchange is recorded too): one request gives the status and the class an app catches.
import type { Probe, RunContext } from '../../engine/types.ts';
import { PROMPT } from '../chat/probes.ts';

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
  /** words an error about this fault names (attribution of a 4xx other than 400/422/501) */
  names: string[];
  divergences?: number[]; // Part B entries besides 30 (bad input answered 200 or 5xx)
  /** sent through openai-node instead of the wire: errors.sdk-message reads what the SDK made of it */
  viaSdk?: boolean;
  body?: (ctx: RunContext) => Record<string, unknown>;
  rawBody?: (ctx: RunContext) => string;
}

// the control's request: no token cap, since reasoning models reject max_tokens, which would mask each fault
const base = (ctx: RunContext) => ({ model: ctx.model, messages: [{ role: 'user', content: PROMPT }] });

export const CASES: BadCase[] = [
  {
    label: 'temperature-range',
    id: 'errors.rejects-temperature-range',
    title: 'temperature 3 (the range is 0..2)',
    param: 'temperature',
    names: ['temperature'],
    viaSdk: true,
    body: (c) => ({ ...base(c), temperature: 3 }),
  },
  {
    label: 'max-tokens-decimal',
    id: 'errors.rejects-decimal-max-tokens',
    title: 'max_tokens 1.5 (an integer is required)',
    param: 'max_tokens',
    names: ['max_tokens'],
    body: (c) => ({ ...base(c), max_tokens: 1.5 }),
  },
  {
    label: 'max-tokens-string',
    id: 'errors.rejects-string-max-tokens',
    title: 'max_tokens "ten" (an integer is required)',
    param: 'max_tokens',
    names: ['max_tokens'],
    body: (c) => ({ ...base(c), max_tokens: 'ten' }),
  },
  {
    label: 'missing-messages',
    id: 'errors.rejects-missing-messages',
    title: 'no messages (a required field)',
    param: 'messages',
    names: ['messages'],
    body: (c) => ({ model: c.model }),
  },
  {
    label: 'too-many-stop',
    id: 'errors.rejects-too-many-stop',
    title: 'five stop sequences (at most 4)',
    param: 'stop',
    names: ['stop'],
    body: (c) => ({ ...base(c), stop: ['a', 'b', 'c', 'd', 'e'] }),
  },
  {
    label: 'bad-role',
    id: 'errors.rejects-unknown-role',
    title: 'a message with role "wizard"',
    param: 'messages',
    names: ['role', 'messages', 'wizard'],
    body: (c) => ({ ...base(c), messages: base(c).messages.map((m) => ({ ...m, role: 'wizard' })) }),
  },
  // no schema limit, but every model has an output cap: OpenAI answers 400 "max_tokens is too large"
  {
    label: 'max-tokens-huge',
    id: 'errors.rejects-huge-max-tokens',
    title: "max_tokens 1000000000 (beyond any model's output limit)",
    param: 'max_tokens',
    names: ['max_tokens'],
    divergences: [41],
    body: (c) => ({ ...base(c), max_tokens: 1_000_000_000 }),
  },
  // the control's own body, cut before its closing brackets
  {
    label: 'malformed-json',
    id: 'errors.rejects-malformed-json',
    title: 'a body that is not valid JSON',
    param: null,
    names: ['json', 'parse', 'body'],
    rawBody: (c) => JSON.stringify(base(c)).slice(0, -3),
  },
];

/** a streamed request with invalid input: should be refused before any event is sent */
export const STREAM_CASE = 'stream-bad-input';
/** the labels of the SDK calls: the exchange of each has the label of the wire request it stands for */
export const SDK_CALLS = { invalid: 'temperature-range', unknownModel: 'chat', auth: 'invalid-key' } as const;

const post = (label: string, extra: object) => ({
  label,
  method: 'POST' as const,
  path: '/chat/completions',
  ...extra,
});

const auth: Probe = {
  id: E.auth,
  feature: 'errors',
  title: 'The control request with no key, and with a made-up key (through openai-node)',
  cost: () => 2,
  async run(io) {
    const json = base(io.ctx);
    await io.wire(post('no-key', { json, auth: 'none' }));
    await io.sdk(SDK_CALLS.auth, (c) => c.chat.completions.create(json as never), { auth: 'invalid' });
  },
};

const unknownModel: Probe = {
  id: E.unknownModel,
  feature: 'errors',
  title: 'The control request naming a model that does not exist (through openai-node)',
  cost: () => 1,
  async run(io) {
    const json = { ...base(io.ctx), model: UNKNOWN_MODEL };
    await io.sdk(SDK_CALLS.unknownModel, (c) => c.chat.completions.create(json as never));
  },
};

const invalid: Probe = {
  id: E.invalid,
  feature: 'errors',
  title: 'The control request with one fault each, and streamed with temperature 3',
  cost: () => CASES.length + 1,
  async run(io) {
    for (const c of CASES) {
      if (c.rawBody)
        await io.wire(post(c.label, { rawBody: c.rawBody(io.ctx), headers: { 'content-type': 'application/json' } }));
      else if (c.viaSdk) await io.sdk(c.label, (client) => client.chat.completions.create(c.body!(io.ctx) as never));
      else await io.wire(post(c.label, { json: c.body!(io.ctx) }));
    }
    await io.wire(post(STREAM_CASE, { json: { ...base(io.ctx), temperature: 3, stream: true }, stream: true }));
  },
};

export const probes: Probe[] = [auth, unknownModel, invalid];
