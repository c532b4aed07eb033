// Shape of non-streamed tool calls: arguments, ids, finish_reason.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { gradeEach, type Verdict } from '../internal/grade.ts';
import { type Source, where } from '../internal/read.ts';
import { issueLines, jsonSchemaIssues, parseJsonText } from '../internal/json-schema-issues.ts';
import { PARAMETERS_BY_NAME } from './fixtures.ts';
import {
  CALL_SOURCES,
  callsOf,
  type CallsOf,
  FINISH_SOURCES,
  fnOf,
  noCallGrade,
  probesOf,
  show,
} from './read-calls.ts';
import { guide, spec } from '../internal/sources.ts';

const probes = probesOf(CALL_SOURCES);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** gradeEach over answers with tool calls; when the answers that could be read made none, noCallGrade says why */
function eachCall(
  t: TranscriptSet,
  sources: Source[],
  judge: (a: CallsOf, src: Source) => Verdict,
  pass: (judged: number, responses: number) => string,
): Grade {
  const read = sources.map((s) => callsOf(t, s.probe, s.label));
  if (read.some((r) => r.ok) && !read.some((r) => r.ok && r.value.calls.length > 0))
    return noCallGrade(t, 'no answer made a tool call');
  return gradeEach(t, sources, callsOf, judge, pass);
}

export const argumentsString: Check = {
  id: 'tools.arguments-string',
  title: 'function.arguments is a string holding JSON',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionMessageToolCall.function.arguments (string)'),
  breaks: ['openai-node and openai-python (JSON.parse / json.loads of a non-string)'],
  divergences: [6, 7],
  probes,
  grade: (t) =>
    eachCall(
      t,
      CALL_SOURCES,
      ({ calls }, src) => {
        for (const [i, call] of calls.entries()) {
          const args = fnOf(call).arguments;
          if (typeof args !== 'string') {
            const kind =
              args === null
                ? 'null'
                : Array.isArray(args)
                  ? 'an array'
                  : typeof args === 'object'
                    ? 'a JSON object'
                    : typeof args;
            return {
              ok: false,
              grade: {
                status: 'fail',
                message: `${where(src)}: tool_calls[${i}].function.arguments is ${kind}, not a string: ${show(args)}. Serialise the arguments with JSON.stringify.`,
                details: { seen: args, exchange: { probe: src.probe, label: src.label } },
              },
            };
          }
          const parsed = parseJsonText(args);
          if (!parsed.ok) {
            return {
              ok: false,
              grade: {
                status: 'fail',
                message: `${where(src)}: tool_calls[${i}].function.arguments is not valid JSON (${parsed.error}): ${show(args)}`,
                details: { seen: args, exchange: { probe: src.probe, label: src.label } },
              },
            };
          }
          if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
            return {
              ok: false,
              grade: {
                status: 'fail',
                message: `${where(src)}: tool_calls[${i}].function.arguments is JSON but not an object: ${show(args)}`,
                details: { seen: args, exchange: { probe: src.probe, label: src.label } },
              },
            };
          }
        }
        return calls.length ? { ok: true, judged: calls.length } : { ok: 'n/a' };
      },
      (n, r) => `${plural(n, 'call')} in ${plural(r, 'response')}: arguments are JSON object strings`,
    ),
};

export const argumentsSchema: Check = {
  id: 'tools.arguments-schema',
  title: "arguments are valid against the tool's parameters schema",
  feature: 'tools',
  level: 'SHOULD',
  source: guide('function calling (parameters is a JSON Schema)', 'guides/function-calling'),
  breaks: ['tool implementations receive arguments they cannot use'],
  divergences: [7, 33],
  probes,
  repeatable: true,
  grade: (t) =>
    eachCall(
      t,
      CALL_SOURCES,
      ({ calls }, src) => {
        let judged = 0;
        for (const [i, call] of calls.entries()) {
          const fn = fnOf(call);
          const schema = typeof fn.name === 'string' ? PARAMETERS_BY_NAME[fn.name] : undefined;
          const parsed = typeof fn.arguments === 'string' ? parseJsonText(fn.arguments) : undefined;
          if (!schema || !parsed?.ok) continue; // unknown names and non-JSON are other checks' findings
          const issues = jsonSchemaIssues(schema, parsed.value);
          if (issues.length) {
            return {
              ok: false,
              grade: {
                status: 'fail',
                message: `${where(src)}: tool_calls[${i}] ${String(fn.name)} arguments do not match its parameters schema: ${issueLines(issues)}`,
                details: { issues, seen: fn.arguments, exchange: { probe: src.probe, label: src.label } },
              },
            };
          }
          judged += 1;
        }
        return judged ? { ok: true, judged } : { ok: 'n/a' };
      },
      (n) => `${plural(n, 'call')} validated against their tool's schema`,
    ),
};

export const callIds: Check = {
  id: 'tools.call-ids',
  title: 'every tool call has a non-empty id, unique in its response, type "function" and a known name',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionMessageToolCall (id, type, function.name required)'),
  breaks: ["apps and the SDK's runTools() cannot match tool results to their calls (tool_call_id)"],
  divergences: [16],
  probes,
  grade: (t) =>
    eachCall(
      t,
      CALL_SOURCES,
      ({ calls }, src) => {
        const seen = new Set<string>();
        const fail = (message: string, value: unknown) => ({
          ok: false as const,
          grade: {
            status: 'fail' as const,
            message: `${where(src)}: ${message}`,
            details: { seen: value, exchange: { probe: src.probe, label: src.label } },
          },
        });
        for (const [i, call] of calls.entries()) {
          if (typeof call.id !== 'string' || call.id === '')
            return fail(`tool_calls[${i}].id is ${show(call.id)}; a non-empty string is required`, call.id);
          if (seen.has(call.id))
            return fail(`tool_calls[${i}].id ${show(call.id)} repeats an earlier call's id`, call.id);
          seen.add(call.id);
          if (call.type !== 'function')
            return fail(`tool_calls[${i}].type is ${show(call.type)}, expected "function"`, call.type);
          const name = fnOf(call).name;
          if (typeof name !== 'string' || !(name in PARAMETERS_BY_NAME))
            return fail(
              `tool_calls[${i}].function.name is ${show(name)}, not one of the offered tools (get_weather, get_time)`,
              name,
            );
        }
        return calls.length ? { ok: true, judged: calls.length } : { ok: 'n/a' };
      },
      (n) => `${plural(n, 'call')}: ids present and unique, type "function", known names`,
    ),
};

export const finishReason: Check = {
  id: 'tools.finish-reason',
  title: 'finish_reason is "tool_calls" whenever the answer holds tool calls',
  feature: 'tools',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.choices[].finish_reason ("tool_calls" if the model called a tool)'),
  breaks: ['agent loops that stop on finish_reason "stop" and never run the tools'],
  divergences: [7, 8],
  probes: probesOf(FINISH_SOURCES),
  grade: (t) =>
    eachCall(
      t,
      FINISH_SOURCES,
      ({ calls, finishReason }, src) => {
        if (!calls.length) return { ok: 'n/a' };
        if (finishReason === 'tool_calls') return { ok: true, judged: 1 };
        return {
          ok: false,
          grade: {
            status: 'fail',
            message: `${where(src)}: the answer holds ${plural(calls.length, 'tool call')} but finish_reason is ${show(finishReason)}, expected "tool_calls"`,
            details: { seen: finishReason, exchange: { probe: src.probe, label: src.label } },
          },
        };
      },
      (n) => `${plural(n, 'answer')} with tool calls ended with finish_reason "tool_calls"`,
    ),
};

export const callChecks: Check[] = [argumentsString, argumentsSchema, callIds, finishReason];
