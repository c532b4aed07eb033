// Tokens of a request: the server's usage when it sent one (stream_options.include_usage), else an estimate
// of ceil(characters / 4), the rule of thumb OpenAI gives for English text; estimated requests are counted.
import type { Outcome } from './send-with-retries.ts';

export interface Tokens {
  prompt: number;
  completion: number;
  cached: number;
  estimated: boolean;
}

export function tokensOf(o: Outcome): Tokens {
  const last = o.attempts.at(-1)!;
  if (last.usage) return { ...last.usage, estimated: false };
  return {
    prompt: Math.ceil(o.promptChars / 4),
    completion: Math.max(last.tokenChunks, Math.ceil(last.outputChars / 4)),
    cached: 0,
    estimated: true,
  };
}
