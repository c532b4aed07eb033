// Legacy /completions: one choice per prompt × n (index = prompt * n + j), text continuing the prompt (it
// starts with a space and echoes the prompt's first words, like chat replies), max_tokens default 16, stop,
// echo (prompt prepended; limits apply to the generated part only), logprobs 0..5 in the legacy shape.
// `suffix` only changes the hash: the mock does not do insertion.

import { createRng, hashString, stableStringify } from './hash.ts';
import { cutText, limitsOf } from './cut.ts';
import { tokenChoice } from './logprobs.ts';
import { composeReply } from './reply-text.ts';
import { countTokens, decodeTokens, tokenize } from './tokenize.ts';
import type { ResponseMeta } from './types.ts';

export type PromptInput = string | string[] | number[] | number[][];

export interface CompletionRequest {
  model: string;
  prompt?: PromptInput | null;
  max_tokens?: number | null;
  n?: number | null;
  stop?: string | string[] | null;
  echo?: boolean | null;
  suffix?: string | null;
  logprobs?: number | null;
  seed?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean | null } | null;
  [k: string]: unknown;
}

export type LegacyFinishReason = 'stop' | 'length' | 'content_filter';

export interface LegacyLogprobs {
  tokens: string[];
  token_logprobs: Array<number | null>;
  top_logprobs: Array<Record<string, number> | null>;
  text_offset: number[];
}

export interface CompletionChoicePlan {
  prompt: string;
  /** generated text only (without the echoed prompt) */
  text: string;
  finishReason: LegacyFinishReason;
  completionTokens: number;
}

export interface CompletionPlan {
  choices: CompletionChoicePlan[];
  promptTokens: number;
  completionTokens: number;
}

export interface LegacyUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface TextCompletion {
  id: string;
  object: 'text_completion';
  created: number;
  model: string;
  choices: Array<{ text: string; index: number; logprobs: LegacyLogprobs | null; finish_reason: LegacyFinishReason }>;
  usage: LegacyUsage;
  system_fingerprint?: string;
}

export interface TextCompletionChunk {
  id: string;
  object: 'text_completion';
  created: number;
  model: string;
  choices: Array<{ text: string; index: number; logprobs: LegacyLogprobs | null; finish_reason: LegacyFinishReason | null }>;
  usage?: LegacyUsage | null;
  system_fingerprint?: string;
}

export const DEFAULT_COMPLETION_MAX_TOKENS = 16;

/** The prompts as texts with their token counts (token arrays decode through the fixed vocabulary). */
export function promptTexts(prompt: PromptInput | null | undefined): Array<{ text: string; tokens: number }> {
  const one = (p: string | number[]): { text: string; tokens: number } =>
    typeof p === 'string' ? { text: p, tokens: countTokens(p) } : { text: decodeTokens(p), tokens: p.length };
  if (prompt === undefined || prompt === null) return [one('')]; // the API's default prompt is <|endoftext|>
  if (typeof prompt === 'string') return [one(prompt)];
  if (prompt.length > 0 && typeof prompt[0] === 'number') return [one(prompt as number[])];
  if (prompt.length === 0) return [one('')];
  return (prompt as Array<string | number[]>).map(one);
}

export interface CompletionPlanOptions {
  /** scripted texts instead of generated ones, cycled over choices (limits still apply) */
  texts?: readonly string[];
}

export function planCompletion(req: CompletionRequest, opts: CompletionPlanOptions = {}): CompletionPlan {
  const prompts = promptTexts(req.prompt);
  const n = typeof req.n === 'number' && req.n >= 1 ? Math.floor(req.n) : 1;
  const limits = limitsOf({ max_tokens: req.max_tokens ?? DEFAULT_COMPLETION_MAX_TOKENS, stop: req.stop });
  const key = stableStringify([req.model, req.seed ?? null, req.temperature ?? null, req.top_p ?? null, req.suffix ?? null]);
  const choices: CompletionChoicePlan[] = [];
  prompts.forEach((p, pi) => {
    const base = hashString(`${key}\u0000${p.text}`);
    const seen = new Set<string>();
    for (let j = 0; j < n; j++) {
      let raw: string;
      if (opts.texts !== undefined && opts.texts.length > 0) raw = opts.texts[(pi * n + j) % opts.texts.length];
      else {
        const rng = createRng(hashString(`${base}:${j}`));
        raw = ' ' + composeReply(p.text, rng);
        for (let tries = 0; seen.has(raw) && tries < 8; tries++) raw = ' ' + composeReply(p.text, rng);
        seen.add(raw);
      }
      const cut = cutText(raw, limits);
      choices.push({ prompt: p.text, text: cut.text, finishReason: cut.finishReason, completionTokens: cut.tokens });
    }
  });
  const promptTokens = prompts.reduce((s, p) => s + p.tokens, 0);
  return { choices, promptTokens, completionTokens: choices.reduce((s, c) => s + c.completionTokens, 0) };
}

function legacyUsage(plan: CompletionPlan): LegacyUsage {
  return { prompt_tokens: plan.promptTokens, completion_tokens: plan.completionTokens, total_tokens: plan.promptTokens + plan.completionTokens };
}

/** Legacy logprobs of `tokens`, whose first character sits at `offset` in prompt + completion. */
function legacyLogprobs(tokens: string[], offset: number, top: number, salt: number, firstIsPromptStart: boolean, position = 0): LegacyLogprobs {
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

export function completion(req: CompletionRequest, meta: ResponseMeta, plan: CompletionPlan = planCompletion(req)): TextCompletion {
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
export function completionChunks(req: CompletionRequest, meta: ResponseMeta, plan: CompletionPlan = planCompletion(req)): TextCompletionChunk[] {
  const top = logprobsTop(req);
  const echo = req.echo === true;
  const includeUsage = req.stream_options?.include_usage === true;
  const fingerprint = metaTail(meta).system_fingerprint;
  const chunk = (choices: TextCompletionChunk['choices'], usage: LegacyUsage | null): TextCompletionChunk => {
    const c: TextCompletionChunk = { id: meta.id, object: 'text_completion', created: meta.created, model: meta.model, choices };
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
