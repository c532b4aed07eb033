// tool_choice and parallel_tool_calls are honoured. A "no call" or "one call" proves that only when the same
// prompt under tool_choice "auto" (tools.auto) did call, in parallel: else the check is inconclusive.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { type Source, where } from '../internal/read.ts';
import { guide, spec } from '../internal/sources.ts';
import { AUTO, callsOf, type CallsOf, fnOf, noCallGrade, probesOf, REQUIRED, show } from './read-calls.ts';

type Judge = (answer: CallsOf, t: TranscriptSet) => string | Grade | undefined;

function oneAnswer(src: Source, judge: Judge, passMessage: string) {
  return (t: TranscriptSet): Grade => {
    const got = callsOf(t, src.probe, src.label);
    if (!got.ok) return got.grade;
    const problem = judge(got.value, t);
    if (problem === undefined) return { status: 'pass', message: passMessage };
    if (typeof problem !== 'string') return problem;
    return {
      status: 'fail',
      message: `${where(src)}: ${problem}`,
      details: { seen: got.value.raw ?? null, exchange: src },
    };
  };
}

const names = (calls: Array<Record<string, unknown>>) => calls.map((c) => show(fnOf(c).name)).join(', ');
const choice = (label: string): Source => ({ probe: 'tools.choice', label });

/** the premise of the "at most" checks: tools.auto called (in parallel) for the same prompt; else the grade */
function autoCalled(t: TranscriptSet, atLeast: number, about: string, gradedBy: string): Grade | undefined {
  const auto = callsOf(t, AUTO.probe, AUTO.label);
  if (!auto.ok)
    return {
      status: 'inconclusive',
      message: `${about} proves nothing without ${where(AUTO)}, the same prompt under tool_choice "auto": ${auto.grade.message}`,
    };
  const n = auto.value.calls.length;
  if (n >= atLeast) return undefined;
  return {
    status: 'inconclusive',
    message: `${about} proves nothing: ${where(AUTO)}, the same prompt under tool_choice "auto", made ${n} tool call${n === 1 ? '' : 's'} (${gradedBy} grades that; --trials N may observe ${atLeast === 1 ? 'one' : 'more'})`,
  };
}

export const called: Check = {
  id: 'tools.called',
  title: 'with tool_choice "auto", a question the tool answers produces a call',
  feature: 'tools',
  level: 'SHOULD',
  source: guide('function calling, tool_choice "auto"', 'guides/function-calling'),
  probes: probesOf([AUTO]),
  repeatable: true,
  grade: oneAnswer(
    AUTO,
    ({ calls, content }) =>
      calls.length
        ? undefined
        : `no tool call for "What is the weather in Paris and in Tokyo?"; the model answered ${show(content)}`,
    'the model called get_weather',
  ),
};

export const parallel: Check = {
  id: 'tools.parallel',
  title: 'parallel tool calls: two cities give two get_weather calls in one answer',
  feature: 'tools',
  level: 'SHOULD',
  source: spec('CreateChatCompletionRequest.parallel_tool_calls (default true)'),
  probes: probesOf([AUTO]),
  repeatable: true,
  grade: oneAnswer(
    AUTO,
    ({ calls }, t) => {
      if (!calls.length) return noCallGrade(t, `${where(AUTO)} made no tool call`);
      const weather = calls.filter((c) => fnOf(c).name === 'get_weather');
      return weather.length >= 2
        ? undefined
        : `expected one get_weather call per city (2), got ${calls.length}: ${names(calls)}`;
    },
    'two get_weather calls in one answer',
  ),
};

export const choiceNone: Check = {
  id: 'tools.choice-none',
  title: 'tool_choice "none": no tool call, a text answer',
  feature: 'tools',
  level: 'MUST',
  breaks: ['apps that send tool_choice "none" to get a text answer receive tool calls instead'],
  source: spec('ChatCompletionToolChoiceOption ("none" means the model will not call any tool)'),
  divergences: [35],
  probes: probesOf([choice('none')]),
  repeatable: true,
  grade: oneAnswer(
    choice('none'),
    ({ calls, content }, t) => {
      if (calls.length) return `tool_choice "none" was ignored: ${calls.length} tool call(s) (${names(calls)})`;
      if (typeof content !== 'string' || content === '')
        return `no tool call, but no text answer either: content ${show(content)}`;
      return autoCalled(t, 1, 'no tool call under tool_choice "none"', 'tools.called');
    },
    'no tool call and a text answer, where tool_choice "auto" called a tool',
  ),
};

export const choiceRequired: Check = {
  id: 'tools.choice-required',
  title: 'tool_choice "required": at least one tool call, even for small talk',
  feature: 'tools',
  level: 'MUST',
  breaks: ['agents that force a tool call with tool_choice "required" receive text instead'],
  source: spec('ChatCompletionToolChoiceOption ("required" means the model must call one or more tools)'),
  divergences: [35],
  probes: probesOf([REQUIRED]),
  repeatable: true,
  grade: oneAnswer(
    REQUIRED,
    ({ calls, content }) =>
      calls.length ? undefined : `tool_choice "required" was ignored: no tool call, content ${show(content)}`,
    'a tool call was made',
  ),
};

export const choiceNamed: Check = {
  id: 'tools.choice-named',
  title: 'a named tool_choice forces that function (get_time, asked about the weather)',
  feature: 'tools',
  level: 'MUST',
  breaks: ['apps that name the tool to call receive another tool, or none'],
  source: spec('ChatCompletionNamedToolChoice'),
  divergences: [35],
  probes: probesOf([choice('named')]),
  repeatable: true,
  grade: oneAnswer(
    choice('named'),
    ({ calls }, t) => {
      if (!calls.length) {
        const root = noCallGrade(t, `${where(choice('named'))} made no tool call`); // untestable when tool_choice "required" made no call either
        return root.status === 'untestable'
          ? root
          : 'tool_choice {"type":"function","function":{"name":"get_time"}} was ignored: no tool call';
      }
      const other = calls.filter((c) => fnOf(c).name !== 'get_time');
      return other.length ? `tool_choice named get_time, but the answer called ${names(other)}` : undefined;
    },
    'only get_time was called',
  ),
};

export const noParallel: Check = {
  id: 'tools.no-parallel',
  title: 'parallel_tool_calls false: at most one tool call',
  feature: 'tools',
  level: 'MUST',
  breaks: ['apps that set parallel_tool_calls: false and handle one call per turn receive several'],
  source: spec('CreateChatCompletionRequest.parallel_tool_calls'),
  probes: probesOf([choice('no-parallel')]),
  repeatable: true,
  grade: oneAnswer(
    choice('no-parallel'),
    ({ calls }, t) => {
      if (calls.length > 1) return `parallel_tool_calls false was ignored: ${calls.length} calls (${names(calls)})`;
      if (!calls.length)
        return {
          status: 'inconclusive',
          message: `${where(choice('no-parallel'))} made no tool call, so "at most one" was not put to the test`,
        };
      return autoCalled(t, 2, 'one call under parallel_tool_calls false', 'tools.parallel');
    },
    'one tool call, where tool_choice "auto" made parallel calls',
  ),
};

export const choiceChecks: Check[] = [called, parallel, choiceNone, choiceRequired, choiceNamed, noParallel];
