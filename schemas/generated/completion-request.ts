// generated — do not edit; run npm run gen (source: schemas/completion-request.schema.json)

/**
 * POST /v1/completions body (legacy; spec: CreateCompletionRequest). One level: what it rejects, the API rejects. Unknown fields are allowed.
 */
export interface CompletionRequest {
  model: string;
  /**
   * A string, strings, a token array, or token arrays.
   */
  prompt: string | string[] | number[] | number[][] | null;
  best_of?: number | null;
  echo?: boolean | null;
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  /**
   * Token id → bias, -100..100 (range in the spec's description only).
   */
  logit_bias?: {
    [k: string]: number;
  } | null;
  /**
   * How many most likely tokens to return per position (an integer here, unlike chat).
   */
  logprobs?: number | null;
  max_tokens?: number | null;
  n?: number | null;
  seed?: number | null;
  stop?: string | string[] | null;
  stream?: boolean | null;
  stream_options?: {
    include_usage?: boolean;
    include_obfuscation?: boolean;
    [k: string]: unknown;
  } | null;
  suffix?: string | null;
  temperature?: number | null;
  top_p?: number | null;
  user?: string;
  [k: string]: unknown;
}
