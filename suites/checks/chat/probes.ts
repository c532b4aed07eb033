// The chat probes. Prompts are chosen to work on real models and on the bundled mock, whose reply starts by
// echoing the first eight words of the last user message (mock/core/generate/reply-text.ts).
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
} as const;

/** the control of the chat variants: the plain request each of them adds one thing to (n, logprobs, stop…) */
export const CONTROL: Source = { probe: P.basic, label: 'nonstream' };
export const CONTROL_PROMPT = 'Say hello to the conformance suite in five words.';

/** every chat probe whose 2xx answers the shared shape checks grade */
export const CHAT_PROBES: string[] = Object.values(P);

export const LIMIT = 5; // max_tokens / max_completion_tokens of the length probe
export const TOP_LOGPROBS = 2;
export const N = 2;
export const STOP = '4';

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
  function: { name: 'get_weather', description: 'Current weather of a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};

const basic: Probe = {
  id: P.basic,
  feature: 'chat',
  title: 'A minimal chat completion, on the wire and through the SDK',
  cost: () => 2,
  async run(io) {
    const body = { model: io.ctx.model, messages: user(CONTROL_PROMPT) };
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
    await io.wire(post('developer', { model: m, messages: [{ role: 'developer', content: 'Answer in one short sentence.' }, ...user('What colour is the sky?')] }));
    await io.wire(
      post('tool-history', {
        model: m,
        tools: [TOOL],
        tool_choice: 'none',
        messages: [
          ...user('What is the weather in Paris?'),
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_conform1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
          { role: 'tool', tool_call_id: 'call_conform1', content: '{"city":"Paris","sky":"sunny","celsius":21}' },
        ],
      }),
    );
  },
};

const maxTokens: Probe = {
  id: P.maxTokens,
  feature: 'chat',
  title: `max_tokens and max_completion_tokens of ${LIMIT} on a prompt that wants a long answer`,
  cost: () => 2,
  async run(io) {
    const messages = user('Write a long story about a lighthouse keeper and a storm, at least three paragraphs.');
    await io.wire(post('max_tokens', { model: io.ctx.model, messages, max_tokens: LIMIT }));
    await io.wire(post('max_completion_tokens', { model: io.ctx.model, messages, max_completion_tokens: LIMIT }));
  },
};

const stop: Probe = {
  id: P.stop,
  feature: 'chat',
  title: `A stop sequence ("${STOP}") the answer is bound to reach`,
  cost: () => 1,
  async run(io) {
    // the list comes first so the mock's echo holds it; a real model repeats it
    const messages = user('1, 2, 3, 4, 5, 6: repeat this list exactly, with nothing else.');
    await io.wire(post('stop', { model: io.ctx.model, messages, stop: [STOP] }));
  },
};

const n: Probe = {
  id: P.n,
  feature: 'chat',
  title: `n = ${N} choices`,
  cost: () => 1,
  async run(io) {
    await io.wire(post('n', { model: io.ctx.model, messages: user('Suggest a name for a cat.'), n: N }));
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
    await io.wire(post('penalties', { model: io.ctx.model, messages: user('List four fruits.'), presence_penalty: 0.5, frequency_penalty: 0.5 }));
  },
};

const logprobs: Probe = {
  id: P.logprobs,
  feature: 'chat',
  title: `logprobs with top_logprobs = ${TOP_LOGPROBS}`,
  cost: () => 1,
  async run(io) {
    await io.wire(post('logprobs', { model: io.ctx.model, messages: user('Say yes or no.'), logprobs: true, top_logprobs: TOP_LOGPROBS }));
  },
};

export const probes: Probe[] = [basic, multiTurn, maxTokens, stop, n, seed, penalties, logprobs];
