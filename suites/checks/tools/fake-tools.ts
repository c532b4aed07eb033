// Good tools transcripts for the unit tests, built so each test can break exactly one thing.
import type { TranscriptSet } from '../../engine/types.ts';
import { foreignHistory, OPENAI_STYLE_CALL_ID, TOOL_RESULT, TWO_CITIES, userAsks } from './fixtures.ts';
import { chunk, completion, jsonExchange, sseExchange, transcript, transcripts } from '../internal/fake-transcripts.ts';

export const call = (id: string, name: string, args: unknown, extra: Record<string, unknown> = {}) => ({ id, type: 'function', function: { name, arguments: args }, ...extra });

export const TWO_CALLS = [call('call_a', 'get_weather', '{"city":"Paris"}'), call('call_b', 'get_weather', '{"city":"Tokyo"}')];

export function goodStream(): unknown[] {
  return [
    chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
    chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
    chunk({ tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
    chunk({ tool_calls: [{ index: 1, function: { arguments: '{"city":"Tokyo"}' } }] }),
    chunk({}, 'tool_calls'),
  ];
}

/** the second request of tools.round-trip, as the probe builds it from the first answer (or a synthesised call) */
function roundTripRequest(first: unknown) {
  const message = (first as { choices?: Array<{ message?: Record<string, unknown> }> }).choices?.[0]?.message;
  const assistant = Array.isArray(message?.tool_calls) && message.tool_calls.length ? message : foreignHistory('call_synthesised00000000000')[1];
  const results = (assistant.tool_calls as Array<{ id: string }>).map((c) => ({ role: 'tool', tool_call_id: c.id, content: TOOL_RESULT('Paris') }));
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
  stream?: unknown[];
}

export function goodTools(o: ToolsOverrides = {}): TranscriptSet {
  const calls = completion({ tool_calls: TWO_CALLS }, 'tool_calls');
  const text = completion({ content: 'Paris is 18°C and clear; Tokyo is 18°C and clear.' });
  return transcripts(
    transcript('chat.basic', [jsonExchange('nonstream', completion({ content: 'Hello, conformance suite, nice to meet you.' }))]),
    transcript('tools.auto', [jsonExchange('auto', o.auto ?? calls)]),
    transcript('tools.choice', [
      jsonExchange('none', o.none ?? completion({ content: 'I cannot check the weather right now.' })),
      jsonExchange('required', o.required ?? completion({ tool_calls: [call('call_c', 'get_time', '{}')] }, 'tool_calls')),
      jsonExchange('named', o.named ?? completion({ tool_calls: [call('call_d', 'get_time', '{}')] }, 'stop')),
      jsonExchange('no-parallel', o.noParallel ?? completion({ tool_calls: [TWO_CALLS[0]] }, 'tool_calls')),
    ]),
    transcript('tools.round-trip', [jsonExchange('call', o.call ?? calls), jsonExchange('result', o.result?.body ?? text, o.result?.status ?? 200, {}, roundTripRequest(o.call ?? calls))]),
    transcript('tools.foreign-call-id', [jsonExchange('foreign-id', o.foreign?.body ?? text, o.foreign?.status ?? 200, {}, { messages: foreignHistory(OPENAI_STYLE_CALL_ID) })]),
    transcript('tools.stream', [sseExchange('stream', o.stream ?? goodStream())]),
    transcript('tools.sdk-stream', [], [{ label: 'sdk-stream', sdkVersion: 'openai-node 6.49.0', ok: true, value: calls }]),
  );
}
