// The non-streamed chat completion object (reference A2), built from a plan.

import { hashString } from './hash.ts';
import { textLogprobs } from './logprobs.ts';
import { makeUsage } from './usage.ts';
import type { ChatCompletion, ChatRequest, ChoiceLogprobs, PlannedChoice, ReplyPlan, ResponseMeta } from './types.ts';

/** Top-level fields shared by responses and chunks. */
export function metaFields(meta: ResponseMeta): Pick<ChatCompletion, 'service_tier' | 'system_fingerprint'> {
  return {
    service_tier: meta.service_tier === undefined ? 'default' : meta.service_tier,
    system_fingerprint: meta.system_fingerprint ?? null,
  };
}

/** Number of top_logprobs entries asked for, or undefined when logprobs are off. */
export function logprobsRequested(req: Pick<ChatRequest, 'logprobs' | 'top_logprobs'>): number | undefined {
  if (req.logprobs !== true) return undefined;
  return typeof req.top_logprobs === 'number' ? Math.max(0, Math.min(20, Math.floor(req.top_logprobs))) : 0;
}

/** Salt of a choice's logprobs: depends on what it says, so the stream and the object agree. */
export function logprobSalt(choice: PlannedChoice, index: number): number {
  return hashString(`${index}:${choice.content ?? choice.refusal ?? ''}`) % 1_000_000;
}

export function choiceLogprobs(choice: PlannedChoice, index: number, top: number): ChoiceLogprobs {
  const salt = logprobSalt(choice, index);
  return {
    content: choice.content === null ? null : textLogprobs(choice.content, top, salt),
    refusal: choice.refusal === null ? null : textLogprobs(choice.refusal, top, salt),
  };
}

/**
 * The assistant message of a choice. Built field by field in the API's key order rather than with conditional
 * spreads: a spread inside an object literal takes V8's slow literal path, once per choice of every answer.
 */
type Message = ChatCompletion['choices'][number]['message'];

function messageOf(c: PlannedChoice): Message {
  if (c.toolCalls.length === 0 && c.functionCall === undefined) {
    return { role: 'assistant', content: c.content, refusal: c.refusal, annotations: [] };
  }
  const message: Omit<Message, 'annotations'> & { annotations?: never[] } = {
    role: 'assistant',
    content: c.content,
    refusal: c.refusal,
  };
  if (c.toolCalls.length > 0) {
    message.tool_calls = c.toolCalls.map((t) => ({
      id: t.id,
      type: 'function' as const,
      function: { name: t.name, arguments: t.arguments },
    }));
  }
  if (c.functionCall !== undefined)
    message.function_call = { name: c.functionCall.name, arguments: c.functionCall.arguments };
  message.annotations = []; // last, as the API orders it
  return message as Message;
}

export function chatCompletion(req: ChatRequest, plan: ReplyPlan, meta: ResponseMeta): ChatCompletion {
  const top = logprobsRequested(req);
  const choices: ChatCompletion['choices'] = [];
  for (let index = 0; index < plan.choices.length; index++) {
    const c = plan.choices[index];
    choices.push({
      index,
      message: messageOf(c),
      logprobs: top === undefined ? null : choiceLogprobs(c, index, top),
      finish_reason: c.finishReason,
    });
  }
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices,
    usage: makeUsage(plan.promptTokens, plan.completionTokens),
    service_tier: meta.service_tier === undefined ? 'default' : meta.service_tier,
    system_fingerprint: meta.system_fingerprint ?? null,
  };
}
