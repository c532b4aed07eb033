// Legacy /completions, what the model says: one choice per prompt × n (index = prompt * n + j), text
// continuing the prompt (it starts with a space and echoes the prompt's first words, like chat replies),
// max_tokens default 16, stop. `suffix` only changes the hash: the mock does not do insertion.

import { ANSWER_TOKENS, answerTooLarge, tokenWidth } from './budget.ts';
import { createRng, hashString, stableStringify } from './hash.ts';
import { cutText, limitsOf } from './cut.ts';
import { composeReply } from './reply-text.ts';
import { countTokens, decodeTokens } from './tokenize.ts';
import type { CompletionChoicePlan, CompletionPlan, CompletionRequest, PromptInput } from './completion-types.ts';

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
  // bounded before any text is made: each choice costs at least a token, and echo its prompt's tokens too
  const width = tokenWidth(
    typeof req.logprobs === 'number' ? Math.max(0, Math.min(5, Math.floor(req.logprobs))) : undefined,
  );
  const blame = (): string =>
    n > 1
      ? 'n'
      : prompts.length > 1
        ? 'prompt'
        : req.echo === true
          ? 'echo'
          : typeof req.logprobs === 'number'
            ? 'logprobs'
            : 'max_tokens';
  let units = prompts.length * n * width;
  if (req.echo === true) units += prompts.reduce((s, p) => s + p.tokens, 0) * n * width;
  if (units > ANSWER_TOKENS) throw answerTooLarge(blame(), units);
  const limits = limitsOf({ max_tokens: req.max_tokens ?? DEFAULT_COMPLETION_MAX_TOKENS, stop: req.stop });
  const key = stableStringify([
    req.model,
    req.seed ?? null,
    req.temperature ?? null,
    req.top_p ?? null,
    req.suffix ?? null,
  ]);
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
      units += Math.max(0, cut.tokens - 1) * width; // the first token was counted above
      if (units > ANSWER_TOKENS) throw answerTooLarge(blame(), units);
      choices.push({ prompt: p.text, text: cut.text, finishReason: cut.finishReason, completionTokens: cut.tokens });
    }
  });
  const promptTokens = prompts.reduce((s, p) => s + p.tokens, 0);
  return { choices, promptTokens, completionTokens: choices.reduce((s, c) => s + c.completionTokens, 0) };
}
