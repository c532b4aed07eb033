// Request and response shapes of the deterministic "model". Requests are typed loosely on purpose: the
// pipeline validates them first, and unknown fields are always allowed. types.test.ts holds both to the schemas.
import type { ChatCompletionResponse as SchemaResponse } from '../../../schemas/generated/index.ts';

/** the tiers the API names (the mock always answers "default") */
export type ServiceTier = NonNullable<SchemaResponse['service_tier']>;

export type JsonSchema = Record<string, unknown> | boolean;

export interface ContentPart {
  type: string;
  text?: string;
  refusal?: string;
  [k: string]: unknown;
}

export interface ChatMessage {
  role: string;
  content?: string | ContentPart[] | null;
  name?: string;
  refusal?: string | null;
  tool_call_id?: string;
  tool_calls?: Array<{ id?: string; type?: string; function?: { name?: string; arguments?: string } }>;
  [k: string]: unknown;
}

export interface ChatTool {
  type: string; // "function" (custom tools are answered with text)
  function?: { name: string; description?: string; parameters?: JsonSchema; strict?: boolean | null };
  [k: string]: unknown;
}

export type ToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; function: { name: string } }
  | { type: string; [k: string]: unknown };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema: { name: string; description?: string; schema?: JsonSchema; strict?: boolean | null };
    };

export interface StreamOptions {
  include_usage?: boolean | null;
  include_obfuscation?: boolean | null;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  n?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  stop?: string | string[] | null;
  seed?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  tools?: ChatTool[] | null;
  tool_choice?: ToolChoice | null;
  parallel_tool_calls?: boolean | null;
  response_format?: ResponseFormat | null;
  /** deprecated predecessors of tools / tool_choice, answered with message.function_call */
  functions?: Array<{ name: string; description?: string; parameters?: JsonSchema }> | null;
  function_call?: 'none' | 'auto' | { name: string } | null;
  stream?: boolean | null;
  stream_options?: StreamOptions | null;
  [k: string]: unknown;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

/** Per-response values the pipeline owns (ids and clocks are not the model's business). */
export interface ResponseMeta {
  id: string; // "chatcmpl-…" or "cmpl-…"
  created: number; // unix seconds
  model: string;
  system_fingerprint?: string | null; // omitted → null
  service_tier?: ServiceTier | null; // omitted → "default"
}

// ---- plan ----

export interface PlannedToolCall {
  id: string; // "call_" + 24 alphanumerics
  name: string;
  arguments: string; // JSON text (may be cut short when finish_reason is "length")
}

/** What one choice says. Exactly one of content / refusal / toolCalls carries the reply. */
export interface PlannedChoice {
  content: string | null;
  refusal: string | null;
  toolCalls: PlannedToolCall[];
  /** deprecated `functions` requests: the one call, rendered as message.function_call */
  functionCall?: { name: string; arguments: string };
  finishReason: FinishReason;
  completionTokens: number;
}

export interface ReplyPlan {
  choices: PlannedChoice[];
  promptTokens: number;
  /** Sum over choices, as the API bills n choices. */
  completionTokens: number;
}

// ---- chat responses ----

export interface TopLogprob {
  token: string;
  logprob: number;
  bytes: number[] | null;
}

export interface TokenLogprob extends TopLogprob {
  top_logprobs: TopLogprob[];
}

export interface ChoiceLogprobs {
  content: TokenLogprob[] | null;
  refusal: TokenLogprob[] | null;
}

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
  completion_tokens_details: {
    reasoning_tokens: number;
    audio_tokens: number;
    accepted_prediction_tokens: number;
    rejected_prediction_tokens: number;
  };
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: Array<{
    index: number;
    message: {
      role: 'assistant';
      content: string | null;
      refusal: string | null;
      tool_calls?: ToolCall[];
      function_call?: { name: string; arguments: string };
      annotations: never[]; // the mock cites nothing
    };
    logprobs: ChoiceLogprobs | null;
    finish_reason: FinishReason;
  }>;
  usage: CompletionUsage;
  service_tier: ServiceTier | null;
  system_fingerprint: string | null;
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface ChunkDelta {
  role?: 'assistant';
  content?: string | null;
  refusal?: string | null;
  tool_calls?: ToolCallDelta[];
  function_call?: { name?: string; arguments?: string };
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  service_tier: ServiceTier | null;
  system_fingerprint: string | null;
  choices: Array<{
    index: number;
    delta: ChunkDelta;
    logprobs: ChoiceLogprobs | null;
    finish_reason: FinishReason | null;
  }>;
  usage?: CompletionUsage | null;
  obfuscation?: string;
}
