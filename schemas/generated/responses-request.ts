// generated — do not edit; run npm run gen (source: schemas/responses-request.schema.json)

export type InputItem = Message | FunctionCall | FunctionCallOutput | ItemReference;
export type ContentPart =
  | {
      type: 'input_text';
      text: string;
      [k: string]: unknown;
    }
  | {
      type: 'output_text';
      text: string;
      [k: string]: unknown;
    }
  | {
      type: 'input_image';
      image_url?: string | null;
      file_id?: string | null;
      detail?: 'low' | 'high' | 'auto' | 'original';
      [k: string]: unknown;
    }
  | {
      type: 'input_file';
      file_id?: string | null;
      file_url?: string;
      file_data?: string;
      filename?: string;
      [k: string]: unknown;
    };
export type TextFormat =
  | {
      type: 'text';
      [k: string]: unknown;
    }
  | {
      type: 'json_object';
      [k: string]: unknown;
    }
  | {
      type: 'json_schema';
      name: string;
      description?: string;
      schema: {
        [k: string]: unknown;
      };
      strict?: boolean | null;
      [k: string]: unknown;
    };
export type Tool =
  | {
      type: 'function';
      name: string;
      description?: string | null;
      parameters?: {
        [k: string]: unknown;
      } | null;
      strict?: boolean | null;
      [k: string]: unknown;
    }
  | {
      type:
        | 'web_search'
        | 'web_search_preview'
        | 'file_search'
        | 'code_interpreter'
        | 'image_generation'
        | 'mcp'
        | 'computer_use_preview'
        | 'local_shell'
        | 'custom';
      [k: string]: unknown;
    };
export type ToolChoice =
  | ('none' | 'auto' | 'required')
  | {
      type: 'function';
      name: string;
      [k: string]: unknown;
    }
  | {
      type: 'allowed_tools';
      mode: 'auto' | 'required';
      tools: {
        [k: string]: unknown;
      }[];
      [k: string]: unknown;
    }
  | null;

/**
 * POST /v1/responses body (spec: CreateResponse = CreateModelResponseProperties + ResponseProperties), the text-and-function-tool subset the mock and the suite use: string or item-list input (messages, function_call, function_call_output, item_reference), instructions, sampling, max_output_tokens, text.format, function tools, tool_choice, state (store, previous_response_id), metadata, streaming. Hosted tools, reasoning, background, conversation, prompt and context management are accepted loosely and never generated. One level: what it rejects, the API rejects with 400. Unknown fields are allowed.
 */
export interface ResponsesRequest {
  /**
   * Model ID (on Azure, the deployment name).
   */
  model: string;
  /**
   * A string (one user message) or a list of input items (spec: InputParam, InputItem).
   */
  input?: string | InputItem[];
  /**
   * A system/developer message; not carried over from previous_response_id.
   */
  instructions?: string | null;
  /**
   * Includes reasoning tokens. The spec's minimum is 16 (OpenAI answers 400 integer_below_min_value below it).
   */
  max_output_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  top_logprobs?: number | null;
  /**
   * spec: ResponseTextParam. `format` is flat: no nested json_schema object as in chat.
   */
  text?: {
    format?: TextFormat;
    verbosity?: 'low' | 'medium' | 'high' | null;
    [k: string]: unknown;
  };
  tools?: Tool[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean | null;
  /**
   * Counts built-in tool calls only.
   */
  max_tool_calls?: number | null;
  /**
   * Default true (unlike chat).
   */
  store?: boolean | null;
  /**
   * A stored response to continue from; the model sees its input and output first.
   */
  previous_response_id?: string | null;
  /**
   * Up to 16 string pairs; keys ≤64 chars, values ≤512 chars (spec: Metadata, in its description).
   */
  metadata?: {
    [k: string]: string;
  } | null;
  stream?: boolean | null;
  stream_options?: {
    include_obfuscation?: boolean;
    [k: string]: unknown;
  } | null;
  include?:
    | (
        | 'file_search_call.results'
        | 'web_search_call.results'
        | 'web_search_call.action.sources'
        | 'message.input_image.image_url'
        | 'computer_call_output.output.image_url'
        | 'code_interpreter_call.outputs'
        | 'reasoning.encrypted_content'
        | 'message.output_text.logprobs'
      )[]
    | null;
  /**
   * @deprecated
   */
  truncation?: 'auto' | 'disabled' | null;
  /**
   * @deprecated
   */
  user?: string;
  safety_identifier?: string | null;
  prompt_cache_key?: string | null;
  /**
   * Tiers other than auto/default depend on the account.
   */
  service_tier?: 'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | null;
  /**
   * gpt-5 and o-series models only (spec: Reasoning).
   */
  reasoning?: {
    [k: string]: unknown;
  } | null;
  background?: boolean | null;
  /**
   * Cannot be combined with previous_response_id.
   */
  conversation?: {
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * spec: EasyInputMessage (type optional) / InputMessage.
 */
export interface Message {
  type?: 'message';
  role: 'user' | 'assistant' | 'system' | 'developer';
  content: string | ContentPart[];
  [k: string]: unknown;
}
/**
 * spec: FunctionToolCall, sent back as history when not chaining with previous_response_id.
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
 * spec: FunctionCallOutputItemParam (call_id is nullable there; a null one answers no call).
 */
export interface FunctionCallOutput {
  type: 'function_call_output';
  call_id?: string | null;
  output: string | ContentPart[];
  [k: string]: unknown;
}
export interface ItemReference {
  type: 'item_reference';
  id: string;
  [k: string]: unknown;
}
