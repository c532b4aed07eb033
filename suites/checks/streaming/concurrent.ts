// Streams must survive each other: apps run requests side by side, and some servers (llama.cpp's, at its default
// slot count) abort a running stream when another request arrives. streaming.usage sends its two streams at the
// same moment; each must end with a finish_reason and [DONE], with no transport error.
import type { Check, Exchange, Grade } from '../../engine/types.ts';
import { type Source, where } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { chatChunks } from '../internal/sse.ts';
import { S } from './probes.ts';
import { BASIC, BESIDE, hasData, streamOf, type Streamed } from './streams.ts';

const PAIR: Source[] = [{ probe: S.usage, label: 'stream' }, BESIDE];

const finished = (s: Streamed) =>
  chatChunks(s.read).some(
    (c) =>
      Array.isArray(c.chunk.choices) &&
      c.chunk.choices.some((ch: any) => ch?.finish_reason != null && ch.finish_reason !== ''),
  );
const span = (ex: Exchange) => ({ from: ex.sentAtMs ?? 0, to: (ex.sentAtMs ?? 0) + (ex.response?.totalMs ?? 0) });

export const concurrent: Check = {
  id: 'streaming.concurrent',
  title: 'Two streams sent at the same moment both complete (finish_reason, then [DONE])',
  feature: 'streaming',
  level: 'MUST',
  source: spec(
    'CreateChatCompletionRequest.stream ("terminated by a data: [DONE] message"), for every stream in flight',
  ),
  breaks: [
    'apps that run requests side by side: an answer stops mid-stream, and openai-node throws a connection error',
  ],
  probes: [S.usage, S.basic],
  grade(t): Grade {
    const pair: Streamed[] = [];
    for (const src of PAIR) {
      // no control: both are refused alike by a server that cannot stream, which the other stream checks grade
      const r = streamOf(t, src.probe, src.label, undefined);
      if (!r.ok) return r.grade;
      pair.push(r.value);
    }
    const plain = pair.find((s) => !hasData(s.read));
    if (plain)
      return {
        status: 'untestable',
        message: `${where(plain)} carried no SSE data events (streaming.sse-body grades that)`,
        prerequisite: 'streaming.sse-body',
      };
    const [a, b] = pair.map((s) => span(s.ex));
    if (!(a.from < b.to && b.from < a.to))
      return {
        status: 'inconclusive',
        message: `the two streams did not overlap (${where(PAIR[0])} ran ${a.from}–${a.to} ms, ${where(PAIR[1])} ${b.from}–${b.to} ms), so nothing ran concurrently`,
      };
    const cut = pair.find((s) => s.end.error);
    if (cut) {
      const other = pair.find((s) => s !== cut)!;
      return {
        status: 'fail',
        message: `${where(cut)}: ${cut.end.summary}, while ${where(other)} was in flight`,
        details: { exchange: { probe: cut.probe, label: cut.label }, seen: cut.end.error },
      };
    }
    const unfinished = pair.find((s) => !finished(s) || s.read.dones.length === 0);
    if (unfinished) {
      // a server that never sends finish_reason or [DONE] is graded by the frame checks; here only a difference counts
      const alone = streamOf(t, BASIC.probe, BASIC.label);
      const lacks = [finished(unfinished) ? '' : 'a finish_reason', unfinished.read.dones.length ? '' : '[DONE]']
        .filter(Boolean)
        .join(' and ');
      if (!alone.ok || alone.value.end.error || !finished(alone.value) || !alone.value.read.dones.length) {
        const root = finished(unfinished) ? 'streaming.done-present' : 'streaming.finish-reason-once';
        return {
          status: 'untestable',
          message: `${where(unfinished)} ended without ${lacks}, and so did ${where(BASIC)} (${root} grades that)`,
          prerequisite: root,
        };
      }
      return {
        status: 'fail',
        message: `${where(unfinished)} ended after ${unfinished.end.frames} frames without ${lacks} while another stream was in flight, although ${where(BASIC)} had both`,
        details: { exchange: { probe: unfinished.probe, label: unfinished.label } },
      };
    }
    return {
      status: 'pass',
      message: `both streams, in flight together, ended with a finish_reason and [DONE] (${pair.map((s) => s.end.frames).join(' and ')} frames)`,
    };
  },
};
