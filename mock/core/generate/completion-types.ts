// Legacy /completions request, plan and response shapes.

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
  choices: Array<{
    text: string;
    index: number;
    logprobs: LegacyLogprobs | null;
    finish_reason: LegacyFinishReason | null;
  }>;
  usage?: LegacyUsage | null;
  system_fingerprint?: string;
}
