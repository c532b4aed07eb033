// The streamed tools answer (tools.stream), read once per grader.
import type { TranscriptSet } from '../../engine/types.ts';
import { type Need, no, where } from '../internal/read.ts';
import { readStream } from '../internal/sse.ts';
import { streamEnd, type StreamEnd } from '../../engine/transport/stream-end.ts';
import { hasData } from '../streaming/streams.ts';
import { noCallGrade, toolsAnswerOf } from './read-calls.ts';
import { streamChunks, streamContent, streamFinishReason, type StreamChunk } from '../internal/stream-chunks.ts';
import {
  accumulateToolCalls,
  toolCallDeltas,
  type AccumulatedCall,
  type ToolCallDelta,
} from '../internal/tool-call-deltas.ts';

export const STREAM = { probe: 'tools.stream', label: 'stream' };
export const EXCHANGE = { exchange: STREAM };

export interface ToolStream {
  chunks: StreamChunk[];
  deltas: ToolCallDelta[];
  calls: AccumulatedCall[];
  finishReason: unknown;
  content: string;
  end: StreamEnd;
  /** the body carried SSE data events (a plain JSON answer to stream: true does not) */
  sse: boolean;
}

export function toolStreamOf(t: TranscriptSet): Need<ToolStream> {
  const got = toolsAnswerOf(t, STREAM);
  if (!got.ok) return got;
  const chunks = streamChunks(got.value.ex);
  const deltas = toolCallDeltas(chunks);
  return {
    ok: true,
    value: {
      chunks,
      deltas,
      calls: accumulateToolCalls(deltas),
      finishReason: streamFinishReason(chunks),
      content: streamContent(chunks),
      end: streamEnd(got.value.ex),
      sse: hasData(readStream(got.value.ex)),
    },
  };
}

/** the grade of a rule that needs the end of the stream, when the stream was cut */
export const cutGrade = (s: ToolStream) => ({
  status: 'untestable' as const,
  message: `${where(STREAM)}: ${s.end.summary}, so its end cannot be judged`,
  prerequisite: `${where(STREAM)} ends without a transport error`,
});

/** toolStreamOf, required to hold at least one tool-call delta. */
export function withCalls(t: TranscriptSet): Need<ToolStream> {
  const got = toolStreamOf(t);
  if (!got.ok || got.value.deltas.length) return got;
  if (got.value.end.error) return no(cutGrade(got.value));
  if (!got.value.sse)
    return no({
      status: 'untestable',
      message: `${where(STREAM)} carried no SSE data events, so no tool-call deltas (streaming.sse-body grades a stream answered without them)`,
      prerequisite: 'streaming.sse-body',
    });
  return no(
    noCallGrade(
      t,
      `the streamed answer ${where(STREAM)} made no tool call (content: ${JSON.stringify(got.value.content.slice(0, 80))})`,
    ),
  );
}
