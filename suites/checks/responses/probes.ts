// The Responses API probe: one sequential conversation, so later requests can use what earlier ones returned
// (the response id, the tool calls). Every variant sends the control's prompt where it can, so `create` (the same
// request without the variation) is its control. The SDK carries the requests whose SDK view is graded too:
// its exchanges are recorded like wire ones, so one request feeds both the raw checks and the SDK checks.
// When `create` is answered 404 the target has no Responses API: the probe stops there (the checks then skip
// when chat works).
import type { Probe, RunContext } from '../../engine/types.ts';
import type { Source } from '../internal/read.ts';
import { isObject } from '../internal/read.ts';

export const R = { basic: 'responses.basic' } as const;

export const L = {
  create: 'create', // SDK responses.create: the control
  stream: 'stream', // SDK responses.stream().finalResponse(): the same request streamed
  incomplete: 'incomplete', // + max_output_tokens 16
  structured: 'structured', // + text.format json_schema strict, through the SDK's parse helper
  tools: 'tools', // a function tool and a two-part question (parallel calls)
  toolOutputs: 'tool-outputs', // the calls and their function_call_output items sent back
  continued: 'continue', // previous_response_id = create's id
  retrieve: 'retrieve', // GET /responses/{id}
  inputItems: 'input-items', // GET /responses/{id}/input_items
  del: 'delete', // DELETE /responses/{id}
  deleted: 'after-delete', // GET /responses/{id} again: 404
  unknownPrevious: 'unknown-previous', // previous_response_id that was never issued
  invalid: 'invalid', // max_output_tokens 10, below the spec's minimum of 16
} as const;

export const at = (label: string): Source => ({ probe: R.basic, label });
export const CREATE = at(L.create);

/** long enough an answer that 16 tokens cut it, on real models and on the mock (which echoes it) */
export const PROMPT = 'Count from 1 to 40, separated by commas, with nothing else.';
export const INSTRUCTIONS = 'You are a careful assistant.';
export const METADATA = { conform: 'responses' };
export const CAP = 16; // the spec's minimum max_output_tokens
export const BELOW_MIN = 10;
export const FOLLOW_UP = 'Now count back down to 1.';
export const TOOL_PROMPT = 'What is the weather in Paris and in London?';
export const TOOL_RESULT = '{"temperature_c": 21, "sky": "sunny"}';
export const UNKNOWN_ID = 'resp_conform0000000000000000000000unknown';

export const WEATHER = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Current weather in a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string', description: 'City name' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

export const NUMBERS_SCHEMA = {
  type: 'object',
  properties: { numbers: { type: 'array', items: { type: 'integer' } } },
  required: ['numbers'],
  additionalProperties: false,
};
export const FORMAT = { type: 'json_schema' as const, name: 'numbers', schema: NUMBERS_SCHEMA, strict: true };

export const baseRequest = (ctx: RunContext) => ({
  model: ctx.model,
  input: PROMPT,
  instructions: INSTRUCTIONS,
  metadata: METADATA,
});

const post = (label: string, json: unknown) => ({ label, method: 'POST' as const, path: '/responses', json });
const get = (label: string, path: string) => ({ label, method: 'GET' as const, path });

/** the id and function_call items of an SDK value, when it is a Response */
function idOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}
function callsOf(value: unknown): Record<string, unknown>[] {
  const output = isObject(value) && Array.isArray(value.output) ? value.output : [];
  return output.filter((i): i is Record<string, unknown> => isObject(i) && i.type === 'function_call');
}

const COST = 13;

const basic: Probe = {
  id: R.basic,
  feature: 'responses',
  title: 'Responses API: create, stream, limits, tools, structured output, state, errors',
  cost: () => COST,
  async run(io) {
    const ctx = io.ctx;
    const base = baseRequest(ctx);
    // the SDK types want literal unions; the requests are plain JSON the SDK passes through
    const created = await io.sdk(L.create, (c) => c.responses.create(base as never));
    if (!created.ok && created.error?.status === 404) {
      io.note('POST /responses answered 404: the remaining Responses requests were not sent');
      return;
    }
    await io.sdk(L.stream, (c) => c.responses.stream(base as never).finalResponse());
    await io.wire(post(L.incomplete, { ...base, max_output_tokens: CAP }));
    // output_parsed is a getter: copied to a plain field so the recorded value keeps it
    await io.sdk(L.structured, (c) =>
      c.responses
        .parse({ ...base, text: { format: FORMAT } } as never)
        .then((r) => ({ ...r, output_parsed: r.output_parsed })),
    );
    const tools = await io.sdk(L.tools, (c) =>
      c.responses.create({ model: ctx.model, input: TOOL_PROMPT, tools: [WEATHER] } as never),
    );
    const calls = callsOf(tools.value);
    await io.sdk(L.toolOutputs, (c) =>
      c.responses.create({
        model: ctx.model,
        tools: [WEATHER],
        input: [
          { role: 'user', content: TOOL_PROMPT },
          ...calls.map(({ parsed_arguments: _p, ...call }) => call),
          ...calls.map((call) => ({ type: 'function_call_output', call_id: call.call_id, output: TOOL_RESULT })),
        ],
      } as never),
    );
    const id = idOf(created.value) ?? UNKNOWN_ID;
    await io.wire(post(L.continued, { model: ctx.model, input: FOLLOW_UP, previous_response_id: id }));
    await io.wire(get(L.retrieve, `/responses/${id}`));
    await io.wire(get(L.inputItems, `/responses/${id}/input_items`));
    await io.wire({ label: L.del, method: 'DELETE', path: `/responses/${id}` });
    await io.wire(get(L.deleted, `/responses/${id}`));
    await io.wire(post(L.unknownPrevious, { model: ctx.model, input: FOLLOW_UP, previous_response_id: UNKNOWN_ID }));
    await io.wire(post(L.invalid, { ...base, max_output_tokens: BELOW_MIN }));
  },
};

export const probes: Probe[] = [basic];
