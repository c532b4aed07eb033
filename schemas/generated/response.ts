// generated — do not edit; run npm run gen (source: schemas/response.schema.json)

export type OutputItem = Message | FunctionCall | OtherItem;
export type ContentPart =
  | {
      type: 'output_text';
      text: string;
      annotations: unknown[];
      logprobs: unknown[];
      [k: string]: unknown;
    }
  | {
      type: 'refusal';
      refusal: string;
      [k: string]: unknown;
    };

/**
 * The Response object of the Responses API (spec: Response = ModelResponseProperties + ResponseProperties + its own fields), answered by POST /v1/responses, GET /v1/responses/{id} and carried by the lifecycle stream events. Output items: message (output_text / refusal parts) and function_call; other item types (reasoning, hosted tool calls) pass with a `type` only. The file is the spec shape (SHOULD); `x-must` / `x-must-required` give what openai-node's client.responses needs (MUST): create()/retrieve() add output_text only when object is "response" and walk output[].content[]; parse() reads status, output_text text and function_call arguments. Unknown fields are allowed.
 */
export interface ResponseObject {
  /**
   * SHOULD: a non-empty string (previous_response_id, retrieve and delete take it back); the SDK itself never reads it.
   */
  id: string;
  /**
   * MUST: openai-node adds the output_text helper only when object === "response".
   */
  object: 'response';
  /**
   * Unix seconds (spec type number). SHOULD: the SDK never reads it.
   */
  created_at: number;
  /**
   * Not in the spec's required list, but every example carries it and parse() reads it (absent counts as completed). MUST: a string when present; SHOULD: in the enum.
   */
  status?: 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete';
  completed_at?: number | null;
  /**
   * spec: ResponseError; null unless status is failed.
   */
  error: {
    code: string;
    message: string;
    [k: string]: unknown;
  } | null;
  incomplete_details: {
    reason?: 'max_output_tokens' | 'content_filter';
    [k: string]: unknown;
  } | null;
  /**
   * string, item list or null: the request's instructions echoed.
   */
  instructions: {
    [k: string]: unknown;
  };
  model: string;
  /**
   * MUST: an array (the SDK's output_text helper iterates it and throws without it).
   */
  output: OutputItem[];
  tools: unknown[];
  tool_choice: unknown;
  parallel_tool_calls: boolean;
  metadata: {
    [k: string]: string;
  } | null;
  temperature: number | null;
  top_p: number | null;
  max_output_tokens?: number | null;
  previous_response_id?: string | null;
  store?: boolean | null;
  text?: {
    [k: string]: unknown;
  };
  truncation?: 'auto' | 'disabled' | null;
  /**
   * Not in the spec's required list (null on in-progress snapshots). SHOULD: the SDK never reads it.
   */
  usage?: Usage | null;
  /**
   * Not a wire field: an SDK-only convenience the SDK computes and overwrites.
   */
  output_text?: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * spec: OutputMessage. MUST: content an array (the output_text helper walks it).
 */
export interface Message {
  id: string;
  type: 'message';
  role: 'assistant';
  status: 'in_progress' | 'completed' | 'incomplete';
  content: ContentPart[];
  [k: string]: unknown;
}
/**
 * spec: FunctionToolCall. MUST in full: the round trip sends call_id back, parse() JSON.parses arguments.
 */
export interface FunctionCall {
  type: 'function_call';
  id?: string;
  call_id: string;
  name: string;
  arguments: string;
  status?: 'in_progress' | 'completed' | 'incomplete';
  [k: string]: unknown;
}
/**
 * Reasoning items and hosted tool calls: only their type is checked here.
 */
export interface OtherItem {
  type:
    | 'reasoning'
    | 'file_search_call'
    | 'web_search_call'
    | 'computer_call'
    | 'image_generation_call'
    | 'code_interpreter_call'
    | 'local_shell_call'
    | 'mcp_call'
    | 'mcp_list_tools'
    | 'mcp_approval_request'
    | 'custom_tool_call'
    | 'compaction';
  [k: string]: unknown;
}
/**
 * spec: ResponseUsage (all five keys required; the spec's examples omit input_tokens_details).
 */
export interface Usage {
  input_tokens: number;
  input_tokens_details: {
    cached_tokens: number;
    cache_write_tokens: number;
    [k: string]: unknown;
  };
  output_tokens: number;
  output_tokens_details: {
    reasoning_tokens: number;
    [k: string]: unknown;
  };
  total_tokens: number;
  [k: string]: unknown;
}
