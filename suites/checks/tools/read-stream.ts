// The streamed tools answer (tools.stream), read once per grader.
import type { TranscriptSet } from '../../engine/types.ts';
import { answeredOf, type Need } from '../internal/read.ts';
import { streamChunks, streamContent, streamFinishReason, type StreamChunk } from '../internal/stream-chunks.ts';
import { accumulateToolCalls, toolCallDeltas, type AccumulatedCall, type ToolCallDelta } from '../internal/tool-call-deltas.ts';

export const STREAM = { probe: 'tools.stream', label: 'stream' };
export const EXCHANGE = { exchange: STREAM };

export interface ToolStream {
  chunks: StreamChunk[];
  deltas: ToolCallDelta[];
  calls: AccumulatedCall[];
  finishReason: unknown;
  content: string;
}

export function toolStreamOf(t: TranscriptSet): Need<ToolStream> {
  const got = answeredOf(t, STREAM.probe, STREAM.label);
  if (!got.ok) return got;
  const chunks = streamChunks(got.value.ex);
  const deltas = toolCallDeltas(chunks);
  return { ok: true, value: { chunks, deltas, calls: accumulateToolCalls(deltas), finishReason: streamFinishReason(chunks), content: streamContent(chunks) } };
}

/** toolStreamOf, required to hold at least one tool-call delta. */
export function withCalls(t: TranscriptSet): Need<ToolStream> {
  const got = toolStreamOf(t);
  if (!got.ok || got.value.deltas.length) return got;
  return { ok: false, grade: { status: 'untestable', message: `the streamed answer made no tool call (content: ${JSON.stringify(got.value.content.slice(0, 80))})`, prerequisite: 'tools.stream makes a tool call' } };
}
