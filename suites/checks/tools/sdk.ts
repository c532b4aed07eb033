// What the official SDK makes of the streamed calls: ChatCompletionStream.finalChatCompletion().
import type { Check } from '../../engine/types.ts';
import { declined, varies } from '../internal/attribution.ts';
import { exchangeOf, isObject, isTransient, type Source, transcriptOf, where } from '../internal/read.ts';
import { parseJsonText } from '../internal/json-schema-issues.ts';
import { streamChunks } from '../internal/stream-chunks.ts';
import { toolCallDeltas } from '../internal/tool-call-deltas.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import { cutByConcurrency } from '../streaming/streams.ts';
import { viewDifference } from '../streaming/view-difference.ts';
import { AUTO, fnOf, noCallGrade, probesOf, show, toolsRefused } from './read-calls.ts';
import { STREAM } from './read-stream.ts';
import { sdk } from '../internal/sources.ts';

const PROBE = 'tools.sdk-stream';
const SDK_SOURCE: Source = { probe: PROBE, label: 'sdk-stream' };
const VARIANT = varies(AUTO, 'streaming with tools', 'stream');

export const sdkAccumulates: Check = {
  id: 'tools.sdk-accumulates',
  title: 'openai-node chat.completions.stream().finalChatCompletion() yields the tool calls',
  feature: 'tools',
  level: 'MUST',
  source: sdk('src/lib/ChatCompletionStream.ts', 'accumulator, finalChatCompletion'),
  breaks: ['openai-node streaming helpers and runTools()'],
  divergences: [1, 3, 5, 12],
  probes: probesOf([SDK_SOURCE, STREAM]),
  repeatable: true,
  grade(t, ctx) {
    const tr = transcriptOf(t, PROBE);
    if (!tr.ok) return tr.grade;
    const outcome = tr.value.sdk.find((s) => s.label === 'sdk-stream');
    if (!outcome) return { status: 'untestable', message: `${PROBE} recorded no SDK outcome`, prerequisite: PROBE };
    const sdk = `${ctx.sdk.name} ${ctx.sdk.version}`;
    const ex = tr.value.exchanges.find((e) => e.via === 'sdk' && e.label === 'sdk-stream');
    const raw = exchangeOf(t, STREAM.probe, STREAM.label);
    const diff = viewDifference(ex, raw.ok ? raw.value : undefined);
    const why = diff ? `; compared with the raw stream ${where(STREAM)}: ${diff}` : '';
    if (!outcome.ok) {
      const e = outcome.error;
      if (isTransient(e?.status))
        return {
          status: 'untestable',
          message: `the SDK call got ${e?.status} (transient): ${e?.message}`,
          prerequisite: `${PROBE} answered without ${e?.status}`,
        };
      if (e?.status !== undefined) {
        const rawOk = raw.ok && raw.value.response!.status >= 200 && raw.value.response!.status < 300;
        // the SDK is refused where the same request sent raw is answered: the SDK breaks, and the difference says why
        if (rawOk)
          return {
            status: 'fail',
            message: `${sdk} stream() got ${e.status} (${e.message}) although the same request sent raw, ${where(STREAM)}, was answered${why}`,
            details: { exchange: SDK_SOURCE },
          };
        if (e.status >= 400 && e.status < 500 && ex?.response)
          return toolsRefused(t, SDK_SOURCE) ?? declined(t, SDK_SOURCE, ex, VARIANT);
        return {
          status: 'untestable',
          message: `the SDK call got ${e.status}: ${e.message}`,
          prerequisite: `${where(SDK_SOURCE)} answered`,
        };
      }
      const byConcurrency = cutByConcurrency(t, ex, `${sdk} finalChatCompletion() threw ${e?.class ?? 'an error'}`);
      if (byConcurrency) return byConcurrency;
      const end = ex ? streamEnd(ex) : undefined;
      const cut = end?.error && !e?.message?.includes(end.summary) ? ` (${end.summary})` : '';
      return {
        status: 'fail',
        message: `${sdk} finalChatCompletion() threw ${e?.class ?? 'an error'}: ${e?.message ?? 'unknown'}${cut}${why}`,
        details: { exchange: SDK_SOURCE },
      };
    }
    const choice = (outcome.value as { choices?: unknown[] } | undefined)?.choices?.[0];
    const message = isObject(choice) && isObject(choice.message) ? choice.message : undefined;
    const calls = Array.isArray(message?.tool_calls) ? message.tool_calls.filter(isObject) : [];
    if (!calls.length) {
      // the SDK's own exchange shows whether the stream had calls that the accumulator lost (no index: B1)
      const deltas = ex ? toolCallDeltas(streamChunks(ex)) : [];
      if (deltas.length) {
        const noIndex = deltas.filter((d) => !Number.isSafeInteger(d.index)).length;
        return {
          status: 'fail',
          message: `the stream carried ${deltas.length} tool-call deltas but ${sdk} finalChatCompletion() holds no tool call${noIndex ? ` (${noIndex} deltas had no integer index)` : ''}`,
          details: { seen: deltas.slice(0, 2).map((d) => d.raw), exchange: { probe: PROBE, label: 'sdk-stream' } },
        };
      }
      const rawDeltas = raw.ok ? toolCallDeltas(streamChunks(raw.value)).length : 0;
      if (diff && rawDeltas)
        return {
          status: 'fail',
          message: `${sdk} accumulated no tool call although the raw stream ${where(STREAM)} carried ${rawDeltas} tool-call deltas: ${diff}`,
          details: { exchange: SDK_SOURCE },
        };
      return noCallGrade(t, `${sdk} accumulated no tool call (content ${show(message?.content)})`);
    }
    for (const [i, call] of calls.entries()) {
      const fn = fnOf(call);
      const args = typeof fn.arguments === 'string' ? parseJsonText(fn.arguments) : undefined;
      if (typeof fn.name !== 'string' || fn.name === '' || !args?.ok) {
        return {
          status: 'fail',
          message: `${sdk} accumulated tool_calls[${i}] as ${show(call, 160)}: expected a name and JSON arguments`,
          details: { seen: call },
        };
      }
    }
    return { status: 'pass', message: `${sdk} accumulated ${calls.length} tool call(s) with names and JSON arguments` };
  },
};
