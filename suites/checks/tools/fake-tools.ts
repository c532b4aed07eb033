// Good tools transcripts for the unit tests, built so each test can break exactly one thing.
import type { TranscriptSet } from '../../engine/types.ts';
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
    transcript('tools.auto', [jsonExchange('auto', o.auto ?? calls)]),
    transcript('tools.choice', [
      jsonExchange('none', o.none ?? completion({ content: 'I cannot check the weather right now.' })),
      jsonExchange('required', o.required ?? completion({ tool_calls: [call('call_c', 'get_time', '{}')] }, 'tool_calls')),
      jsonExchange('named', o.named ?? completion({ tool_calls: [call('call_d', 'get_time', '{}')] }, 'stop')),
      jsonExchange('no-parallel', o.noParallel ?? completion({ tool_calls: [TWO_CALLS[0]] }, 'tool_calls')),
    ]),
    transcript('tools.round-trip', [jsonExchange('call', o.call ?? calls), jsonExchange('result', o.result?.body ?? text, o.result?.status ?? 200)]),
    transcript('tools.foreign-call-id', [jsonExchange('foreign-id', o.foreign?.body ?? text, o.foreign?.status ?? 200)]),
    transcript('tools.stream', [sseExchange('stream', o.stream ?? goodStream())]),
    transcript('tools.sdk-stream', [], [{ label: 'sdk-stream', sdkVersion: 'openai-node 6.49.0', ok: true, value: calls }]),
  );
}
