// Helpers over stream chunks (chat `chat.completion.chunk` and legacy `text_completion`), one choice at a time.
import type { JsonObject } from '../types.ts';

export function choicesOf(chunk: JsonObject): JsonObject[] {
  return Array.isArray(chunk.choices) ? chunk.choices : [];
}

/** the `include_usage` chunk: `choices: []` and a usage object */
export function isUsageChunk(chunk: JsonObject): boolean {
  return Array.isArray(chunk.choices) && chunk.choices.length === 0 && chunk.usage != null;
}

export function isEmptyDelta(choice: JsonObject): boolean {
  return choice.delta !== undefined && Object.keys(choice.delta ?? {}).length === 0;
}

/** Drops choices the predicate rejects; a chunk left without choices (that had some) is dropped too. */
export function filterChoices(chunks: JsonObject[], keep: (choice: JsonObject) => boolean): JsonObject[] {
  const out: JsonObject[] = [];
  for (const chunk of chunks) {
    const before = choicesOf(chunk);
    if (before.length === 0) {
      out.push(chunk);
      continue;
    }
    chunk.choices = before.filter(keep);
    if (chunk.choices.length > 0) out.push(chunk);
  }
  return out;
}

/** Position of the chunk that carries the non-null finish_reason of choice `index`, or -1. */
export function finishPosition(chunks: JsonObject[], index: number): number {
  return chunks.findIndex((c) => choicesOf(c).some((ch) => ch.index === index && ch.finish_reason != null));
}

/** The distinct choice indexes of a stream, in order of appearance. */
export function choiceIndexes(chunks: JsonObject[]): number[] {
  const seen = new Set<number>();
  for (const c of chunks) for (const ch of choicesOf(c)) seen.add(ch.index);
  return [...seen];
}

/** A content-only chunk for choice `index`, copying the envelope (id, created, model…) of `like`. */
export function textChunk(like: JsonObject, index: number, text: string): JsonObject {
  const { choices: _choices, ...envelope } = like;
  const choice =
    like.object === 'text_completion'
      ? { index, text, logprobs: null, finish_reason: null }
      : { index, delta: { content: text }, logprobs: null, finish_reason: null };
  return { ...structuredClone(envelope), ...(like.usage !== undefined ? { usage: null } : {}), choices: [choice] };
}

/** Inserts a content chunk for choice `index` just before the chunk that finishes it (or at the end). */
export function insertBeforeFinish(chunks: JsonObject[], index: number, text: string): JsonObject[] {
  const at = finishPosition(chunks, index);
  const pos = at === -1 ? chunks.findLastIndex((c) => choicesOf(c).length > 0) + 1 : at;
  const like = chunks[at === -1 ? Math.max(pos - 1, 0) : at];
  if (like === undefined) return chunks;
  return [...chunks.slice(0, pos), textChunk(like, index, text), ...chunks.slice(pos)];
}

/** Inserts a content chunk for choice `index` before its first chunk that carries text. */
export function insertBeforeFirstText(chunks: JsonObject[], index: number, text: string): JsonObject[] {
  let pos = chunks.findIndex((c) =>
    choicesOf(c).some(
      (ch) =>
        ch.index === index &&
        typeof (ch.delta?.content ?? ch.text) === 'string' &&
        (ch.delta?.content ?? ch.text) !== '',
    ),
  );
  if (pos === -1) pos = Math.max(finishPosition(chunks, index), 0);
  const like = chunks[pos];
  if (like === undefined) return chunks;
  return [...chunks.slice(0, pos), textChunk(like, index, text), ...chunks.slice(pos)];
}

/** Every tool-call delta entry of every chunk, with its choice. */
export function* toolCallDeltas(chunks: JsonObject[]): Generator<{ choice: JsonObject; call: JsonObject }> {
  for (const chunk of chunks)
    for (const choice of choicesOf(chunk))
      for (const call of Array.isArray(choice.delta?.tool_calls) ? choice.delta.tool_calls : []) yield { choice, call };
}
