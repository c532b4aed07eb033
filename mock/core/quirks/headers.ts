// Header quirks: rate-limit headers missing or unusable, no request id.
import type { QuirkDef } from './types.ts';

const RATE_LIMIT = /^x-ratelimit-/i;

function dropping(test: (name: string) => boolean) {
  return (headers: Record<string, string>) => {
    for (const name of Object.keys(headers)) if (test(name)) delete headers[name];
    return headers;
  };
}

export const headerQuirks = [
  {
    name: 'no-rate-limit-headers',
    description: 'no x-ratelimit-* headers',
    partB: [42],
    source: 'LiteLLM (docs.litellm.ai/docs/proxy/response_headers); local servers; OpenAI itself for some models (A5)',
    headers: dropping((name) => RATE_LIMIT.test(name)),
  },
  {
    name: 'bad-rate-limit-headers',
    description: 'x-ratelimit-* values -1 and unparseable resets, no retry-after',
    partB: [42],
    source: 'Azure OpenAI: openai/openai-dotnet#838 (limit and remaining -1, reset 0, no retry-after)',
    headers: (headers) => {
      dropping((name) => RATE_LIMIT.test(name) || /^retry-after(-ms)?$/i.test(name))(headers);
      return {
        ...headers,
        'x-ratelimit-limit-requests': '-1',
        'x-ratelimit-limit-tokens': '-1',
        'x-ratelimit-remaining-requests': '-1',
        'x-ratelimit-remaining-tokens': '-1',
        // a bare 0 has no unit and -1 is negative: neither is a duration a client can wait for
        'x-ratelimit-reset-requests': '-1',
        'x-ratelimit-reset-tokens': '0',
      };
    },
  },
  {
    name: 'no-request-id',
    description: 'no x-request-id header',
    partB: [],
    source: 'not in Part B: openai-node reads requestID from x-request-id (A4), which most compatible servers omit',
    headers: dropping((name) => name.toLowerCase() === 'x-request-id'),
  },
] as const satisfies readonly QuirkDef[];
