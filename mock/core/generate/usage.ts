// Token accounting. Prompt tokens follow a fixed, documented recipe so app tests can predict them:
// 3 per message + role + content (+ name, tool calls), fixed costs for non-text parts, the tools' (and
// deprecated functions') JSON,
// the response schema's JSON, and 3 to prime the reply.

import { countTokens } from './tokenize.ts';
import { contentText } from './messages.ts';
import type { ChatRequest, CompletionUsage } from './types.ts';

const IMAGE_PART_TOKENS = 85;
const OTHER_PART_TOKENS = 100; // audio and files

export function countPromptTokens(
  req: Pick<ChatRequest, 'messages' | 'tools' | 'functions' | 'response_format'>,
): number {
  let n = 3;
  for (const m of req.messages) {
    n += 3 + countTokens(String(m.role)) + countTokens(contentText(m.content));
    if (typeof m.name === 'string') n += 1 + countTokens(m.name);
    if (Array.isArray(m.content)) {
      for (const part of m.content) {
        if (part?.type === 'image_url') n += IMAGE_PART_TOKENS;
        else if (part?.type === 'input_audio' || part?.type === 'file') n += OTHER_PART_TOKENS;
      }
    }
    for (const call of m.tool_calls ?? []) {
      n += 3 + countTokens(call.function?.name ?? '') + countTokens(call.function?.arguments ?? '');
    }
  }
  for (const tool of req.tools ?? []) n += 8 + countTokens(JSON.stringify(tool.function ?? tool));
  for (const fn of req.functions ?? []) n += 8 + countTokens(JSON.stringify(fn));
  const rf = req.response_format;
  if (rf?.type === 'json_schema') n += countTokens(JSON.stringify(rf.json_schema ?? {}));
  return n;
}

export function makeUsage(promptTokens: number, completionTokens: number): CompletionUsage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}
