// Legacy /completions: optional today, so its rules are SHOULD and MAY. The endpoint is graded against the chat
// control (a 4xx about it means it is not offered), its stream against the plain request on the same endpoint.
import type { Check, Exchange, TranscriptSet } from '../../engine/types.ts';
import { declined, endpointVaries, varies } from '../internal/attribution.ts';
import { clip, errorText, exchangeOf, isTransient, type Need, no, show, yes } from '../internal/read.ts';
import { variantJson } from '../chat/accepted.ts';
import { CONTROL } from '../chat/probes.ts';
import { clockOf, timeProblem } from '../chat/timestamps.ts';
import { shapeGrade } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { chatChunks, readStream } from '../internal/sse.ts';
import { concurrentCut } from '../streaming/streams.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import { C } from './probes.ts';

const FINISH = ['stop', 'length', 'content_filter'];
const at = (label: string) => ({ probe: C.basic, label });
const ENDPOINT = endpointVaries(CONTROL, 'the legacy /completions endpoint', 'completions', 'completion', 'prompt');

function answer(t: TranscriptSet): Need<any> {
  const r = variantJson(t, at('nonstream'), ENDPOINT);
  return r.ok ? yes(r.value.body) : r;
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
    return shapeGrade(
      'completion-response',
      'must',
      [{ value: r.value, where: 'POST /completions', exchange: at('nonstream') }],
      'completions',
    );
  },
};

export const object: Check = {
  id: 'completions.object',
  title: 'object is "text_completion", created a plausible time and finish_reason from the enum',
  feature: 'completions',
  level: 'SHOULD',
  source: spec('CreateCompletionResponse.object, created; choices[].finish_reason'),
  breaks: ['clients that dispatch on object or show the time'],
  probes: [C.basic, CONTROL.probe],
  grade(t) {
    const r = answer(t);
    if (!r.ok) return r.grade;
    const exchange = at('nonstream');
    if (r.value?.object !== 'text_completion')
      return {
        status: 'fail',
        message: `object should be "text_completion", got ${show(r.value?.object)}`,
        details: { exchange, seen: r.value?.object ?? null },
      };
    const ex = exchangeOf(t, C.basic, 'nonstream');
    const created = timeProblem(r.value?.created, ex.ok ? clockOf(ex.value, t[C.basic]) : undefined);
    if (created)
      return {
        status: 'fail',
        message: created.replace(/must/, 'should'),
        details: { exchange, seen: r.value?.created ?? null },
      };
    const fr = r.value?.choices?.[0]?.finish_reason;
    if (!FINISH.includes(fr))
      return {
        status: 'fail',
        message: `choices[0].finish_reason should be one of ${FINISH.join(', ')}, got ${show(fr)}`,
        details: { exchange, seen: fr ?? null },
      };
    return { status: 'pass', message: `a text_completion ending with "${fr}"` };
  },
};

/** the stream, 2xx; graded against the plain request: the endpoint's absence is completions.shape's verdict */
function streamed(t: TranscriptSet): Need<Exchange> {
  const plain = answer(t);
  if (!plain.ok) {
    const g = plain.grade;
    if (g.status === 'unsupported' || g.status === 'skip') return no(g);
    return no({
      status: 'untestable',
      message: `the plain request on /completions was not answered with a completion (see completions.shape): ${'message' in g ? g.message : ''}`,
      prerequisite: 'completions.shape',
    });
  }
  const got = exchangeOf(t, C.basic, 'stream');
  if (!got.ok) return got;
  const s = got.value.response!.status;
  if (s >= 200 && s < 300) return got;
  if (isTransient(s))
    return no({
      status: 'untestable',
      message: `completions.basic (stream) answered ${s} (transient): ${errorText(got.value)}`,
      prerequisite: 'completions.basic (stream) answered without a transient status',
    });
  if (s >= 400 && s < 500)
    return no(declined(t, at('stream'), got.value, varies(at('nonstream'), 'streaming on /completions', 'stream')));
  return no({
    status: 'fail',
    message: `a streamed legacy completion should not fail, got HTTP ${s}: ${errorText(got.value)} (the same request without stream was answered)`,
    details: { exchange: at('stream'), seen: s },
  });
}

export const stream: Check = {
  id: 'completions.stream',
  title: 'A streamed legacy completion sends text_completion chunks, a finish_reason, and ends with [DONE]',
  feature: 'completions',
  level: 'MAY',
  source: sdk('src/core/streaming.ts', 'the same SSE rules as chat streams'),
  breaks: ['openai-node completions.create({stream: true})'],
  probes: [C.basic, CONTROL.probe],
  grade(t) {
    const r = streamed(t);
    if (!r.ok) return r.grade;
    const ex = r.value;
    const read = readStream(ex);
    const exchange = at('stream');
    if (read.bad.length > 0)
      return {
        status: 'fail',
        message: `frame ${read.bad[0].frame}: data must be JSON or [DONE] (${read.bad[0].reason}), got ${show(read.bad[0].data, 50)}`,
        details: { exchange: { ...exchange, frames: [read.bad[0].frame] } },
      };
    const cs = chatChunks(read);
    if (cs.length === 0)
      return {
        status: 'fail',
        message: `the stream should carry data events, got ${clip(ex.response!.body, 60)}`,
        details: { exchange },
      };
    // a stream cut short is never a complete answer, whatever it held before the cut
    if (ex.error) {
      const cut = streamEnd(ex).summary;
      if (concurrentCut(t))
        return {
          status: 'untestable',
          message: `${cut}, while other streams of the run were cut too (streaming.concurrent fails for streams cut while others run)`,
          prerequisite: 'streaming.concurrent',
        };
      return { status: 'fail', message: cut, details: { exchange } };
    }
    const odd = cs.find((c) => c.chunk.object !== 'text_completion' || !Array.isArray(c.chunk.choices));
    if (odd)
      return {
        status: 'fail',
        message: `frame ${odd.frame}: chunks should be text_completion objects with choices, got ${show(odd.chunk, 80)}`,
        details: { exchange: { ...exchange, frames: [odd.frame] } },
      };
    const finish = cs.find((c) => c.chunk.choices.some((ch: any) => ch?.finish_reason != null));
    if (!finish)
      return {
        status: 'fail',
        message: `none of the ${cs.length} chunk(s) carries a finish_reason, so the answer may have been cut short`,
        details: { exchange },
      };
    if (read.dones[0]?.data !== '[DONE]' || read.dones[0].frame !== read.lastDataFrame)
      return {
        status: 'fail',
        message: `the stream should end with exactly "data: [DONE]", got ${show(read.dones[0]?.data ?? 'no [DONE]')}`,
        details: { exchange },
      };
    const text = cs.map((c) => c.chunk.choices?.[0]?.text ?? '').join('');
    return { status: 'pass', message: `${cs.length} chunks: ${show(text, 40)}` };
  },
};
