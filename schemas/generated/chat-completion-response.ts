// generated — do not edit; run npm run gen (source: schemas/chat-completion-response.schema.json)

export type ToolCall = FunctionToolCall | CustomToolCall;

/**
 * Non-streamed POST /v1/chat/completions answer (spec: CreateChatCompletionResponse). The file is the spec shape (SHOULD); `x-must` / `x-must-required` give what the official SDK needs (MUST). Unknown fields are allowed.
 */
export interface ChatCompletionResponse {
  /**
   * SHOULD: a non-empty string (an empty id identifies nothing, Part B #16). Not MUST: the SDK never reads it.
   */
  id: string;
  /**
   * SHOULD: the SDK never reads it.
   */
  object: 'chat.completion';
  /**
   * Unix time in seconds. SHOULD: an integer below 1e11; a millisecond value (Part B #15) or a missing one is a spec violation the SDK never notices (it never reads created), so it warns rather than fails.
   */
  created: number;
  /**
   * SHOULD: the SDK never reads it.
   */
  model: string;
  /**
   * MUST: an array (response.choices[0] is how every caller reads the answer).
   */
  choices: Choice[];
  usage?: Usage;
  /**
   * @deprecated
   * The spec says string (deprecated); live OpenAI answers null, so null is accepted.
   */
  system_fingerprint?: string | null;
  service_tier?: 'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | null;
  [k: string]: unknown;
}
export interface Choice {
  /**
   * MUST: callers and the SDK's stream accumulator place choices by index.
   */
  index: number;
  message: Message;
  /**
   * SHOULD: a required key, null unless logprobs were requested.
   */
  logprobs: Logprobs | null;
  /**
   * SHOULD: present and in the enum (Part B #9). MUST only a string or null when present: the SDK's parse() compares it to 'length'/'content_filter' and tolerates any other value.
   */
  finish_reason: 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';
  [k: string]: unknown;
}
/**
 * MUST: an object with a role (the SDK's runTools() and every chat loop send it back as the next request's history).
 */
export interface Message {
  role: 'assistant';
  /**
   * MUST: a string or null when present; SHOULD: the key is present.
   */
  content: string | null;
  /**
   * SHOULD: the key is present (null when the model did not refuse).
   */
  refusal: string | null;
  /**
   * MUST: an array of complete tool calls, or null (the SDK reads it with ?.); SHOULD: absent rather than null.
   */
  tool_calls?: ToolCall[];
  annotations?: {
    type: 'url_citation';
    url_citation: {
      start_index: number;
      end_index: number;
      url: string;
      title: string;
      [k: string]: unknown;
    };
    [k: string]: unknown;
  }[];
  audio?: {
    id: string;
    expires_at: number;
    data: string;
    transcript: string;
    [k: string]: unknown;
  } | null;
  /**
   * @deprecated
   */
  function_call?: {
    name: string;
    arguments: string;
    [k: string]: unknown;
  } | null;
  [k: string]: unknown;
}
/**
 * MUST in full: runTools() and parse() read id, type, function.name and JSON.parse(function.arguments).
 */
export interface FunctionToolCall {
  id: string;
  type: 'function';
  function: {
    name: string;
    /**
     * A JSON string, never an object (Part B #6).
     */
    arguments: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface CustomToolCall {
  id: string;
  type: 'custom';
  custom: {
    name: string;
    input: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface Logprobs {
  content: TokenLogprob[] | null;
  refusal: TokenLogprob[] | null;
  [k: string]: unknown;
}
export interface TokenLogprob {
  token: string;
  logprob: number;
  bytes: number[] | null;
  top_logprobs: TopLogprob[];
  [k: string]: unknown;
}
export interface TopLogprob {
  token: string;
  logprob: number;
  bytes: number[] | null;
  [k: string]: unknown;
}
/**
 * SHOULD: the SDK never reads usage; metering callers do, so missing counts (Part B #17) warn.
 */
export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: {
    cached_tokens?: number;
    audio_tokens?: number;
    [k: string]: unknown;
  };
  completion_tokens_details?: {
    reasoning_tokens?: number;
    audio_tokens?: number;
    accepted_prediction_tokens?: number;
    rejected_prediction_tokens?: number;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
