// What the official SDK makes of the streamed calls: ChatCompletionStream.finalChatCompletion().
import type { Check } from '../../engine/types.ts';
import { isObject, isTransient, transcriptOf } from '../internal/read.ts';
import { parseJsonText } from '../internal/json-schema-issues.ts';
import { streamChunks } from '../internal/stream-chunks.ts';
import { toolCallDeltas } from '../internal/tool-call-deltas.ts';
import { fnOf, show } from './read-calls.ts';
import { sdk } from '../internal/sources.ts';

const PROBE = 'tools.sdk-stream';

export const sdkAccumulates: Check = {
  id: 'tools.sdk-accumulates',
  title: 'openai-node chat.completions.stream().finalChatCompletion() yields the tool calls',
  feature: 'tools',
  level: 'MUST',
  source: sdk('src/lib/ChatCompletionStream.ts', 'accumulator, finalChatCompletion'),
  breaks: ['openai-node streaming helpers and runTools()'],
  divergences: [1, 3, 5, 12],
  probes: [PROBE],
  repeatable: true,
  grade(t, ctx) {
    const tr = transcriptOf(t, PROBE);
    if (!tr.ok) return tr.grade;
    const outcome = tr.value.sdk.find((s) => s.label === 'sdk-stream');
    if (!outcome) return { status: 'untestable', message: `${PROBE} recorded no SDK outcome`, prerequisite: PROBE };
    const sdk = `${ctx.sdk.name} ${ctx.sdk.version}`;
    if (!outcome.ok) {
      const e = outcome.error;
      if (isTransient(e?.status)) return { status: 'untestable', message: `the SDK call got ${e?.status} (transient): ${e?.message}`, prerequisite: `${PROBE} answered without ${e?.status}` };
      if (e?.status !== undefined && e.status >= 400 && e.status < 500) return { status: 'unsupported', message: `the endpoint rejected the streamed tools request with ${e.status}: ${e.message}` };
      return { status: 'fail', message: `${sdk} finalChatCompletion() threw ${e?.class ?? 'an error'}: ${e?.message ?? 'unknown'}` };
    }
    const choice = (outcome.value as { choices?: unknown[] } | undefined)?.choices?.[0];
    const message = isObject(choice) && isObject(choice.message) ? choice.message : undefined;
    const calls = Array.isArray(message?.tool_calls) ? message.tool_calls.filter(isObject) : [];
    if (!calls.length) {
      // the SDK's own exchange shows whether the stream had calls that the accumulator lost (no index: B1)
      const wire = tr.value.exchanges.find((e) => e.via === 'sdk' && e.label === 'sdk-stream');
      const deltas = wire ? toolCallDeltas(streamChunks(wire)) : [];
      if (deltas.length) {
        const noIndex = deltas.filter((d) => !Number.isSafeInteger(d.index)).length;
        return { status: 'fail', message: `the stream carried ${deltas.length} tool-call deltas but ${sdk} finalChatCompletion() holds no tool call${noIndex ? ` (${noIndex} deltas had no integer index)` : ''}`, details: { seen: deltas.slice(0, 2).map((d) => d.raw), exchange: { probe: PROBE, label: 'sdk-stream' } } };
      }
      return { status: 'untestable', message: `${sdk} accumulated no tool call (content ${show(message?.content)})`, prerequisite: 'tools.sdk-stream makes a tool call' };
    }
    for (const [i, call] of calls.entries()) {
      const fn = fnOf(call);
      const args = typeof fn.arguments === 'string' ? parseJsonText(fn.arguments) : undefined;
      if (typeof fn.name !== 'string' || fn.name === '' || !args?.ok) {
        return { status: 'fail', message: `${sdk} accumulated tool_calls[${i}] as ${show(call, 160)}: expected a name and JSON arguments`, details: { seen: call } };
      }
    }
    return { status: 'pass', message: `${sdk} accumulated ${calls.length} tool call(s) with names and JSON arguments` };
  },
};
