// The JSON chunks of a recorded SSE stream, each with the index of the frame it came from.
import type { Exchange } from '../../engine/types.ts';

export interface StreamChunk {
  frame: number;
  chunk: Record<string, unknown>;
}

export function streamChunks(ex: Exchange): StreamChunk[] {
  const out: StreamChunk[] = [];
  (ex.response?.frames ?? []).forEach((f, frame) => {
    if (f.comment || f.data === undefined || f.data.trim().startsWith('[DONE]')) return;
    try {
      const chunk = JSON.parse(f.data) as unknown;
      if (typeof chunk === 'object' && chunk !== null && !Array.isArray(chunk))
        out.push({ frame, chunk: chunk as Record<string, unknown> });
    } catch {
      // unparseable frames are the streaming suite's business; here they carry no delta
    }
  });
  return out;
}

export interface StreamChoice {
  frame: number;
  delta: Record<string, unknown>;
  finishReason: unknown;
  hasFinishKey: boolean;
}

/** The deltas of choice 0 in arrival order (chunks with empty `choices` are skipped). */
export function choiceDeltas(chunks: StreamChunk[]): StreamChoice[] {
  const out: StreamChoice[] = [];
  for (const { frame, chunk } of chunks) {
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    for (const c of choices) {
      if (typeof c !== 'object' || c === null) continue;
      const choice = c as Record<string, unknown>;
      if ((choice.index ?? 0) !== 0) continue;
      const delta =
        typeof choice.delta === 'object' && choice.delta !== null ? (choice.delta as Record<string, unknown>) : {};
      out.push({ frame, delta, finishReason: choice.finish_reason, hasFinishKey: 'finish_reason' in choice });
    }
  }
  return out;
}

/** The last non-null finish_reason of choice 0, or undefined when none arrived. */
export function streamFinishReason(chunks: StreamChunk[]): unknown {
  let found: unknown;
  for (const c of choiceDeltas(chunks))
    if (c.finishReason !== null && c.finishReason !== undefined) found = c.finishReason;
  return found;
}

/** The concatenated text content of choice 0. */
export function streamContent(chunks: StreamChunk[]): string {
  return choiceDeltas(chunks)
    .map((c) => (typeof c.delta.content === 'string' ? c.delta.content : ''))
    .join('');
}
