// Field rules of the chat completion that deserve their own line in a report: object, created, index,
// finish_reason, usage.
import type { Check } from '../../engine/types.ts';
import { everyItem } from '../internal/grade.ts';
import { isObject, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { CHAT_PROBES, P } from './probes.ts';
import { chatResponses, type ChatResponse } from './responses.ts';

export const FINISH_REASONS = ['stop', 'length', 'tool_calls', 'content_filter', 'function_call'];

function rule(test: (r: ChatResponse) => ReturnType<Parameters<typeof everyItem<ChatResponse>>[1]>, pass: string) {
  return (t: Parameters<Check['grade']>[0]) => {
    const r = chatResponses(t);
    if (!r.ok) return r.grade;
    return everyItem(r.items.filter((i) => isObject(i.body)), test, pass);
  };
}

const choicesOf = (r: ChatResponse): any[] => (Array.isArray(r.body.choices) ? r.body.choices : []);

export const object: Check = {
  id: 'chat.object',
  title: 'object is "chat.completion"',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.object'),
  probes: CHAT_PROBES,
  grade: rule((r) => (r.body.object === 'chat.completion' ? undefined : { message: `object must be "chat.completion", got ${show(r.body.object)}`, seen: r.body.object }), 'object is "chat.completion"'),
};

/** an integer Unix time in seconds: milliseconds (B15) are > 1e11 */
export function secondsProblem(v: unknown): string | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v)) return `created must be an integer Unix time in seconds, got ${show(v)}`;
  if (v >= 1e11) return `created must be in seconds, got ${v} (milliseconds?)`;
  if (v < 0) return `created must be a Unix time in seconds, got ${v}`;
  return undefined;
}

export const createdSeconds: Check = {
  id: 'chat.created-seconds',
  title: 'created is an integer Unix time in seconds',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.created'),
  breaks: ['clients that render dates (a millisecond value lands in the year 57000)', 'typed clients (a decimal fails integer decoding)'],
  divergences: [15],
  probes: CHAT_PROBES,
  grade: rule((r) => {
    const m = secondsProblem(r.body.created);
    return m ? { message: m, seen: r.body.created } : undefined;
  }, 'created is an integer in seconds'),
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
    return bad < 0 ? undefined : { message: `choices[${bad}].index must be ${bad}, got ${show(choicesOf(r)[bad]?.index)}`, seen: choicesOf(r)[bad]?.index };
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
    return { message: `choices[${i}].finish_reason must be one of ${FINISH_REASONS.join(', ')}, got ${show(v)}`, seen: v };
  }, 'every finish_reason is from the enum'),
};

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const hasCounts = (u: unknown): u is Record<string, number> => isObject(u) && isCount(u.prompt_tokens) && isCount(u.completion_tokens) && isCount(u.total_tokens);

export const usagePresent: Check = {
  id: 'chat.usage',
  title: 'usage reports prompt_tokens, completion_tokens and total_tokens',
  feature: 'chat',
  level: 'SHOULD',
  source: spec('CreateChatCompletionResponse.usage (CompletionUsage)'),
  breaks: ['cost tracking and token budgeting in apps and gateways'],
  divergences: [17],
  probes: CHAT_PROBES,
  grade: rule((r) => {
    const u = r.body.usage;
    if (!isObject(u)) return { message: `usage should be an object with token counts, got ${show(u)}`, seen: u };
    const missing = ['prompt_tokens', 'completion_tokens', 'total_tokens'].filter((k) => !isCount(u[k]));
    return missing.length === 0 ? undefined : { message: `usage.${missing.join(', usage.')} should be a non-negative integer, got ${show(u)}`, seen: u };
  }, 'usage is reported with all three counts'),
};

export const usageTotal: Check = {
  id: 'chat.usage-total',
  title: 'usage.total_tokens = prompt_tokens + completion_tokens',
  feature: 'chat',
  level: 'MUST',
  source: spec('CompletionUsage.total_tokens ("prompt + completion")'),
  breaks: ['billing and quota code that sums either side'],
  probes: CHAT_PROBES,
  grade(t) {
    const r = chatResponses(t);
    if (!r.ok) return r.grade;
    const counted = r.items.filter((i) => isObject(i.body) && hasCounts(i.body.usage));
    if (counted.length === 0)
      return { status: 'untestable', message: 'no chat response reported usage with all three counts (see chat.usage)', prerequisite: P.basic };
    return everyItem(
      counted,
      ({ body: { usage: u } }) =>
        u.total_tokens === u.prompt_tokens + u.completion_tokens
          ? undefined
          : { message: `usage.total_tokens must be ${u.prompt_tokens} + ${u.completion_tokens} = ${u.prompt_tokens + u.completion_tokens}, got ${u.total_tokens}`, seen: u },
      `total_tokens is the sum of prompt and completion tokens in ${counted.length} responses`,
    );
  },
};
