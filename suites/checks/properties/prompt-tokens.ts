// usage.prompt_tokens counts the prompt, even when the server cached it (reference B19: Ollama reported 0).
// Judged on every 2xx answer of the property run, and on chat.basic, whose SDK request repeats its wire
// request word for word — the case a prompt cache serves.
import type { Check, Exchange } from '../../engine/types.ts';
import { isObject, jsonValue } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';

const PROBES = ['properties.valid-requests', 'chat.basic'];

function promptIsEmpty(ex: Exchange): boolean {
  const body = jsonValue(ex.request.body ?? '') as { messages?: unknown } | undefined;
  return !Array.isArray(body?.messages) || body.messages.length === 0;
}

export const promptTokens: Check = {
  id: 'properties.prompt-tokens',
  title: 'usage.prompt_tokens is positive for a non-empty prompt, cached or not',
  feature: 'properties',
  level: 'SHOULD',
  source: spec(
    'CompletionUsage.prompt_tokens ("number of tokens in the prompt"); cached tokens are counted in prompt_tokens_details.cached_tokens',
  ),
  breaks: ['cost accounting and context-window budgeting in clients'],
  divergences: [19],
  probes: PROBES,
  grade(t) {
    let judged = 0;
    let answered = 0;
    for (const probe of PROBES) {
      for (const ex of t[probe]?.exchanges ?? []) {
        const r = ex.response;
        if (!r || r.status < 200 || r.status >= 300 || promptIsEmpty(ex)) continue;
        answered += 1;
        const usage = (jsonValue(r.body) as { usage?: unknown } | undefined)?.usage;
        if (!isObject(usage) || usage.prompt_tokens === undefined) continue; // usage is optional: chat.usage grades its absence
        judged += 1;
        if (typeof usage.prompt_tokens !== 'number' || usage.prompt_tokens <= 0) {
          const cached = isObject(usage.prompt_tokens_details) ? usage.prompt_tokens_details.cached_tokens : undefined;
          return {
            status: 'fail',
            message: `${probe} (${ex.label}): usage.prompt_tokens is ${JSON.stringify(usage.prompt_tokens)} for a non-empty prompt${cached !== undefined ? ` (cached_tokens ${JSON.stringify(cached)})` : ''}; count cached tokens in prompt_tokens too`,
            details: { seen: usage, exchange: { probe, label: ex.label } },
          };
        }
      }
    }
    if (!judged && answered)
      return {
        status: 'inconclusive',
        message: `none of ${answered} answers reported usage.prompt_tokens, so there is no count to judge (usage is optional: chat.usage grades its absence)`,
      };
    if (!judged)
      return {
        status: 'untestable',
        message: 'no request with a prompt was answered 2xx',
        prerequisite: PROBES.join(', '),
      };
    return { status: 'pass', message: `${judged} answers counted their prompt tokens` };
  },
};
