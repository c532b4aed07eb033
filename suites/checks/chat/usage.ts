// usage of the chat completion: optional in the spec, so its absence is graded once, by chat.usage (a SHOULD);
// the checks of its values judge the answers that report it and are inconclusive when none does.
import type { Check } from '../../engine/types.ts';
import { everyItem } from '../internal/grade.ts';
import { isObject, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { choicesOf, rule } from './fields.ts';
import { CHAT_PROBES } from './probes.ts';
import { chatResponses, type ChatResponse } from './responses.ts';

const COUNTS = ['prompt_tokens', 'completion_tokens', 'total_tokens'] as const;
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const hasCounts = (u: unknown): u is Record<string, number> => isObject(u) && COUNTS.every((k) => isCount(u[k]));

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
    const missing = COUNTS.filter((k) => !isCount(u[k]));
    return missing.length === 0
      ? undefined
      : { message: `usage.${missing.join(', usage.')} should be a non-negative integer, got ${show(u)}`, seen: u };
  }, 'usage is reported with all three counts'),
};

/** the answers that report all three counts; none is inconclusive, since chat.usage grades the absence */
function counted(
  t: Parameters<Check['grade']>[0],
): { ok: true; items: ChatResponse[] } | { ok: false; grade: ReturnType<Check['grade']> } {
  const r = chatResponses(t);
  if (!r.ok) return r;
  const items = r.items.filter((i) => isObject(i.body) && hasCounts(i.body.usage));
  if (items.length > 0) return { ok: true, items };
  return {
    ok: false,
    grade: {
      status: 'inconclusive',
      message:
        'no chat answer reported usage with all three counts, so there is nothing to add up (usage is optional; chat.usage grades its absence)',
    },
  };
}

export const usageTotal: Check = {
  id: 'chat.usage-total',
  title: 'usage.total_tokens = prompt_tokens + completion_tokens',
  feature: 'chat',
  level: 'MUST',
  source: spec('CompletionUsage.total_tokens ("prompt + completion")'),
  breaks: ['billing and quota code that sums either side'],
  probes: CHAT_PROBES,
  grade(t) {
    const r = counted(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      ({ body: { usage: u } }) =>
        u.total_tokens === u.prompt_tokens + u.completion_tokens
          ? undefined
          : {
              message: `usage.total_tokens must be ${u.prompt_tokens} + ${u.completion_tokens} = ${u.prompt_tokens + u.completion_tokens}, got ${u.total_tokens}`,
              seen: u,
            },
      `total_tokens is the sum of prompt and completion tokens in ${r.items.length} responses`,
    );
  },
};

/** words with a letter or digit: every tokenizer in use splits at whitespace, so each costs at least one token */
export function wordCount(text: unknown): number {
  return typeof text === 'string' ? text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
}

/** the words of everything a choice generated: its text, refusal and tool call arguments */
function generatedWords(choice: any): number {
  const m = choice?.message;
  const calls = Array.isArray(m?.tool_calls) ? m.tool_calls : [];
  return (
    wordCount(m?.content) +
    wordCount(m?.refusal) +
    calls.reduce((n: number, c: any) => n + wordCount(c?.function?.arguments), 0)
  );
}

export const usageCompletion: Check = {
  id: 'chat.usage-completion-tokens',
  title: 'usage.completion_tokens covers what was returned: at least one token per word, summed over all choices',
  feature: 'chat',
  level: 'MUST',
  source: spec('CompletionUsage.completion_tokens ("number of tokens in the generated completion")'),
  breaks: [
    'apps that track cost and budgets (an answer reported as 0 tokens, or n choices billed as one, goes unaccounted)',
  ],
  probes: CHAT_PROBES,
  grade(t) {
    const r = counted(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      (i) => {
        const choices = choicesOf(i);
        const words = choices.reduce((n, c) => n + generatedWords(c), 0);
        const used = i.body.usage.completion_tokens;
        if (used >= words) return undefined;
        const of = choices.length > 1 ? `the ${choices.length} choices returned hold` : 'the answer holds';
        return {
          message: `usage.completion_tokens must count every generated token, but it is ${used} while ${of} ${words} words (each at least one token)`,
          seen: { completion_tokens: used, words },
        };
      },
      `completion_tokens covers the text returned in ${r.items.length} responses`,
    );
  },
};
