// Turns raw model output (text, refusal or tool calls) into a finished PlannedChoice: applies the request's
// token limit and stop sequences and counts completion tokens the same way for every source of output.

import { cutText, type Limits } from './cut.ts';
import { countTokens, tokenize } from './tokenize.ts';
import type { FinishReason, PlannedChoice, PlannedToolCall } from './types.ts';

export function textChoice(text: string, limits: Limits): PlannedChoice {
  const cut = cutText(text, limits);
  return {
    content: cut.text,
    refusal: null,
    toolCalls: [],
    finishReason: cut.finishReason,
    completionTokens: cut.tokens,
  };
}

export function refusalChoice(refusal: string, limits: Limits): PlannedChoice {
  const cut = cutText(refusal, limits);
  return {
    content: null,
    refusal: cut.text,
    toolCalls: [],
    finishReason: cut.finishReason,
    completionTokens: cut.tokens,
  };
}

/**
 * Tool calls cost the tokens of their arguments. Stop sequences do not apply to them; a token limit cuts
 * the arguments mid-JSON and drops later calls, with finish_reason "length", as the API does.
 */
export function toolCallsChoice(calls: PlannedToolCall[], limits: Limits): PlannedChoice {
  let budget = limits.maxTokens ?? Infinity;
  const kept: PlannedToolCall[] = [];
  let used = 0;
  let finishReason: FinishReason = 'tool_calls';
  for (const call of calls) {
    const cost = countTokens(call.arguments);
    if (cost <= budget) {
      kept.push(call);
      budget -= cost;
      used += cost;
      continue;
    }
    const tokens = tokenize(call.arguments).slice(0, budget);
    if (tokens.length > 0 || kept.length === 0) kept.push({ ...call, arguments: tokens.join('') });
    used += tokens.length;
    finishReason = 'length';
    break;
  }
  return { content: null, refusal: null, toolCalls: kept, finishReason, completionTokens: used };
}
