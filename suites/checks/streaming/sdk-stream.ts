// What openai-node's stream helper makes of a stream: chunks, then finalChatCompletion() (which throws on a
// missing role or finish_reason). The SDK streams chat.basic's prompt, so chat.basic is its control; when the raw
// stream (streaming.basic) passes and the SDK's does not, the message names how the two exchanges differ.
import type { Check, Exchange, Grade, SdkOutcome, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { controlOf, declined, varies } from '../internal/attribution.ts';
import { exchangeOf, show, transcriptOf, where } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { S } from './probes.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import { BASIC, cutByConcurrency } from './streams.ts';
import { viewDifference } from './view-difference.ts';

const SOURCE = sdk('src/lib/ChatCompletionStream.ts', 'chunk accumulation and finalChatCompletion()');
const exchange = { probe: S.sdk, label: 'sdk' };
const probes = [S.sdk, CONTROL.probe, BASIC.probe];
const VARIANT = varies(CONTROL, 'streaming (stream: true)', 'stream', 'streaming');

interface SdkStream {
  o: SdkOutcome;
  /** the SDK's own HTTP exchange */
  ex?: Exchange;
}

/** how the SDK's exchange differs from the raw stream's, as a clause for messages ("" when nothing does) */
function difference(t: TranscriptSet, ex: Exchange | undefined): string {
  const wire = exchangeOf(t, BASIC.probe, BASIC.label);
  const diff = viewDifference(ex, wire.ok ? wire.value : undefined);
  return diff ? `; compared with the raw stream ${where(BASIC)}: ${diff}` : '';
}

function outcome(t: TranscriptSet): { ok: true; value: SdkStream } | { ok: false; grade: Grade } {
  const tr = transcriptOf(t, S.sdk);
  if (!tr.ok) return tr;
  const o = tr.value.sdk.find((s) => s.label === 'sdk');
  if (!o)
    return {
      ok: false,
      grade: { status: 'untestable', message: `${S.sdk} recorded no SDK call`, prerequisite: S.sdk },
    };
  const ex = tr.value.exchanges.find((e) => e.via === 'sdk' && e.label === 'sdk');
  // an HTTP error before any chunk is a refused stream: "unsupported" only against an accepted control
  if (!o.ok && o.error?.status !== undefined && (o.chunks?.length ?? 0) === 0) {
    const raw = exchangeOf(t, BASIC.probe, BASIC.label);
    const rawOk = raw.ok && raw.value.response!.status >= 200 && raw.value.response!.status < 300;
    const message = `the SDK's stream request failed with ${o.error.status} (${o.error.class}): ${o.error.message}`;
    const refusal =
      ex?.response && o.error.status >= 400 && o.error.status < 500 ? declined(t, exchange, ex, VARIANT) : undefined;
    // the SDK breaks where the raw stream works: unless its control (the same prompt unstreamed) was refused too
    if (rawOk && controlOf(t, CONTROL, VARIANT.subject).ok)
      return {
        ok: false,
        grade: {
          status: 'fail',
          message: `${message}, although the raw stream was answered${difference(t, ex)}`,
          details: { exchange, seen: o.error },
        },
      };
    if (refusal) return { ok: false, grade: refusal };
    return { ok: false, grade: { status: 'untestable', message, prerequisite: 'streaming.sse-body' } };
  }
  return { ok: true, value: { o, ex } };
}

export const sdkChunks: Check = {
  id: 'streaming.sdk-chunks',
  title: 'openai-node yields the streamed chunks',
  feature: 'streaming',
  level: 'MUST',
  source: SOURCE,
  breaks: ['openai-node 6 and 7: a stream the SDK cannot read yields nothing (plain JSON) or throws'],
  probes,
  grade(t) {
    const r = outcome(t);
    if (!r.ok) return r.grade;
    const { o, ex } = r.value;
    const n = o.chunks?.length ?? 0;
    if (n === 0) {
      const byConcurrency = cutByConcurrency(t, ex, 'the SDK stream yielded no chunk');
      if (byConcurrency) return byConcurrency;
      const end = ex ? streamEnd(ex) : undefined;
      const why = end?.error
        ? `: ${end.summary}`
        : o.ok
          ? ' and ended without error'
          : `, then threw ${o.error?.class}: ${o.error?.message}`;
      return {
        status: 'fail',
        message: `the SDK stream must yield chunks, but it yielded none${why}${difference(t, ex)}`,
        details: { exchange, seen: o.error ?? null },
      };
    }
    return { status: 'pass', message: `${o.sdkVersion} yielded ${n} chunks` };
  },
};

export const sdkFinal: Check = {
  id: 'streaming.sdk-final',
  title: 'openai-node chat.completions.stream() ends with finalChatCompletion()',
  feature: 'streaming',
  level: 'MUST',
  source: SOURCE,
  breaks: ['openai-node 6 and 7 stream helpers, the Agents SDK and apps that await finalChatCompletion()'],
  divergences: [12, 13],
  probes,
  grade(t) {
    const r = outcome(t);
    if (!r.ok) return r.grade;
    const { o, ex } = r.value;
    // no chunk at all is streaming.sdk-chunks' failure; this check judges the end of a stream that did yield chunks
    if ((o.chunks?.length ?? 0) === 0)
      return {
        status: 'untestable',
        message: `the SDK stream yielded no chunk (streaming.sdk-chunks fails for that)`,
        prerequisite: 'streaming.sdk-chunks',
      };
    if (!o.ok) {
      const byConcurrency = cutByConcurrency(t, ex, `the SDK stream threw ${o.error?.class}`);
      if (byConcurrency) return byConcurrency;
      const end = ex ? streamEnd(ex) : undefined;
      const cut = end?.error ? ` (${end.summary})` : '';
      return {
        status: 'fail',
        message: `the SDK stream must complete, but ${o.sdkVersion} threw ${o.error?.class}: ${o.error?.message}${cut}`,
        details: { exchange, seen: o.error },
      };
    }
    const msg = (o.value as any)?.choices?.[0]?.message;
    if (!msg || typeof msg !== 'object')
      return {
        status: 'fail',
        message: `finalChatCompletion() must return a completion with choices[0].message, got ${show(o.value)}`,
        details: { exchange, seen: o.value ?? null },
      };
    return { status: 'pass', message: `finalChatCompletion() returned ${show(msg.content, 40)}` };
  },
};
