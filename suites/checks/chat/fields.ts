// Field rules of the chat completion that deserve their own line in a report: object, created, index,
// finish_reason. Usage is in usage.ts.
import type { Check, TranscriptSet } from '../../engine/types.ts';
import { everyItem, type Finding } from '../internal/grade.ts';
import { isObject, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { CHAT_PROBES } from './probes.ts';
import { chatResponses, type ChatResponse } from './responses.ts';
import { clockOf, timeProblem } from './timestamps.ts';

export { secondsProblem } from './timestamps.ts';

export const FINISH_REASONS = ['stop', 'length', 'tool_calls', 'content_filter', 'function_call'];

/** a rule over every JSON chat answer of the run */
export function rule(test: (r: ChatResponse) => Finding | undefined, pass: string) {
  return (t: TranscriptSet) => {
    const r = chatResponses(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items.filter((i) => isObject(i.body)),
      test,
      pass,
    );
  };
}

export const choicesOf = (r: ChatResponse): any[] => (Array.isArray(r.body.choices) ? r.body.choices : []);

export const object: Check = {
  id: 'chat.object',
  title: 'object is "chat.completion"',
  feature: 'chat',
  level: 'MUST',
  breaks: ['generated clients that decode object as a constant, and code that routes answers by their object'],
  source: spec('CreateChatCompletionResponse.object'),
  probes: CHAT_PROBES,
  grade: rule(
    (r) =>
      r.body.object === 'chat.completion'
        ? undefined
        : { message: `object must be "chat.completion", got ${show(r.body.object)}`, seen: r.body.object },
    'object is "chat.completion"',
  ),
};

export const createdSeconds: Check = {
  id: 'chat.created-seconds',
  title: 'created is an integer Unix time in seconds, after 2015 and not in the future',
  feature: 'chat',
  level: 'MUST',
  source: spec(
    'CreateChatCompletionResponse.created ("the Unix timestamp (in seconds) of when the chat completion was created")',
  ),
  breaks: [
    'clients that render dates (a millisecond value lands in the year 57000, a placeholder in 1970)',
    'typed clients (a decimal fails integer decoding)',
  ],
  divergences: [15],
  probes: CHAT_PROBES,
  grade: rule((r) => {
    const m = timeProblem(r.body.created, clockOf(r.ex, r.tr));
    return m ? { message: m, seen: r.body.created } : undefined;
  }, 'created is a plausible time in seconds'),
};

export const choiceIndex: Check = {
  id: 'chat.choice-index',
  title: 'choices[i].index equals i',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.choices[].index'),
  breaks: ['clients that pair choices by index (n > 1)'],
  probes: CHAT_PROBES,
  grade: rule((r) => {
    const bad = choicesOf(r).findIndex((c, i) => c?.index !== i);
    return bad < 0
      ? undefined
      : {
          message: `choices[${bad}].index must be ${bad}, got ${show(choicesOf(r)[bad]?.index)}`,
          seen: choicesOf(r)[bad]?.index,
        };
  }, 'every choice index matches its position'),
};

export const finishReason: Check = {
  id: 'chat.finish-reason',
  title: 'finish_reason is one of stop, length, tool_calls, content_filter, function_call',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.choices[].finish_reason'),
  breaks: ['openai-dotnet (unknown enum value throws, PR #267)', 'apps that branch on finish_reason'],
  divergences: [9],
  probes: CHAT_PROBES,
  grade: rule((r) => {
    const i = choicesOf(r).findIndex((c) => !FINISH_REASONS.includes(c?.finish_reason));
    if (i < 0) return undefined;
    const v = choicesOf(r)[i]?.finish_reason;
    return {
      message: `choices[${i}].finish_reason must be one of ${FINISH_REASONS.join(', ')}, got ${show(v)}`,
      seen: v,
    };
  }, 'every finish_reason is from the enum'),
};
