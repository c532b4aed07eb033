// Output items carry index signatures so an answer's items can be sent back as input (history, round trips).
// Request, object and event shapes of the Responses API as the deterministic "model" reads and writes them.
// Requests are typed loosely on purpose: the pipeline validates them first (schemas/responses-request.schema.json).

import type { JsonSchema } from './types.ts';

export interface ResponsesContentPart {
  type: string; // input_text | output_text | input_image | input_file | refusal
  text?: string;
  [k: string]: unknown;
}

export interface ResponsesInputItem {
  type?: string; // "message" (or omitted for a message), function_call, function_call_output, item_reference
  id?: string;
  role?: string;
  content?: string | ResponsesContentPart[];
  call_id?: string | null;
  name?: string;
  arguments?: string;
  output?: string | ResponsesContentPart[];
  status?: string;
  [k: string]: unknown;
}

export interface ResponsesFunctionTool {
  type: string; // "function" (hosted tools are accepted and never called)
  name?: string;
  description?: string | null;
  parameters?: JsonSchema | null;
  strict?: boolean | null;
  [k: string]: unknown;
}

export type ResponsesTextFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; name: string; description?: string; schema: JsonSchema; strict?: boolean | null };

export interface ResponsesRequest {
  model: string;
  input?: string | ResponsesInputItem[];
  instructions?: string | null;
  max_output_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  text?: { format?: ResponsesTextFormat; verbosity?: string | null } | null;
  tools?: ResponsesFunctionTool[] | null;
  tool_choice?: string | { type: string; name?: string; mode?: string; tools?: unknown[] } | null;
  parallel_tool_calls?: boolean | null;
  store?: boolean | null;
  previous_response_id?: string | null;
  metadata?: Record<string, string> | null;
  stream?: boolean | null;
  user?: string;
  [k: string]: unknown;
}

/** Per-response values the pipeline owns (ids and clocks are not the model's business). */
export interface ResponsesMeta {
  id: string; // "resp_…"
  created_at: number; // unix seconds
  model: string;
}

export interface OutputText {
  type: 'output_text';
  text: string;
  annotations: unknown[];
  logprobs: unknown[];
  [k: string]: unknown;
}

export interface MessageItem {
  id: string;
  type: 'message';
  status: ItemStatus;
  role: 'assistant';
  content: OutputText[];
  [k: string]: unknown;
}

export interface FunctionCallItem {
  id: string;
  type: 'function_call';
  status: ItemStatus;
  arguments: string;
  call_id: string;
  name: string;
  [k: string]: unknown;
}

export type ItemStatus = 'in_progress' | 'completed' | 'incomplete';
export type OutputItem = MessageItem | FunctionCallItem;

export interface ResponsesUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number; cache_write_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export type ResponseStatus = 'completed' | 'failed' | 'in_progress' | 'incomplete' | 'cancelled' | 'queued';

export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: ResponseStatus;
  completed_at: number | null;
  error: { code: string; message: string } | null;
  incomplete_details: { reason: 'max_output_tokens' | 'content_filter' } | null;
  instructions: string | null;
  max_output_tokens: number | null;
  model: string;
  output: OutputItem[];
  parallel_tool_calls: boolean;
  previous_response_id: string | null;
  reasoning: { effort: null; summary: null };
  store: boolean;
  temperature: number;
  text: { format: ResponsesTextFormat; verbosity: string };
  tool_choice: unknown;
  tools: unknown[];
  top_p: number;
  truncation: 'disabled' | 'auto';
  usage: ResponsesUsage | null;
  user: string | null;
  metadata: Record<string, string>;
}

/** One typed stream event, as sent in an `event: <type>` + `data: <json>` frame. */
export interface ResponseStreamEvent {
  type: string;
  sequence_number: number;
  [k: string]: unknown;
}
