// Stop sequences and token limits, applied as a real decoder would: tokens come out one by one, generation
// halts at the first token that completes a stop sequence (which is then dropped with everything after it),
// or after max tokens. The returned text never contains any stop sequence.

import { countTokens, tokenEndAt } from './tokenize.ts';
import type { ChatRequest } from './types.ts';

export interface Limits {
  maxTokens?: number;
  stop: string[];
}

export interface CutResult {
  text: string;
  finishReason: 'stop' | 'length';
  tokens: number;
}

/** The request's limits: the smaller of max_tokens / max_completion_tokens, and its stop sequences. */
export function limitsOf(req: Pick<ChatRequest, 'max_tokens' | 'max_completion_tokens' | 'stop'>): Limits {
  const caps = [req.max_tokens, req.max_completion_tokens].filter((v): v is number => typeof v === 'number');
  const stop = req.stop == null ? [] : (Array.isArray(req.stop) ? req.stop : [req.stop]).filter((s) => s !== '');
  return { maxTokens: caps.length > 0 ? Math.max(0, Math.min(...caps)) : undefined, stop };
}

/** Earliest point where a stop sequence is complete: its start and end offsets, or undefined. */
function firstStop(text: string, stop: readonly string[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const s of stop) {
    const start = text.indexOf(s);
    if (start < 0) continue;
    const end = start + s.length;
    if (best === undefined || end < best.end || (end === best.end && start < best.start)) best = { start, end };
  }
  return best;
}

export function cutText(text: string, limits: Limits): CutResult {
  const hit = firstStop(text, limits.stop);
  const max = limits.maxTokens;
  if (max === undefined) {
    const out = hit === undefined ? text : text.slice(0, hit.start);
    return { text: out, finishReason: 'stop', tokens: countTokens(out) };
  }
  // token by token, by offsets: a max_tokens far above the reply (the usual case) must not cost a token list
  let end = 0;
  let count = 0;
  while (end < text.length) {
    if (count === max) return { text: text.slice(0, end), finishReason: 'length', tokens: max };
    const next = tokenEndAt(text, end);
    if (hit !== undefined && next >= hit.end) {
      const out = text.slice(0, hit.start);
      return { text: out, finishReason: 'stop', tokens: countTokens(out) };
    }
    end = next;
    count++;
  }
  return { text, finishReason: 'stop', tokens: count };
}
