// Canonical good bodies for the quirk tests, written by hand from reference A2 (responses) and A3 (streams).
import type { JsonObject } from '../types.ts';

const envelope = { id: 'chatcmpl-abc123', created: 1_750_000_000, model: 'mock-chat', system_fingerprint: null };

export function chatCompletion(content = 'Hello there.'): JsonObject {
  return {
    ...envelope,
    object: 'chat.completion',
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' },
    ],
    usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
  };
}

export interface ToolCallFixture {
  id: string;
  name: string;
  /** argument fragments, in stream order; joined they are the JSON arguments */
  fragments: string[];
}

export const twoCalls: ToolCallFixture[] = [
  { id: 'call_a1', name: 'get_weather', fragments: ['{"ci', 'ty":"Pa', 'ris"}'] },
  { id: 'call_b2', name: 'get_time', fragments: ['{"zone":', '"CET"}'] },
];

export function toolCallCompletion(calls: ToolCallFixture[] = twoCalls): JsonObject {
  const body = chatCompletion();
  body.choices[0].message = {
    role: 'assistant',
    content: null,
    refusal: null,
    tool_calls: calls.map((c) => ({
      id: c.id,
      type: 'function',
      function: { name: c.name, arguments: c.fragments.join('') },
    })),
  };
  body.choices[0].finish_reason = 'tool_calls';
  return body;
}

function chunk(delta: JsonObject, finish: string | null = null, usage?: boolean): JsonObject {
  return {
    ...envelope,
    object: 'chat.completion.chunk',
    ...(usage ? { usage: null } : {}),
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  };
}

function usageChunk(): JsonObject {
  return {
    ...envelope,
    object: 'chat.completion.chunk',
    choices: [],
    usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
  };
}

export function textStream(pieces: string[] = ['Hello', ' there', '.'], includeUsage = false): JsonObject[] {
  return [
    chunk({ role: 'assistant', content: '', refusal: null }, null, includeUsage),
    ...pieces.map((p) => chunk({ content: p }, null, includeUsage)),
    chunk({}, 'stop', includeUsage),
    ...(includeUsage ? [usageChunk()] : []),
  ];
}

export function toolStream(calls: ToolCallFixture[] = twoCalls): JsonObject[] {
  const out: JsonObject[] = [];
  calls.forEach((c, index) => {
    const head = { index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } };
    out.push(chunk(index === 0 ? { role: 'assistant', content: null, tool_calls: [head] } : { tool_calls: [head] }));
    for (const f of c.fragments) out.push(chunk({ tool_calls: [{ index, function: { arguments: f } }] }));
  });
  out.push(chunk({}, 'tool_calls'));
  return out;
}

export function framesOf(chunks: JsonObject[]): string[] {
  return [...chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`), 'data: [DONE]\n\n'];
}

export function apiErrorBody(message = "Invalid value for 'temperature': expected a number.") {
  return { error: { message, type: 'invalid_request_error', param: 'temperature', code: 'invalid_value' } };
}

export async function collect(frames: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const f of frames) out.push(f);
  return out;
}
