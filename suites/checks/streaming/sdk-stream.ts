// What openai-node's stream helper makes of a stream: chunks, then finalChatCompletion() (which throws on a
// missing role or finish_reason).
import type { Check, Grade, SdkOutcome, TranscriptSet } from '../../engine/types.ts';
import { show, transcriptOf } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { S } from './probes.ts';

const SOURCE = sdk('src/lib/ChatCompletionStream.ts', 'chunk accumulation and finalChatCompletion()');
const exchange = { probe: S.sdk, label: 'sdk' };

function outcome(t: TranscriptSet): { ok: true; o: SdkOutcome } | { ok: false; grade: Grade } {
  const tr = transcriptOf(t, S.sdk);
  if (!tr.ok) return tr;
  const o = tr.value.sdk.find((s) => s.label === 'sdk');
  if (!o) return { ok: false, grade: { status: 'untestable', message: `${S.sdk} recorded no SDK call`, prerequisite: S.sdk } };
  // an HTTP error before any chunk is a refused stream, graded by streaming.basic's checks
  if (!o.ok && o.error?.status !== undefined && (o.chunks?.length ?? 0) === 0) {
    const cls = o.error.status >= 400 && o.error.status < 500 ? 'unsupported' : 'untestable';
    const message = `The stream request failed with ${o.error.status} (${o.error.class}): ${o.error.message}`;
    return { ok: false, grade: cls === 'unsupported' ? { status: 'unsupported', message, details: { exchange } } : { status: 'untestable', message: `${message}`, prerequisite: S.sdk } };
  }
  return { ok: true, o };
}

export const sdkChunks: Check = {
  id: 'streaming.sdk-chunks',
  title: 'openai-node yields the streamed chunks',
  feature: 'streaming',
  level: 'MUST',
  source: SOURCE,
  breaks: ['openai-node 6 and 7: a stream the SDK cannot read yields nothing (plain JSON) or throws'],
  probes: [S.sdk],
  grade(t) {
    const r = outcome(t);
    if (!r.ok) return r.grade;
    const n = r.o.chunks?.length ?? 0;
    if (n === 0) {
      const why = r.o.ok ? 'and ended without error' : `then threw ${r.o.error?.class}: ${r.o.error?.message}`;
      return { status: 'fail', message: `the SDK stream must yield chunks, but it yielded none ${why}`, details: { exchange, seen: r.o.error ?? null } };
    }
    return { status: 'pass', message: `${r.o.sdkVersion} yielded ${n} chunks` };
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
  probes: [S.sdk],
  grade(t) {
    const r = outcome(t);
    if (!r.ok) return r.grade;
    const { o } = r;
    if (!o.ok) return { status: 'fail', message: `the SDK stream must complete, but ${o.sdkVersion} threw ${o.error?.class}: ${o.error?.message}`, details: { exchange, seen: o.error } };
    const msg = (o.value as any)?.choices?.[0]?.message;
    if (!msg || typeof msg !== 'object')
      return { status: 'fail', message: `finalChatCompletion() must return a completion with choices[0].message, got ${show(o.value)}`, details: { exchange, seen: o.value ?? null } };
    return { status: 'pass', message: `finalChatCompletion() returned ${show(msg.content, 40)}` };
  },
};
