// Usage quirks: usage on every chunk, no usage chunk, totals that do not add up.
import { isUsageChunk } from './internal/chunks.ts';
import type { JsonObject, QuirkDef } from './types.ts';

function mismatch(usage: JsonObject | null | undefined): void {
  if (usage && typeof usage.prompt_tokens === 'number' && typeof usage.completion_tokens === 'number')
    usage.total_tokens = usage.prompt_tokens + usage.completion_tokens + 1;
}

export const usageQuirks = [
  {
    name: 'usage-every-chunk',
    description: 'usage on every chunk when include_usage is set',
    partB: [18],
    source: 'vLLM with include_usage: vllm#7262',
    chunks: (chunks) => {
      const final = chunks.find(isUsageChunk)?.usage;
      if (final === undefined) return chunks;
      for (const chunk of chunks) if (chunk.usage === null) chunk.usage = structuredClone(final);
      return chunks;
    },
  },
  {
    name: 'no-usage-chunk',
    description: 'include_usage ignored: no final usage chunk',
    partB: [18],
    source: 'include_usage ignored, e.g. Groq (usage in x_groq.usage: vercel/ai#1651)',
    chunks: (chunks) =>
      chunks.filter((chunk) => {
        if (chunk.usage === null) delete chunk.usage;
        return !isUsageChunk(chunk);
      }),
  },
  {
    name: 'usage-mismatch',
    description: 'usage.total_tokens != prompt + completion',
    partB: [],
    source: 'the spec defines total_tokens as prompt + completion; off-by-one totals seen in the wild',
    response: (body) => (mismatch(body.usage), body),
    chunks: (chunks) => (chunks.forEach((chunk) => mismatch(chunk.usage)), chunks),
  },
] as const satisfies readonly QuirkDef[];
