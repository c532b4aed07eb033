// Legacy /completions: optional today, so its rules are SHOULD and MAY; a 4xx means it is not offered.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { endpointVaries } from '../internal/attribution.ts';
import { clip, jsonOf, show } from '../internal/read.ts';
import { CONTROL } from '../chat/probes.ts';
import { shapeGrade } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { chatChunks, readStream } from '../internal/sse.ts';
import { streamOf } from '../streaming/streams.ts';
import { C } from './probes.ts';

const FINISH = ['stop', 'length', 'content_filter'];
const at = (label: string) => ({ probe: C.basic, label });

function answer(t: TranscriptSet): { ok: true; body: any } | { ok: false; grade: Grade } {
  const r = jsonOf(t, C.basic, 'nonstream', endpointVaries(CONTROL, 'the legacy /completions endpoint', 'completions', 'completion', 'prompt'));
  return r.ok ? { ok: true, body: r.value.body } : r;
}

export const shape: Check = {
  id: 'completions.shape',
  title: 'The legacy completion has {id, object, created, model, choices[{text, index, logprobs, finish_reason}]}',
  feature: 'completions',
  level: 'SHOULD',
  source: spec('CreateCompletionResponse'),
  breaks: ['openai-node completions.create() users (older LangChain LLM wrappers, code completion tools)'],
  probes: [C.basic, CONTROL.probe],
  grade(t) {
    const r = answer(t);
    if (!r.ok) return r.grade;
    return shapeGrade('completion-response', 'must', [{ value: r.body, where: 'POST /completions', exchange: at('nonstream') }], 'completions');
  },
};

export const object: Check = {
  id: 'completions.object',
  title: 'object is "text_completion" and finish_reason is from the enum',
  feature: 'completions',
  level: 'SHOULD',
  source: spec('CreateCompletionResponse.object; choices[].finish_reason'),
  breaks: ['clients that dispatch on object'],
  probes: [C.basic, CONTROL.probe],
  grade(t) {
    const r = answer(t);
    if (!r.ok) return r.grade;
    if (r.body?.object !== 'text_completion') return { status: 'fail', message: `object should be "text_completion", got ${show(r.body?.object)}`, details: { exchange: at('nonstream'), seen: r.body?.object ?? null } };
    const fr = r.body?.choices?.[0]?.finish_reason;
    if (!FINISH.includes(fr)) return { status: 'fail', message: `choices[0].finish_reason should be one of ${FINISH.join(', ')}, got ${show(fr)}`, details: { exchange: at('nonstream'), seen: fr ?? null } };
    return { status: 'pass', message: `a text_completion ending with "${fr}"` };
  },
};

export const stream: Check = {
  id: 'completions.stream',
  title: 'A streamed legacy completion sends text_completion chunks and ends with [DONE]',
  feature: 'completions',
  level: 'MAY',
  source: sdk('src/core/streaming.ts', 'the same SSE rules as chat streams'),
  breaks: ['openai-node completions.create({stream: true})'],
  probes: [C.basic, CONTROL.probe],
  grade(t) {
    const r = streamOf(t, C.basic);
    if (!r.ok) return r.grade;
    const read = readStream(r.value.ex);
    const exchange = at('stream');
    if (read.bad.length > 0) return { status: 'fail', message: `frame ${read.bad[0].frame}: data must be JSON or [DONE] (${read.bad[0].reason}), got ${show(read.bad[0].data, 50)}`, details: { exchange: { ...exchange, frames: [read.bad[0].frame] } } };
    const cs = chatChunks(read);
    if (cs.length === 0) return { status: 'fail', message: `the stream should carry data events, got ${clip(r.value.ex.response!.body, 60)}`, details: { exchange } };
    const odd = cs.find((c) => c.chunk.object !== 'text_completion' || !Array.isArray(c.chunk.choices));
    if (odd) return { status: 'fail', message: `frame ${odd.frame}: chunks should be text_completion objects with choices, got ${show(odd.chunk, 80)}`, details: { exchange: { ...exchange, frames: [odd.frame] } } };
    if (read.dones[0]?.data !== '[DONE]' || read.dones[0].frame !== read.lastDataFrame)
      return { status: 'fail', message: `the stream should end with exactly "data: [DONE]", got ${show(read.dones[0]?.data ?? 'no [DONE]')}`, details: { exchange } };
    const text = cs.map((c) => c.chunk.choices?.[0]?.text ?? '').join('');
    return { status: 'pass', message: `${cs.length} chunks: ${show(text, 40)}` };
  },
};
