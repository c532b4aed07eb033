// generated — do not edit; run npm run gen (source: schemas/completion-response.schema.json)

/**
 * POST /v1/completions answer (legacy; spec: CreateCompletionResponse), and each streamed chunk, which has the same shape with finish_reason null until the last one. MUST: choices is an array of {index, text}. SHOULD: the rest of the spec. Unknown fields are allowed.
 */
export interface CompletionResponse {
  id: string;
  object: 'text_completion';
  /**
   * Unix time in seconds (SHOULD, see chat-completion-response).
   */
  created: number;
  model: string;
  choices: Choice[];
  usage?: {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    [k: string]: unknown;
  } | null;
  system_fingerprint?: string | null;
  [k: string]: unknown;
}
export interface Choice {
  index: number;
  text: string;
  logprobs: {
    tokens?: string[];
    /**
     * The spec says numbers, but with echo the API sends null first: the first echoed prompt token has nothing before it, so it has no logprob.
     */
    token_logprobs?: (number | null)[];
    /**
     * As token_logprobs: with echo the first entry is null, as the first echoed prompt token has no alternatives.
     */
    top_logprobs?: ({
      [k: string]: number;
    } | null)[];
    text_offset?: number[];
    [k: string]: unknown;
  } | null;
  /**
   * null on streamed chunks before the last (the SDK types it non-null but never reads it).
   */
  finish_reason: 'stop' | 'length' | 'content_filter' | null;
  [k: string]: unknown;
}
