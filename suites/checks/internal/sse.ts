// Reads a recorded SSE exchange the way openai-node does: data events parsed as JSON, `[DONE]` as the end,
// comments ignored. Keeps frame indexes so every finding can point at its frame.
import type { Exchange } from '../../engine/types.ts';
import { isObject } from './read.ts';

export interface BadFrame {
  frame: number;
  data: string;
  reason: string;
}

export interface ChunkAt {
  frame: number;
  t: number;
  chunk: Record<string, any>;
}

export interface StreamRead {
  frameCount: number;
  /** data events that parsed as JSON objects (chunks, or error payloads) */
  chunks: ChunkAt[];
  /** events openai-node would throw on: non-JSON data, an event with empty data */
  bad: BadFrame[];
  /** data events that start with [DONE] */
  dones: { frame: number; data: string }[];
  /** index of the last event carrying data, -1 when none */
  lastDataFrame: number;
}

export function readStream(ex: Exchange): StreamRead {
  const frames = ex.response?.frames ?? [];
  const out: StreamRead = { frameCount: frames.length, chunks: [], bad: [], dones: [], lastDataFrame: -1 };
  frames.forEach((f, i) => {
    if (f.comment) return;
    // openai-node yields an event with an `event:` line but no data as data "" and then fails to parse it
    if (f.data === undefined) {
      if (f.event !== undefined) out.bad.push({ frame: i, data: '', reason: `event "${f.event}" has no data line` });
      return;
    }
    out.lastDataFrame = i;
    if (f.data.startsWith('[DONE]')) {
      out.dones.push({ frame: i, data: f.data });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(f.data);
    } catch {
      out.bad.push({ frame: i, data: f.data, reason: f.data === '' ? 'empty data' : 'data is not JSON' });
      return;
    }
    if (isObject(value)) out.chunks.push({ frame: i, t: f.t, chunk: value });
    else out.bad.push({ frame: i, data: f.data, reason: 'data is JSON but not an object' });
  });
  return out;
}

/** an error payload inside a stream (anything with an `error` key, or a vLLM-style `object: "error"`) */
export function isErrorPayload(chunk: Record<string, any>): boolean {
  return 'error' in chunk || chunk.object === 'error';
}

/** the chunks that are chat chunks, not error payloads */
export function chatChunks(read: StreamRead): ChunkAt[] {
  return read.chunks.filter((c) => !isErrorPayload(c.chunk));
}

/** the concatenated delta.content per choice index */
export function streamedContent(chunks: ChunkAt[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const { chunk } of chunks) {
    for (const ch of Array.isArray(chunk.choices) ? chunk.choices : []) {
      const c = ch?.delta?.content;
      if (typeof c === 'string') out.set(ch.index, (out.get(ch.index) ?? '') + c);
    }
  }
  return out;
}

/**
 * A chunk with no choices and no usage: Azure's prompt-filter chunk (B14). Clients must tolerate it, so the
 * per-chunk rules skip it; only streaming.constant-fields reports its blank id, created and model.
 */
export function isFilterChunk(chunk: Record<string, any>): boolean {
  return Array.isArray(chunk.choices) && chunk.choices.length === 0 && chunk.usage == null;
}
