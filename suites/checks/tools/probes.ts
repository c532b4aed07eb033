// The tools probes: 10 requests in all. Every tool-calling request offers get_weather and get_time.
import type { Probe, ProbeIO } from '../../engine/types.ts';
import { isObject, jsonValue } from '../internal/read.ts';
import { foreignHistory, OPENAI_STYLE_CALL_ID, TOOL_RESULT, TOOLS, TWO_CITIES, userAsks } from './fixtures.ts';

const post = (io: ProbeIO, label: string, body: Record<string, unknown>, stream = false) =>
  io.wire({ label, method: 'POST', path: '/chat/completions', json: { model: io.ctx.model, ...body }, stream });

export const autoProbe: Probe = {
  id: 'tools.auto',
  feature: 'tools',
  title: 'Two cities with tool_choice "auto": one call per city',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await post(io, 'auto', { messages: userAsks(TWO_CITIES), tools: TOOLS, tool_choice: 'auto' });
  },
};

export const choiceProbe: Probe = {
  id: 'tools.choice',
  feature: 'tools',
  title: 'tool_choice "none", "required", a named function, and parallel_tool_calls false',
  cost: () => 4,
  repeatable: true,
  async run(io) {
    const messages = userAsks(TWO_CITIES);
    await post(io, 'none', { messages, tools: TOOLS, tool_choice: 'none' });
    await post(io, 'required', {
      messages: userAsks('Hello! How are you today?'),
      tools: TOOLS,
      tool_choice: 'required',
    });
    await post(io, 'named', {
      messages,
      tools: TOOLS,
      tool_choice: { type: 'function', function: { name: 'get_time' } },
    });
    await post(io, 'no-parallel', { messages, tools: TOOLS, tool_choice: 'auto', parallel_tool_calls: false });
  },
};

export const roundTripProbe: Probe = {
  id: 'tools.round-trip',
  feature: 'tools',
  title: 'Tool-result round trip: the calls echoed back verbatim, one tool message per call, then a text answer',
  cost: () => 2,
  repeatable: true,
  async run(io) {
    const messages = userAsks(TWO_CITIES);
    const first = await post(io, 'call', { messages, tools: TOOLS, tool_choice: 'required' });
    const body = first.response ? jsonValue(first.response.body) : undefined;
    const message = (body as { choices?: Array<{ message?: unknown }> } | undefined)?.choices?.[0]?.message;
    let assistant: Record<string, unknown>;
    if (isObject(message) && Array.isArray(message.tool_calls) && message.tool_calls.length > 0) {
      // verbatim, unknown fields included: some servers need their extras back (reference B2)
      assistant = message;
    } else {
      io.note('the first request made no tool call: the round trip continues with a synthesised call');
      assistant = foreignHistory('call_synthesised00000000000')[1];
    }
    const calls = (assistant.tool_calls as Array<{ id?: unknown; function?: { arguments?: unknown } }>) ?? [];
    const results = calls.map((c, i) => ({
      role: 'tool',
      tool_call_id: typeof c.id === 'string' ? c.id : `call_missing_${i}`,
      content: TOOL_RESULT(cityOf(c.function?.arguments)),
    }));
    await post(io, 'result', { messages: [...messages, assistant, ...results], tools: TOOLS, tool_choice: 'auto' });
  },
};

export const foreignIdProbe: Probe = {
  id: 'tools.foreign-call-id',
  feature: 'tools',
  title: 'A history whose tool_call_id has OpenAI\'s "call_…" format',
  cost: () => 1,
  async run(io) {
    await post(io, 'foreign-id', { messages: foreignHistory(OPENAI_STYLE_CALL_ID), tools: TOOLS });
  },
};

export const streamProbe: Probe = {
  id: 'tools.stream',
  feature: 'tools',
  title: 'Two cities, streamed: tool-call deltas',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await post(io, 'stream', { messages: userAsks(TWO_CITIES), tools: TOOLS, tool_choice: 'auto', stream: true }, true);
  },
};

export const sdkStreamProbe: Probe = {
  id: 'tools.sdk-stream',
  feature: 'tools',
  title: 'openai-node chat.completions.stream() accumulates the streamed calls',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await io.sdk('sdk-stream', (client) =>
      client.chat.completions
        .stream({
          model: io.ctx.model,
          messages: [{ role: 'user', content: TWO_CITIES }],
          tools: [...TOOLS] as never,
          tool_choice: 'auto',
        })
        .finalChatCompletion(),
    );
  },
};

export const probes: Probe[] = [autoProbe, choiceProbe, roundTripProbe, foreignIdProbe, streamProbe, sdkStreamProbe];

function cityOf(args: unknown): string {
  const parsed = typeof args === 'string' ? jsonValue(args) : args;
  return isObject(parsed) && typeof parsed.city === 'string' ? parsed.city : 'Paris';
}
