// tool_choice and parallel_tool_calls are honoured.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { where } from '../internal/read.ts';
import { callsOf, fnOf, show } from './read-calls.ts';
import { guide, spec } from '../internal/sources.ts';

type Judge = (calls: Array<Record<string, unknown>>, content: unknown) => string | undefined;

function oneAnswer(probe: string, label: string, judge: Judge, passMessage: string) {
  return (t: TranscriptSet): Grade => {
    const got = callsOf(t, probe, label);
    if (!got.ok) return got.grade;
    const problem = judge(got.value.calls, got.value.content);
    if (problem === undefined) return { status: 'pass', message: passMessage };
    return { status: 'fail', message: `${where({ probe, label })}: ${problem}`, details: { seen: got.value.raw ?? null, exchange: { probe, label } } };
  };
}

const names = (calls: Array<Record<string, unknown>>) => calls.map((c) => show(fnOf(c).name)).join(', ');

export const called: Check = {
  id: 'tools.called',
  title: 'with tool_choice "auto", a question the tool answers produces a call',
  feature: 'tools',
  level: 'SHOULD',
  source: guide('function calling, tool_choice "auto"', 'guides/function-calling'),
  probes: ['tools.auto'],
  repeatable: true,
  grade: oneAnswer('tools.auto', 'auto', (calls, content) => (calls.length ? undefined : `no tool call for "What is the weather in Paris and in Tokyo?"; the model answered ${show(content)}`), 'the model called get_weather'),
};

export const parallel: Check = {
  id: 'tools.parallel',
  title: 'parallel tool calls: two cities give two get_weather calls in one answer',
  feature: 'tools',
  level: 'SHOULD',
  source: spec('CreateChatCompletionRequest.parallel_tool_calls (default true)'),
  probes: ['tools.auto'],
  repeatable: true,
  grade: oneAnswer('tools.auto', 'auto', (calls) => {
    const weather = calls.filter((c) => fnOf(c).name === 'get_weather');
    return weather.length >= 2 ? undefined : `expected one get_weather call per city (2), got ${calls.length ? `${calls.length}: ${names(calls)}` : 'none'}`;
  }, 'two get_weather calls in one answer'),
};

export const choiceNone: Check = {
  id: 'tools.choice-none',
  title: 'tool_choice "none": no tool call, a text answer',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionToolChoiceOption ("none" means the model will not call any tool)'),
  divergences: [35],
  probes: ['tools.choice'],
  repeatable: true,
  grade: oneAnswer('tools.choice', 'none', (calls, content) => {
    if (calls.length) return `tool_choice "none" was ignored: ${calls.length} tool call(s) (${names(calls)})`;
    return typeof content === 'string' && content !== '' ? undefined : `no tool call, but no text answer either: content ${show(content)}`;
  }, 'no tool call and a text answer'),
};

export const choiceRequired: Check = {
  id: 'tools.choice-required',
  title: 'tool_choice "required": at least one tool call, even for small talk',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionToolChoiceOption ("required" means the model must call one or more tools)'),
  divergences: [35],
  probes: ['tools.choice'],
  repeatable: true,
  grade: oneAnswer('tools.choice', 'required', (calls, content) => (calls.length ? undefined : `tool_choice "required" was ignored: no tool call, content ${show(content)}`), 'a tool call was made'),
};

export const choiceNamed: Check = {
  id: 'tools.choice-named',
  title: 'a named tool_choice forces that function (get_time, asked about the weather)',
  feature: 'tools',
  level: 'MUST',
  source: spec('ChatCompletionNamedToolChoice'),
  divergences: [35],
  probes: ['tools.choice'],
  repeatable: true,
  grade: oneAnswer('tools.choice', 'named', (calls) => {
    if (!calls.length) return 'tool_choice {"type":"function","function":{"name":"get_time"}} was ignored: no tool call';
    const other = calls.filter((c) => fnOf(c).name !== 'get_time');
    return other.length ? `tool_choice named get_time, but the answer called ${names(other)}` : undefined;
  }, 'only get_time was called'),
};

export const noParallel: Check = {
  id: 'tools.no-parallel',
  title: 'parallel_tool_calls false: at most one tool call',
  feature: 'tools',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.parallel_tool_calls'),
  probes: ['tools.choice'],
  repeatable: true,
  grade: oneAnswer('tools.choice', 'no-parallel', (calls) => (calls.length <= 1 ? undefined : `parallel_tool_calls false was ignored: ${calls.length} calls (${names(calls)})`), 'at most one tool call'),
};

export const choiceChecks: Check[] = [called, parallel, choiceNone, choiceRequired, choiceNamed, noParallel];
