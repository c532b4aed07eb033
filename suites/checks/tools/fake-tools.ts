// Good tools transcripts for the unit tests, built so each test can break exactly one thing.
import type { TranscriptSet } from '../../engine/types.ts';
import { foreignHistory, OPENAI_STYLE_CALL_ID, TOOL_RESULT, TWO_CITIES, userAsks } from './fixtures.ts';
import { chatAnswer, chatChunk, type FrameSpec, jsonEx, set, sseEx, tr } from '../internal/fixtures.ts';

export const call = (id: string, name: string, args: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'function',
  function: { name, arguments: args },
  ...extra,
});

export const TWO_CALLS = [
  call('call_a', 'get_weather', '{"city":"Paris"}'),
  call('call_b', 'get_weather', '{"city":"Tokyo"}'),
];

export function goodStream(): FrameSpec[] {
  return [
    chatChunk({
      role: 'assistant',
      content: null,
      tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }],
    }),
    chatChunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
    chatChunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
    chatChunk({
      tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_weather', arguments: '' } }],
    }),
    chatChunk({ tool_calls: [{ index: 1, function: { arguments: '{"city":"Tokyo"}' } }] }),
    chatChunk({}, 'tool_calls'),
  ];
}

/** the second request of tools.round-trip, as the probe builds it from the first answer (or a synthesised call) */
function roundTripRequest(first: unknown) {
  const message = (first as { choices?: Array<{ message?: Record<string, unknown> }> }).choices?.[0]?.message;
  const assistant =
    Array.isArray(message?.tool_calls) && message.tool_calls.length
      ? message
      : foreignHistory('call_synthesised00000000000')[1];
  const results = (assistant.tool_calls as Array<{ id: string }>).map((c) => ({
    role: 'tool',
    tool_call_id: c.id,
    content: TOOL_RESULT('Paris'),
  }));
  return { messages: [...userAsks(TWO_CITIES), assistant, ...results] };
}

export interface ToolsOverrides {
  auto?: unknown;
  none?: unknown;
  required?: unknown;
  named?: unknown;
  noParallel?: unknown;
  call?: unknown;
  result?: { body: unknown; status?: number };
  foreign?: { body: unknown; status?: number };
  stream?: FrameSpec[];
}

export function goodTools(o: ToolsOverrides = {}): TranscriptSet {
  const calls = chatAnswer({ tool_calls: TWO_CALLS }, 'tool_calls');
  const text = chatAnswer({ content: 'Paris is 18°C and clear; Tokyo is 18°C and clear.' });
  return set(
    tr('chat.basic', [jsonEx('nonstream', chatAnswer({ content: 'Hello, conformance suite, nice to meet you.' }))]),
    tr('tools.auto', [jsonEx('auto', o.auto ?? calls)]),
    tr('tools.choice', [
      jsonEx('none', o.none ?? chatAnswer({ content: 'I cannot check the weather right now.' })),
      jsonEx('required', o.required ?? chatAnswer({ tool_calls: [call('call_c', 'get_time', '{}')] }, 'tool_calls')),
      jsonEx('named', o.named ?? chatAnswer({ tool_calls: [call('call_d', 'get_time', '{}')] }, 'stop')),
      jsonEx('no-parallel', o.noParallel ?? chatAnswer({ tool_calls: [TWO_CALLS[0]] }, 'tool_calls')),
    ]),
    tr('tools.round-trip', [
      jsonEx('call', o.call ?? calls),
      jsonEx('result', o.result?.body ?? text, {
        status: o.result?.status ?? 200,
        requestBody: roundTripRequest(o.call ?? calls),
      }),
    ]),
    tr('tools.foreign-call-id', [
      jsonEx('foreign-id', o.foreign?.body ?? text, {
        status: o.foreign?.status ?? 200,
        requestBody: { messages: foreignHistory(OPENAI_STYLE_CALL_ID) },
      }),
    ]),
    tr('tools.stream', [sseEx('stream', o.stream ?? goodStream())]),
    tr('tools.sdk-stream', [], [{ label: 'sdk-stream', sdkVersion: 'openai-node 6.49.0', ok: true, value: calls }]),
  );
}
