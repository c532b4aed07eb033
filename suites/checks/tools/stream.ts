// Streamed tool calls: the delta rules openai-node's accumulator relies on (reference A3, B1–B8).
import type { Check, Grade } from '../../engine/types.ts';
import { parseJsonText } from '../internal/json-schema-issues.ts';
import { callsOf, probesOf, show } from './read-calls.ts';
import { cutGrade, EXCHANGE, STREAM, toolStreamOf, withCalls, type ToolStream } from './read-stream.ts';
import { guide, reference, sdk, spec } from '../internal/sources.ts';

const probes = probesOf([STREAM]);
const fail = (message: string, seen: unknown, frames: number[]): Grade => ({
  status: 'fail',
  message: `tools.stream: ${message}`,
  details: { seen, exchange: { ...STREAM, frames } },
});

/** a rule over the streamed calls; with `end`, it needs the whole stream and a cut one is not judged */
function streamed(judge: (s: ToolStream) => Grade, { end = false } = {}) {
  return (t: Parameters<Check['grade']>[0]): Grade => {
    const got = withCalls(t);
    if (!got.ok) return got.grade;
    return end && got.value.end.error ? cutGrade(got.value) : judge(got.value);
  };
}

export const streamIndex: Check = {
  id: 'tools.stream-index',
  title: 'every streamed tool-call delta has an integer index',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionMessageToolCallChunk.index (required)'),
  breaks: ['openai-node ChatCompletionStream ("invalid tool call index")', 'openai-python accumulators'],
  divergences: [1, 2],
  probes,
  grade: streamed(({ deltas }) => {
    const bad = deltas.find((d) => !Number.isSafeInteger(d.index) || (d.index as number) < 0);
    if (bad)
      return fail(
        `frame ${bad.frame}: a tool-call delta has index ${show(bad.index)}, expected a non-negative integer: ${show(bad.raw)}`,
        bad.raw,
        [bad.frame],
      );
    return { status: 'pass', message: `${deltas.length} tool-call deltas, each with an integer index` };
  }),
};

export const streamDistinctIndex: Check = {
  id: 'tools.stream-distinct-index',
  title: 'a distinct tool-call id means a distinct index',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionMessageToolCallChunk.index identifies the call'),
  breaks: ['accumulators merge two calls into one with concatenated, invalid arguments'],
  divergences: [3],
  probes,
  grade: streamed(({ deltas }) => {
    const idAt = new Map<string, { id: string; frame: number }>();
    for (const d of deltas) {
      if (typeof d.id !== 'string' || d.id === '') continue;
      const key = String(d.index);
      const earlier = idAt.get(key);
      if (earlier && earlier.id !== d.id)
        return fail(
          `calls ${show(earlier.id)} (frame ${earlier.frame}) and ${show(d.id)} (frame ${d.frame}) share index ${show(d.index)}`,
          d.raw,
          [earlier.frame, d.frame],
        );
      if (!earlier) idAt.set(key, { id: d.id, frame: d.frame });
    }
    return { status: 'pass', message: `${idAt.size} call id(s), each on its own index` };
  }),
};

export const streamFirstDelta: Check = {
  id: 'tools.stream-first-delta',
  title: 'a call\'s first delta carries id, type "function" and function.name',
  feature: 'tools',
  level: 'MUST',
  source: reference(
    'A3',
    'first tool-call chunk {index, id, type, function:{name, arguments:""}}',
    'api-reference/chat-streaming',
  ),
  breaks: [
    'openai-node finalChatCompletion() ("missing …type / function.name")',
    'tool results without a tool_call_id',
  ],
  divergences: [16],
  probes,
  grade: streamed(({ deltas }) => {
    const seen = new Set<string>();
    for (const d of deltas) {
      const key = Number.isSafeInteger(d.index) ? String(d.index) : `position ${d.position}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const missing = [
        typeof d.id === 'string' && d.id !== '' ? '' : 'id',
        d.type === 'function' ? '' : 'type "function"',
        typeof d.name === 'string' && d.name !== '' ? '' : 'function.name',
      ].filter(Boolean);
      if (missing.length)
        return fail(
          `frame ${d.frame}: the first delta of tool call ${key} lacks ${missing.join(', ')}: ${show(d.raw)}`,
          d.raw,
          [d.frame],
        );
    }
    return { status: 'pass', message: `${seen.size} call(s) opened with id, type and name` };
  }),
};

export const streamArguments: Check = {
  id: 'tools.stream-arguments',
  title: 'streamed arguments are string fragments that join into a JSON object',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionMessageToolCallChunk.function.arguments (string)'),
  breaks: ['openai-node concatenates fragments as strings ("[object Object]")', 'JSON.parse of the joined arguments'],
  divergences: [6, 7],
  probes,
  grade: streamed(
    ({ calls }) => {
      for (const call of calls) {
        const nonString = [...call.argumentTypes].filter((k) => k !== 'string');
        if (nonString.length)
          return fail(
            `tool call ${call.key} sent arguments as ${nonString.join(', ')}, not string fragments`,
            call.arguments,
            call.frames,
          );
        const parsed = parseJsonText(call.arguments);
        if (!parsed.ok)
          return fail(
            `the arguments of tool call ${call.key} join into invalid JSON (${parsed.error}): ${show(call.arguments)}`,
            call.arguments,
            call.frames,
          );
        if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
          return fail(
            `the arguments of tool call ${call.key} are not a JSON object: ${show(call.arguments)}`,
            call.arguments,
            call.frames,
          );
      }
      return { status: 'pass', message: `${calls.length} call(s): fragments join into JSON objects` };
    },
    { end: true },
  ),
};

export const streamNameStable: Check = {
  id: 'tools.stream-name-stable',
  title: 'a streamed call keeps its function name (continuations omit it, never send "" or another name)',
  feature: 'tools',
  level: 'SHOULD',
  source: sdk('ChatCompletionStream', '"changed tool call identity"', 'v7.57.0'),
  breaks: [
    'openai-node >=7 with auto-parseable tools throws',
    'accumulators that assign name on every delta end with an empty name',
  ],
  divergences: [5],
  probes,
  grade: streamed(({ deltas }) => {
    const names = new Map<string, string>();
    for (const d of deltas) {
      const key = String(d.index);
      const first = names.get(key);
      if (first === undefined) {
        if (typeof d.name === 'string' && d.name !== '') names.set(key, d.name);
        continue;
      }
      if (d.hasName && d.name !== first)
        return fail(
          `frame ${d.frame}: tool call ${key} began as ${show(first)} but a continuation sends name ${show(d.name)}; omit name after the first delta`,
          d.raw,
          [d.frame],
        );
    }
    return { status: 'pass', message: `${names.size} call(s) kept their names` };
  }),
};

export const streamIncremental: Check = {
  id: 'tools.stream-incremental',
  title: 'tool calls stream as deltas (arguments in one piece is noted, a stream collapsed into one chunk fails)',
  feature: 'tools',
  level: 'SHOULD',
  source: guide('streaming function calls (arguments arrive as deltas)', 'guides/function-calling#streaming'),
  breaks: ['progress UIs; time to first token equals total time'],
  divergences: [4, 5],
  probes,
  grade: streamed(
    ({ chunks, calls }) => {
      const carrying = chunks.filter(({ chunk }) => Array.isArray(chunk.choices) && chunk.choices.length > 0);
      if (carrying.length <= 1)
        return fail(
          `the whole answer arrived in ${carrying.length} chunk: role, tool calls and finish_reason together`,
          carrying.map((c) => c.frame),
          carrying.map((c) => c.frame),
        );
      const whole = calls.filter((c) => c.fragments <= 1);
      if (whole.length === calls.length) {
        return {
          status: 'pass',
          message: "streamed, but each call's arguments arrived whole in one chunk",
          details: {
            note: `arguments arrived whole in one chunk for ${whole.length} call(s): clients see no partial arguments`,
            exchange: { ...STREAM, frames: whole.flatMap((c) => c.frames) },
          },
        };
      }
      return { status: 'pass', message: `${calls.length} call(s) streamed over ${carrying.length} chunks` };
    },
    { end: true },
  ),
};

export const streamFinishReason: Check = {
  id: 'tools.stream-finish-reason',
  title: 'a stream that made tool calls ends with finish_reason "tool_calls"',
  feature: 'tools',
  level: 'MUST',
  source: spec('CreateChatCompletionStreamResponse.choices[].finish_reason'),
  breaks: ['agent loops that stop on "stop" and never run the tools'],
  divergences: [7, 8],
  probes,
  grade: streamed(
    ({ finishReason, deltas }) => {
      if (finishReason === 'tool_calls') return { status: 'pass', message: 'finish_reason "tool_calls"' };
      return fail(
        `the stream made ${new Set(deltas.map((d) => String(d.index))).size} tool call(s) but its finish_reason is ${show(finishReason)}, expected "tool_calls"`,
        finishReason ?? null,
        [],
      );
    },
    { end: true },
  ),
};

const MARKUP = /<\/?tool_call>|<\|tool_call|<function[=>]|\[TOOL_CALLS\]|<\|python_tag\|>/;

export const noMarkup: Check = {
  id: 'tools.no-markup',
  title: 'tool calls come as tool_calls, never as raw <tool_call> markup in content',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionResponseMessage.tool_calls'),
  breaks: ['every client: the call is shown to the user as text and never run'],
  divergences: [5, 7],
  probes: probesOf([STREAM]),
  grade(t) {
    const auto = callsOf(t, 'tools.auto', 'auto');
    const autoMarkup = auto.ok && typeof auto.value.content === 'string' ? MARKUP.exec(auto.value.content) : null;
    if (auto.ok && autoMarkup) {
      return {
        status: 'fail',
        message: `tools.auto (auto): content holds tool-call markup ${show(autoMarkup[0])} instead of tool_calls: ${show(auto.value.content, 120)}`,
        details: { seen: auto.value.content, exchange: { probe: 'tools.auto', label: 'auto' } },
      };
    }
    const got = toolStreamOf(t);
    if (!got.ok)
      return auto.ok
        ? { status: 'pass', message: 'no tool-call markup in content (the stream could not be read)' }
        : got.grade;
    const m = MARKUP.exec(got.value.content);
    if (m)
      return fail(
        `content holds tool-call markup ${show(m[0])} instead of tool_calls deltas: ${show(got.value.content, 120)}`,
        got.value.content,
        [],
      );
    return { status: 'pass', message: 'no tool-call markup in content, streamed or not', details: EXCHANGE };
  },
};

export const streamChecks: Check[] = [
  streamIndex,
  streamDistinctIndex,
  streamFirstDelta,
  streamArguments,
  streamNameStable,
  streamIncremental,
  streamFinishReason,
  noMarkup,
];
