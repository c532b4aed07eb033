// Streamed tool-call deltas, flattened, and their accumulation the way openai-node's ChatCompletionStream does it
// (reference A3): arguments concatenated, name/type assigned, id kept when truthy, keyed by `index`.
import { choiceDeltas, type StreamChunk } from './stream-chunks.ts';

export interface ToolCallDelta {
  frame: number;
  position: number; // position inside the delta's tool_calls array
  raw: Record<string, unknown>;
  index: unknown;
  id: unknown;
  type: unknown;
  name: unknown;
  hasName: boolean;
  arguments: unknown;
}

export function toolCallDeltas(chunks: StreamChunk[]): ToolCallDelta[] {
  const out: ToolCallDelta[] = [];
  for (const { frame, delta } of choiceDeltas(chunks)) {
    const calls = Array.isArray(delta.tool_calls) ? delta.tool_calls : [];
    calls.forEach((c, position) => {
      if (typeof c !== 'object' || c === null) return;
      const raw = c as Record<string, unknown>;
      const fn =
        typeof raw.function === 'object' && raw.function !== null ? (raw.function as Record<string, unknown>) : {};
      out.push({
        frame,
        position,
        raw,
        index: raw.index,
        id: raw.id,
        type: raw.type,
        name: fn.name,
        hasName: 'name' in fn,
        arguments: fn.arguments,
      });
    });
  }
  return out;
}

export interface AccumulatedCall {
  key: string; // the index, or "position N" when the delta had no usable index
  id?: string;
  type?: unknown;
  name?: unknown;
  arguments: string;
  fragments: number; // deltas that carried an arguments string
  frames: number[];
  argumentTypes: Set<string>; // typeof each arguments value seen (a JSON object is B6)
}

/** Accumulates by `index`; a delta without an integer index falls back to its array position (as lenient clients do). */
export function accumulateToolCalls(deltas: ToolCallDelta[]): AccumulatedCall[] {
  const byKey = new Map<string, AccumulatedCall>();
  for (const d of deltas) {
    const key = Number.isSafeInteger(d.index) && (d.index as number) >= 0 ? String(d.index) : `position ${d.position}`;
    let call = byKey.get(key);
    if (!call) {
      call = { key, arguments: '', fragments: 0, frames: [], argumentTypes: new Set() };
      byKey.set(key, call);
    }
    call.frames.push(d.frame);
    if (typeof d.id === 'string' && d.id !== '') call.id = d.id;
    if (d.type !== undefined) call.type = d.type;
    if (d.hasName && d.name !== undefined) call.name = call.name === undefined || d.name !== '' ? d.name : call.name;
    if (d.arguments !== undefined && d.arguments !== null)
      call.argumentTypes.add(Array.isArray(d.arguments) ? 'array' : typeof d.arguments);
    if (typeof d.arguments === 'string') {
      call.arguments += d.arguments;
      if (d.arguments !== '') call.fragments += 1;
    } else if (d.arguments !== undefined && d.arguments !== null) {
      call.arguments += JSON.stringify(d.arguments);
      call.fragments += 1;
    }
  }
  return [...byKey.values()];
}
