// The chat probes. Prompts are chosen to work on real models and on the bundled mock, whose reply starts by
// echoing the first eight words of the last user message, or of trailing tool results (mock/core/generate/reply-text.ts).
// Every variant of the plain request (n, stop, logprobs, penalties, token caps) sends the control's prompt, so the
// control is the same request without the variation, and its answer shows what the variation changed.
import type { Probe, RunContext } from '../../engine/types.ts';
import type { Source } from '../internal/read.ts';

export const P = {
  basic: 'chat.basic',
  multiTurn: 'chat.multi-turn',
  maxTokens: 'chat.max-tokens',
  stop: 'chat.stop',
  n: 'chat.n',
  seed: 'chat.seed',
  penalties: 'chat.penalties',
  logprobs: 'chat.logprobs',
  realistic: 'chat.realistic',
} as const;

/** the control of the chat variants: the plain request each of them adds one thing to (n, logprobs, stop…) */
export const CONTROL: Source = { probe: P.basic, label: 'nonstream' };

/** the control's prompt: its answer is bound to contain the stop sequence and to run past the token cap */
export const PROMPT = '1, 2, 3, 4, 5, 6: repeat this list exactly, with nothing else.';

/** every chat probe whose 2xx answers the shared shape checks grade */
export const CHAT_PROBES: string[] = Object.values(P);

export const LIMIT = 5; // max_tokens / max_completion_tokens of the length probe
export const TOP_LOGPROBS = 2;
export const N = 2;
export const STOP = '4';
/** what an answer to PROMPT reaches before the stop sequence, and what only an unstopped answer reaches */
export const BEFORE_STOP = '3';
export const AFTER_STOP = /\b[56]\b/;

/**
 * Text real apps send: a double quote, a backslash, a newline, a tab, accented letters (2 UTF-8 bytes), CJK
 * (3 bytes) and an emoji outside the BMP (4 bytes, a surrogate pair in JSON). Eight words, so the mock echoes it
 * whole; a real model is asked to repeat it.
 */
export const PHRASE = 'Zoë says "sunny" in C:\\Paris\n東京:\t🌍 café';

/**
 * The seeded request that chat.seed sends twice and streaming.basic streams (their answers must agree).
 * Probes other than the length probe send no token cap and no temperature: reasoning models reject
 * max_tokens and any temperature but 1, which would leave every chat check untestable there.
 */
export function seededRequest(ctx: RunContext) {
  return {
    model: ctx.model,
    messages: [{ role: 'user', content: 'Name three colours of the rainbow, in one short sentence.' }],
    seed: ctx.seed,
  };
}

const user = (content: string) => [{ role: 'user', content }];
const post = (label: string, json: unknown) => ({ label, method: 'POST' as const, path: '/chat/completions', json });

export const TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather of a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

/** a conversation after a tool call: the assistant turn with tool_calls and content null, then the tool's result */
function toolConversation(model: string, question: string, result: string) {
  return {
    model,
    tools: [TOOL],
    tool_choice: 'none',
    messages: [
      ...user(question),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_conform1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_conform1', content: result },
    ],
  };
}

const basic: Probe = {
  id: P.basic,
  feature: 'chat',
  title: 'A minimal chat completion, on the wire and through the SDK',
  cost: () => 2,
  async run(io) {
    const body = { model: io.ctx.model, messages: user(PROMPT) };
    await io.wire(post('nonstream', body));
    await io.sdk('sdk', async (c) => {
      const r = await c.chat.completions.create(body as never);
      return { ...r, _request_id: (r as { _request_id?: string | null })._request_id ?? null };
    });
  },
};

const multiTurn: Probe = {
  id: P.multiTurn,
  feature: 'chat',
  title: 'Conversations with system, developer, assistant and tool messages',
  cost: () => 3,
  async run(io) {
    const m = io.ctx.model;
    await io.wire(
      post('system', {
        model: m,
        messages: [
          { role: 'system', content: 'You are a terse assistant.' },
          { role: 'user', content: 'My name is Ada.' },
          { role: 'assistant', content: 'Hello Ada.' },
          { role: 'user', content: 'What is my name? Answer in one word.' },
        ],
      }),
    );
    await io.wire(
      post('developer', {
        model: m,
        messages: [{ role: 'developer', content: 'Answer in one short sentence.' }, ...user('What colour is the sky?')],
      }),
    );
    // plain text without quotes, the control of chat.realistic: a server that breaks on a double quote fails there
    await io.wire(
      post('tool-history', toolConversation(m, 'What is the weather in Paris?', 'Paris: sunny, 21 degrees Celsius.')),
    );
  },
};

const maxTokens: Probe = {
  id: P.maxTokens,
  feature: 'chat',
  title: `max_tokens and max_completion_tokens of ${LIMIT} on the control's prompt (its answer runs past ${LIMIT} tokens)`,
  cost: () => 2,
  async run(io) {
    const messages = user(PROMPT);
    await io.wire(post('max_tokens', { model: io.ctx.model, messages, max_tokens: LIMIT }));
    await io.wire(post('max_completion_tokens', { model: io.ctx.model, messages, max_completion_tokens: LIMIT }));
  },
};

const stop: Probe = {
  id: P.stop,
  feature: 'chat',
  title: `A stop sequence ("${STOP}") on the control's prompt, whose answer reaches it`,
  cost: () => 1,
  async run(io) {
    await io.wire(post('stop', { model: io.ctx.model, messages: user(PROMPT), stop: [STOP] }));
  },
};

const n: Probe = {
  id: P.n,
  feature: 'chat',
  title: `n = ${N} choices`,
  cost: () => 1,
  async run(io) {
    await io.wire(post('n', { model: io.ctx.model, messages: user(PROMPT), n: N }));
  },
};

const seed: Probe = {
  id: P.seed,
  feature: 'chat',
  title: 'The same seeded request twice',
  repeatable: true,
  cost: () => 2,
  async run(io) {
    await io.wire(post('first', seededRequest(io.ctx)));
    await io.wire(post('second', seededRequest(io.ctx)));
  },
};

const penalties: Probe = {
  id: P.penalties,
  feature: 'chat',
  title: 'presence_penalty and frequency_penalty',
  cost: () => 1,
  async run(io) {
    await io.wire(
      post('penalties', { model: io.ctx.model, messages: user(PROMPT), presence_penalty: 0.5, frequency_penalty: 0.5 }),
    );
  },
};

const logprobs: Probe = {
  id: P.logprobs,
  feature: 'chat',
  title: `logprobs with top_logprobs = ${TOP_LOGPROBS}`,
  cost: () => 1,
  async run(io) {
    await io.wire(
      post('logprobs', { model: io.ctx.model, messages: user(PROMPT), logprobs: true, top_logprobs: TOP_LOGPROBS }),
    );
  },
};

/** the tool conversation of chat.multi-turn "tool-history" (its control) with PHRASE in the question and the result */
export function realisticRequest(model: string) {
  return toolConversation(
    model,
    `Repeat the weather report for Paris exactly as the tool returned it, with nothing else. It reads: ${PHRASE}`,
    PHRASE,
  );
}

const realistic: Probe = {
  id: P.realistic,
  feature: 'chat',
  title:
    'Quotes, a backslash, a newline, a tab, accents, CJK and an astral emoji in a message and a tool result, plain and streamed',
  repeatable: true, // whether a real model repeats the phrase varies from try to try
  cost: () => 2,
  async run(io) {
    const json = realisticRequest(io.ctx.model);
    await io.wire(post('nonstream', json));
    await io.wire({ ...post('stream', { ...json, stream: true }), stream: true });
  },
};

export const probes: Probe[] = [basic, multiTurn, maxTokens, stop, n, seed, penalties, logprobs, realistic];
