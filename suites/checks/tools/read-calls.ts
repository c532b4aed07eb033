// Tool calls of a non-streamed answer, the sources (probe, label) that carry them, and the control of each:
// tools.auto is the control of the other tool_choice variants (the same tools, tool_choice "auto"); its own
// control is chat.basic, the plain request without tools.
import type { Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { varies } from '../internal/attribution.ts';
import {
  type Answered,
  answeredOf,
  completionOf,
  isObject,
  type Need,
  no,
  type Source,
  type Variant,
  where,
} from '../internal/read.ts';

export const AUTO: Source = { probe: 'tools.auto', label: 'auto' };
export const REQUIRED: Source = { probe: 'tools.choice', label: 'required' };

/** what each tools request adds to its control, for attributing a 4xx */
const VARIANTS: Record<string, Variant> = {
  'tools.auto auto': varies(CONTROL, 'function calling (tools)', 'tools', 'tool_choice', 'functions'),
  'tools.choice none': varies(AUTO, 'tool_choice "none"', 'tool_choice'),
  'tools.choice required': varies(AUTO, 'tool_choice "required"', 'tool_choice'),
  'tools.choice named': varies(AUTO, 'a named tool_choice', 'tool_choice'),
  'tools.choice no-parallel': varies(AUTO, 'parallel_tool_calls false', 'parallel_tool_calls'),
  'tools.round-trip call': varies(AUTO, 'tool_choice "required"', 'tool_choice'),
  'tools.stream stream': varies(AUTO, 'streaming with tools', 'stream'),
};

export const variantOf = (s: Source): Variant | undefined => VARIANTS[`${s.probe} ${s.label}`];

/** when tools.auto itself was refused as "tools not supported", a variant of it was refused for the same reason */
export function toolsRefused(t: TranscriptSet, src: Source): Grade | undefined {
  const auto = completionOf(t, AUTO.probe, AUTO.label, VARIANTS['tools.auto auto']);
  if (auto.ok || auto.grade.status !== 'unsupported') return undefined;
  return { status: 'unsupported', message: `${where(src)} was refused too: ${auto.grade.message}` };
}

/** Every non-streamed answer that may hold tool calls. */
export const CALL_SOURCES: Source[] = [
  AUTO,
  REQUIRED,
  { probe: 'tools.choice', label: 'named' },
  { probe: 'tools.choice', label: 'no-parallel' },
  { probe: 'tools.round-trip', label: 'call' },
];

/** Answers whose calls must end with finish_reason "tool_calls" (a named tool_choice may say "stop", as OpenAI does). */
export const FINISH_SOURCES = CALL_SOURCES.filter((s) => s.label !== 'named');

/** the probes a check over these sources reads, controls included (the planner sends only listed probes) */
export const probesOf = (sources: Source[]): string[] => [
  ...new Set([...sources.map((s) => s.probe), AUTO.probe, CONTROL.probe]),
];

export interface CallsOf {
  calls: Array<Record<string, unknown>>;
  raw: unknown; // message.tool_calls as received
  finishReason: unknown;
  content: unknown;
}

/** answeredOf with the request's control; a variant of tools.auto refused with it says so in one line */
export function toolsAnswerOf(t: TranscriptSet, src: Source): Need<Answered> {
  const variant = variantOf(src);
  const got = answeredOf(t, src.probe, src.label, variant);
  return !got.ok && variant?.control === AUTO ? no(toolsRefused(t, src) ?? got.grade) : got;
}

export function callsOf(t: TranscriptSet, probe: string, label: string): Need<CallsOf> {
  const answered = toolsAnswerOf(t, { probe, label });
  if (!answered.ok) return answered;
  const got = completionOf(t, probe, label);
  if (!got.ok) return got;
  const raw = got.value.message.tool_calls;
  const calls = Array.isArray(raw) ? raw.filter(isObject) : [];
  return {
    ok: true,
    value: { calls, raw, finishReason: got.value.choice.finish_reason, content: got.value.message.content },
  };
}

/**
 * The grade of a check that needs a tool call when none was made (`clause` says where). tools.choice-required is
 * the root: when even tool_choice "required" made no call, it fails and this check is untestable naming it;
 * otherwise a missing call is allowed (tool_choice "auto") and graded by tools.called, so this is inconclusive.
 */
export function noCallGrade(t: TranscriptSet, clause: string): Grade {
  const required = callsOf(t, REQUIRED.probe, REQUIRED.label);
  if (required.ok && required.value.calls.length === 0) {
    return {
      status: 'untestable',
      message: `${clause}; even ${where(REQUIRED)} made none (tools.choice-required fails for that)`,
      prerequisite: 'tools.choice-required',
    };
  }
  return {
    status: 'inconclusive',
    message: `${clause}, so there was nothing to judge (tools.called grades a missing call; --trials N may observe one)`,
  };
}

export function fnOf(call: Record<string, unknown>): Record<string, unknown> {
  return isObject(call.function) ? call.function : {};
}

export function show(v: unknown, max = 80): string {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
