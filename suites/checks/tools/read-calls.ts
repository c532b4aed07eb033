// Tool calls of a non-streamed answer, and the sources (probe, label) that carry them.
import type { TranscriptSet } from '../../engine/types.ts';
import { completionOf, isObject, type Need } from '../internal/read.ts';
import type { Source } from '../internal/read.ts';


/** Every non-streamed answer that may hold tool calls. */
export const CALL_SOURCES: Source[] = [
  { probe: 'tools.auto', label: 'auto' },
  { probe: 'tools.choice', label: 'required' },
  { probe: 'tools.choice', label: 'named' },
  { probe: 'tools.choice', label: 'no-parallel' },
  { probe: 'tools.round-trip', label: 'call' },
];

/** Answers whose calls must end with finish_reason "tool_calls" (a named tool_choice may say "stop", as OpenAI does). */
export const FINISH_SOURCES = CALL_SOURCES.filter((s) => s.label !== 'named');

export const NO_CALLS = { message: 'no response made a tool call, so there was nothing to judge', prerequisite: 'tools.choice (required) makes a tool call' };

export interface CallsOf {
  calls: Array<Record<string, unknown>>;
  raw: unknown; // message.tool_calls as received
  finishReason: unknown;
  content: unknown;
}

export function callsOf(t: TranscriptSet, probe: string, label: string): Need<CallsOf> {
  const got = completionOf(t, probe, label);
  if (!got.ok) return got;
  const raw = got.value.message.tool_calls;
  const calls = Array.isArray(raw) ? raw.filter(isObject) : [];
  return { ok: true, value: { calls, raw, finishReason: got.value.choice.finish_reason, content: got.value.message.content } };
}

export function fnOf(call: Record<string, unknown>): Record<string, unknown> {
  return isObject(call.function) ? call.function : {};
}

export function show(v: unknown, max = 80): string {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
