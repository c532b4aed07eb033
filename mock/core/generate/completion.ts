// Legacy /completions rendered: the text_completion object and its stream. echo prepends the prompt (limits
// applied to the generated part only); logprobs 0..5 in the legacy shape (tokens, token_logprobs,
// top_logprobs maps, text_offset into prompt + completion).

import { hashString } from './hash.ts';
import { tokenChoice } from './logprobs.ts';
import { planCompletion } from './completion-plan.ts';
import { tokenize } from './tokenize.ts';
import type { ResponseMeta } from './types.ts';
import type {
  CompletionPlan,
  CompletionRequest,
  LegacyFinishReason,
  LegacyLogprobs,
  LegacyUsage,
  TextCompletion,
  TextCompletionChunk,
} from './completion-types.ts';

export { planCompletion, promptTexts, DEFAULT_COMPLETION_MAX_TOKENS } from './completion-plan.ts';
export type * from './completion-types.ts';
export type { CompletionPlanOptions } from './completion-plan.ts';

function legacyUsage(plan: CompletionPlan): LegacyUsage {
  return {
    prompt_tokens: plan.promptTokens,
    completion_tokens: plan.completionTokens,
    total_tokens: plan.promptTokens + plan.completionTokens,
  };
}

/** Legacy logprobs of `tokens`, whose first character sits at `offset` in prompt + completion. */
function legacyLogprobs(
  tokens: string[],
  offset: number,
  top: number,
  salt: number,
  firstIsPromptStart: boolean,
  position = 0,
): LegacyLogprobs {
  const lp: LegacyLogprobs = { tokens: [], token_logprobs: [], top_logprobs: [], text_offset: [] };
  let at = offset;
  tokens.forEach((token, i) => {
    const c = tokenChoice(token, position + i, salt, top);
    const unconditioned = firstIsPromptStart && position + i === 0; // nothing precedes the first prompt token
    lp.tokens.push(token);
    lp.token_logprobs.push(unconditioned ? null : c.logprob);
    lp.top_logprobs.push(unconditioned ? null : Object.fromEntries(c.top_logprobs.map((t) => [t.token, t.logprob])));
    lp.text_offset.push(at);
    at += token.length;
  });
  return lp;
}

function logprobsTop(req: CompletionRequest): number | undefined {
  return typeof req.logprobs === 'number' ? Math.max(0, Math.min(5, Math.floor(req.logprobs))) : undefined;
}

function metaTail(meta: ResponseMeta): { system_fingerprint?: string } {
  return typeof meta.system_fingerprint === 'string' ? { system_fingerprint: meta.system_fingerprint } : {};
}

export function completion(
  req: CompletionRequest,
  meta: ResponseMeta,
  plan: CompletionPlan = planCompletion(req),
): TextCompletion {
  const top = logprobsTop(req);
  const echo = req.echo === true;
  return {
    id: meta.id,
    object: 'text_completion',
    created: meta.created,
    model: meta.model,
    choices: plan.choices.map((c, index) => {
      const salt = hashString(`${index}:${c.text}`) % 1_000_000;
      const tokens = echo ? [...tokenize(c.prompt), ...tokenize(c.text)] : tokenize(c.text);
      return {
        text: echo ? c.prompt + c.text : c.text,
        index,
        logprobs: top === undefined ? null : legacyLogprobs(tokens, echo ? 0 : c.prompt.length, top, salt, echo),
        finish_reason: c.finishReason,
      };
    }),
    usage: legacyUsage(plan),
    ...metaTail(meta),
  };
}

/** Streamed legacy completion: echoed prompt first, then text fragments, then `text: ""` with finish_reason. */
export function completionChunks(
  req: CompletionRequest,
  meta: ResponseMeta,
  plan: CompletionPlan = planCompletion(req),
): TextCompletionChunk[] {
  const top = logprobsTop(req);
  const echo = req.echo === true;
  const includeUsage = req.stream_options?.include_usage === true;
  const fingerprint = metaTail(meta).system_fingerprint;
  const chunk = (choices: TextCompletionChunk['choices'], usage: LegacyUsage | null): TextCompletionChunk => {
    const c: TextCompletionChunk = {
      id: meta.id,
      object: 'text_completion',
      created: meta.created,
      model: meta.model,
      choices,
    };
    if (includeUsage) c.usage = usage;
    if (fingerprint !== undefined) c.system_fingerprint = fingerprint;
    return c;
  };
  const perChoice = plan.choices.map((c, index) => {
    const salt = hashString(`${index}:${c.text}`) % 1_000_000;
    const promptTokens = echo ? tokenize(c.prompt) : [];
    const pieces: string[][] = [];
    if (promptTokens.length > 0) pieces.push(promptTokens);
    const gen = tokenize(c.text);
    for (let i = 0, k = 0; i < gen.length; k++) {
      const size = [1, 2, 1, 3][k % 4];
      pieces.push(gen.slice(i, i + size));
      i += size;
    }
    let position = 0;
    let offset = echo ? 0 : c.prompt.length;
    const events = pieces.map((tokens) => {
      const text = tokens.join('');
      const logprobs = top === undefined ? null : legacyLogprobs(tokens, offset, top, salt, echo, position);
      position += tokens.length;
      offset += text.length;
      return { text, index, logprobs, finish_reason: null as LegacyFinishReason | null };
    });
    events.push({ text: '', index, logprobs: null, finish_reason: c.finishReason });
    return events;
  });
  const chunks: TextCompletionChunk[] = [];
  const longest = Math.max(0, ...perChoice.map((e) => e.length));
  for (let step = 0; step < longest; step++) {
    for (const events of perChoice) {
      if (events[step] !== undefined) chunks.push(chunk([events[step]], null));
    }
  }
  if (includeUsage) chunks.push(chunk([], legacyUsage(plan)));
  return chunks;
}
