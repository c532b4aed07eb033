// generated — do not edit; run npm run gen (source: schemas/chat-completion-chunk.schema.json)

/**
 * One streamed `data:` payload of POST /v1/chat/completions (spec: CreateChatCompletionStreamResponse). The file is the spec shape (SHOULD); `x-must` / `x-must-required` give what the official SDK's stream reader and accumulator (ChatCompletionStream) need (MUST). Rules across chunks (first role, one finish_reason, usage placement) are the checks' business. Unknown fields are allowed (Azure's prompt_filter_results, obfuscation...).
 */
export interface ChatCompletionChunk {
  /**
   * SHOULD: a non-empty string, the same on every chunk (Part B #14, #16). Not MUST: the accumulator copies it and never depends on it.
   */
  id: string;
  /**
   * SHOULD: the SDK never reads it.
   */
  object: 'chat.completion.chunk';
  /**
   * Unix time in seconds. SHOULD: an integer below 1e11; milliseconds, 0 or a missing value (Part B #14, #15) are spec violations the SDK never notices, so they warn.
   */
  created: number;
  /**
   * SHOULD: the SDK never reads it.
   */
  model: string;
  /**
   * MUST: an array (the accumulator iterates it); it may be empty (the usage chunk, Azure's first chunk).
   */
  choices: Choice[];
  /**
   * null on every chunk but the extra last one when stream_options.include_usage is set. SHOULD: the SDK never reads it.
   */
  usage?: Usage | null;
  /**
   * @deprecated
   */
  system_fingerprint?: string | null;
  service_tier?: 'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | null;
  /**
   * Random padding live OpenAI adds to chunks.
   */
  obfuscation?: string;
  [k: string]: unknown;
}
export interface Choice {
  /**
   * MUST: the accumulator stores the choice at choices[index].
   */
  index: number;
  delta: Delta;
  logprobs?: Logprobs | null;
  /**
   * SHOULD: the key is present on every chunk, null until the last content chunk (Part B #11), and in the enum (#9: 'eos', 'eos_token', 'end_turn', ''). MUST only a string or null: the accumulator keeps any truthy value and ignores '' (a stream that never sets one is a check's failure, not a chunk's).
   */
  finish_reason: 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | null;
  [k: string]: unknown;
}
/**
 * MUST: an object (the accumulator destructures it).
 */
export interface Delta {
  /**
   * SHOULD: one of the roles ('' is not, Part B #13). MUST only a string or null: the accumulator ignores a falsy role.
   */
  role?: 'developer' | 'system' | 'user' | 'assistant' | 'tool';
  /**
   * MUST: a string or null; the accumulator concatenates it.
   */
  content?: string | null;
  refusal?: string | null;
  /**
   * MUST: an array or null (the accumulator skips a falsy value); SHOULD: absent rather than null.
   */
  tool_calls?: ToolCallChunk[];
  /**
   * @deprecated
   */
  function_call?: {
    name?: string;
    arguments?: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * spec: ChatCompletionMessageToolCallChunk; only index is required.
 */
export interface ToolCallChunk {
  /**
   * MUST: openai-node 7 throws 'invalid tool call index' without a non-negative integer; 6 files the call under 'undefined' (Part B #1, #2).
   */
  index: number;
  /**
   * MUST a string or null (the accumulator ignores falsy ids); SHOULD a string.
   */
  id?: string;
  type?: 'function';
  function?: {
    /**
     * MUST: a string or null (the accumulator skips a falsy name).
     */
    name?: string;
    /**
     * A fragment of the JSON arguments; the accumulator concatenates the strings. MUST: a string or null, never an object (Part B #6).
     */
    arguments?: string;
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
 * spec: CompletionUsage.
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
