// The streamed form (reference A3): one role chunk per choice, content / refusal / tool-call arguments in
// small fragments (FRAGMENT_SIZES tokens, cycling), a final `delta: {}` chunk carrying finish_reason, choices
// interleaved round-robin when n > 1, and with include_usage `usage: null` on every chunk plus one last
// chunk with `choices: []` and the usage. Joined fragments equal the non-streamed message exactly.

import { alphanumeric } from './hash.ts';
import { choiceLogprobs, logprobsRequested, metaFields } from './chat-completion.ts';
import { tokenize } from './tokenize.ts';
import { makeUsage } from './usage.ts';
import type {
  ChatCompletionChunk,
  ChatRequest,
  ChoiceLogprobs,
  ChunkDelta,
  FinishReason,
  PlannedChoice,
  ReplyPlan,
  ResponseMeta,
  TokenLogprob,
} from './types.ts';

export const FRAGMENT_SIZES = [1, 2, 1, 3] as const;

type ChoiceEvent = { delta: ChunkDelta; logprobs: ChoiceLogprobs | null; finish_reason: FinishReason | null };

/** Splits text into fragments of a few tokens; returns each fragment with its token range. */
export function fragments(text: string): Array<{ text: string; from: number; to: number }> {
  const tokens = tokenize(text);
  const out: Array<{ text: string; from: number; to: number }> = [];
  for (let i = 0, k = 0; i < tokens.length; k++) {
    const to = Math.min(tokens.length, i + FRAGMENT_SIZES[k % FRAGMENT_SIZES.length]);
    out.push({ text: tokens.slice(i, to).join(''), from: i, to });
    i = to;
  }
  return out;
}

function choiceEvents(choice: PlannedChoice, index: number, top: number | undefined): ChoiceEvent[] {
  const events: ChoiceEvent[] = [];
  const lp = top === undefined ? undefined : choiceLogprobs(choice, index, top);
  const slice = (all: TokenLogprob[] | null | undefined, from: number, to: number): TokenLogprob[] =>
    (all ?? []).slice(from, to);
  if (choice.functionCall !== undefined) {
    const call = choice.functionCall;
    events.push({
      delta: { role: 'assistant', content: null, refusal: null, function_call: { name: call.name, arguments: '' } },
      logprobs: null,
      finish_reason: null,
    });
    for (const f of fragments(call.arguments))
      events.push({ delta: { function_call: { arguments: f.text } }, logprobs: null, finish_reason: null });
  } else if (choice.toolCalls.length > 0) {
    choice.toolCalls.forEach((call, k) => {
      const head = { index: k, id: call.id, type: 'function' as const, function: { name: call.name, arguments: '' } };
      events.push({
        delta:
          k === 0 ? { role: 'assistant', content: null, refusal: null, tool_calls: [head] } : { tool_calls: [head] },
        logprobs: null,
        finish_reason: null,
      });
      for (const f of fragments(call.arguments)) {
        events.push({
          delta: { tool_calls: [{ index: k, function: { arguments: f.text } }] },
          logprobs: null,
          finish_reason: null,
        });
      }
    });
  } else if (choice.refusal !== null) {
    events.push({ delta: { role: 'assistant', content: null, refusal: '' }, logprobs: null, finish_reason: null });
    for (const f of fragments(choice.refusal)) {
      events.push({
        delta: { refusal: f.text },
        logprobs: lp ? { content: null, refusal: slice(lp.refusal, f.from, f.to) } : null,
        finish_reason: null,
      });
    }
  } else {
    events.push({ delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null });
    for (const f of fragments(choice.content ?? '')) {
      events.push({
        delta: { content: f.text },
        logprobs: lp ? { content: slice(lp.content, f.from, f.to), refusal: null } : null,
        finish_reason: null,
      });
    }
  }
  events.push({ delta: {}, logprobs: null, finish_reason: choice.finishReason });
  return events;
}

export function chatCompletionChunks(req: ChatRequest, plan: ReplyPlan, meta: ResponseMeta): ChatCompletionChunk[] {
  const top = logprobsRequested(req);
  const includeUsage = req.stream_options?.include_usage === true;
  const obfuscate = req.stream_options?.include_obfuscation === true;
  const { service_tier, system_fingerprint } = metaFields(meta);
  const perChoice = plan.choices.map((c, i) => choiceEvents(c, i, top));
  const chunks: ChatCompletionChunk[] = [];
  // object literals, not spreads: this runs for every chunk of every streamed reply
  const push = (choices: ChatCompletionChunk['choices'], usage: ChatCompletionChunk['usage']): void => {
    const chunk: ChatCompletionChunk = {
      id: meta.id,
      object: 'chat.completion.chunk',
      created: meta.created,
      model: meta.model,
      service_tier,
      system_fingerprint,
      choices,
    };
    if (includeUsage) chunk.usage = usage;
    if (obfuscate) chunk.obfuscation = alphanumeric(`${meta.id}:${chunks.length}`, 1 + (chunks.length % 11));
    chunks.push(chunk);
  };
  let longest = 0;
  for (const events of perChoice) longest = Math.max(longest, events.length);
  for (let step = 0; step < longest; step++) {
    for (let index = 0; index < perChoice.length; index++) {
      const e = perChoice[index][step];
      if (e !== undefined)
        push([{ index, delta: e.delta, logprobs: e.logprobs, finish_reason: e.finish_reason }], null);
    }
  }
  if (includeUsage) push([], makeUsage(plan.promptTokens, plan.completionTokens));
  return chunks;
}
