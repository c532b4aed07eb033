// generated — do not edit; run npm run gen (source: schemas/chat-completion-request.schema.json)

export type Message = DeveloperMessage | SystemMessage | UserMessage | AssistantMessage | ToolMessage | FunctionMessage;
/**
 * A string or a non-empty array of text parts.
 */
export type TextContent = string | TextPart[];
/**
 * An optional participant name. The spec gives no pattern; the API rejects other names with 'does not match ^[a-zA-Z0-9_-]{1,64}$'.
 */
export type ParticipantName = string;
export type UserContent = string | (TextPart | ImageUrlPart | InputAudioPart | FilePart)[];
export type AssistantContent = string | (TextPart | RefusalPart)[] | null;
/**
 * [a-zA-Z0-9_-], at most 64 characters (spec: description of FunctionObject.name).
 */
export type FunctionName = string;

/**
 * POST /v1/chat/completions body (spec: CreateChatCompletionRequest), compatible surface only. A request schema has one level: what it rejects, the API rejects with 400. Unknown fields are allowed (providers add their own). Annotation `x-arbitrary: "skip"` keeps a field or branch out of the generated valid requests (it needs a special model or account).
 */
export interface ChatCompletionRequest {
  /**
   * Model ID, e.g. gpt-4o-mini.
   */
  model: string;
  /**
   * The conversation so far (spec: ChatCompletionRequestMessage, discriminated on role).
   *
   * @minItems 1
   */
  messages: Message[];
  temperature?: number | null;
  top_p?: number | null;
  n?: number | null;
  /**
   * Up to 4 sequences where the API stops generating (spec: StopConfiguration).
   */
  stop?: string | string[] | null;
  /**
   * @deprecated
   * Deprecated in favour of max_completion_tokens; not compatible with o-series models.
   */
  max_tokens?: number | null;
  /**
   * Upper bound for generated tokens, reasoning tokens included.
   */
  max_completion_tokens?: number | null;
  presence_penalty?: number | null;
  frequency_penalty?: number | null;
  /**
   * Token id → bias. The -100..100 range is in the spec's description only; the API enforces it.
   */
  logit_bias?: {
    [k: string]: number;
  } | null;
  logprobs?: boolean | null;
  /**
   * Requires logprobs: true.
   */
  top_logprobs?: number | null;
  /**
   * @deprecated
   */
  seed?: number | null;
  /**
   * @deprecated
   * Deprecated in favour of safety_identifier and prompt_cache_key.
   */
  user?: string;
  safety_identifier?: string | null;
  prompt_cache_key?: string | null;
  /**
   * Up to 16 string pairs; keys ≤64 chars, values ≤512 chars (spec: Metadata).
   */
  metadata?: {
    [k: string]: string;
  } | null;
  store?: boolean | null;
  /**
   * Tiers other than auto/default depend on the account.
   */
  service_tier?: 'auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast' | null;
  /**
   * Reasoning models only.
   */
  reasoning_effort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max' | null;
  verbosity?: 'low' | 'medium' | 'high' | null;
  /**
   * audio needs an audio model.
   */
  modalities?: ('text' | 'audio')[] | null;
  audio?: {
    voice:
      | string
      | {
          id: string;
          [k: string]: unknown;
        };
    format: 'wav' | 'aac' | 'mp3' | 'flac' | 'opus' | 'pcm16';
    [k: string]: unknown;
  } | null;
  prediction?: {
    type: 'content';
    content: TextContent;
    [k: string]: unknown;
  } | null;
  /**
   * Search models only; its fields are not checked here.
   */
  web_search_options?: {
    [k: string]: unknown;
  };
  /**
   * spec: ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema, discriminated on type.
   */
  response_format?: ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema;
  stream?: boolean | null;
  /**
   * Only allowed with stream: true (spec: ChatCompletionStreamOptions).
   */
  stream_options?: {
    include_usage?: boolean;
    include_obfuscation?: boolean;
    [k: string]: unknown;
  } | null;
  tools?: (FunctionTool | CustomTool)[];
  /**
   * spec: ChatCompletionToolChoiceOption.
   */
  tool_choice?: ('none' | 'auto' | 'required') | NamedToolChoice | AllowedToolsChoice | NamedCustomToolChoice;
  /**
   * Only allowed when tools are given.
   */
  parallel_tool_calls?: boolean;
  [k: string]: unknown;
}
export interface DeveloperMessage {
  role: 'developer';
  content: TextContent;
  name?: ParticipantName;
  [k: string]: unknown;
}
export interface TextPart {
  type: 'text';
  text: string;
  [k: string]: unknown;
}
export interface SystemMessage {
  role: 'system';
  content: TextContent;
  name?: ParticipantName;
  [k: string]: unknown;
}
export interface UserMessage {
  role: 'user';
  content: UserContent;
  name?: ParticipantName;
  [k: string]: unknown;
}
export interface ImageUrlPart {
  type: 'image_url';
  image_url: {
    /**
     * An https URL or a data: URL with base64 image data.
     */
    url: string;
    detail?: 'auto' | 'low' | 'high';
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface InputAudioPart {
  type: 'input_audio';
  input_audio: {
    /**
     * Base64 audio data.
     */
    data: string;
    format: 'wav' | 'mp3';
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface FilePart {
  type: 'file';
  file: {
    filename?: string;
    /**
     * Base64 file data.
     */
    file_data?: string;
    file_id?: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
/**
 * Only role is required. OpenAI rejects content null without tool_calls (reference A1); that cross-field rule is the mock's, not the schema's.
 */
export interface AssistantMessage {
  role: 'assistant';
  content?: AssistantContent;
  refusal?: string | null;
  name?: ParticipantName;
  audio?: {
    id: string;
    [k: string]: unknown;
  } | null;
  tool_calls?: (ToolCall | CustomToolCall)[];
  [k: string]: unknown;
}
export interface RefusalPart {
  type: 'refusal';
  refusal: string;
  [k: string]: unknown;
}
export interface ToolCall {
  id: string;
  type: 'function';
  function: {
    name: string;
    /**
     * The arguments as a JSON string.
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
export interface ToolMessage {
  role: 'tool';
  content: TextContent;
  tool_call_id: string;
  [k: string]: unknown;
}
/**
 * @deprecated
 */
export interface FunctionMessage {
  role: 'function';
  content: string | null;
  name: string;
  [k: string]: unknown;
}
export interface ResponseFormatText {
  type: 'text';
  [k: string]: unknown;
}
/**
 * JSON mode; the model only produces JSON when a system or user message asks for it.
 */
export interface ResponseFormatJsonObject {
  type: 'json_object';
  [k: string]: unknown;
}
export interface ResponseFormatJsonSchema {
  type: 'json_schema';
  json_schema: {
    name: FunctionName;
    description?: string;
    /**
     * A JSON Schema object.
     */
    schema?: {
      [k: string]: unknown;
    };
    strict?: boolean | null;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface FunctionTool {
  type: 'function';
  function: {
    name: FunctionName;
    description?: string;
    /**
     * A JSON Schema object (spec: FunctionParameters).
     */
    parameters?: {
      [k: string]: unknown;
    };
    strict?: boolean | null;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface CustomTool {
  type: 'custom';
  custom: {
    name: string;
    description?: string;
    format?: {
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface NamedToolChoice {
  type: 'function';
  function: {
    name: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface AllowedToolsChoice {
  type: 'allowed_tools';
  allowed_tools: {
    mode: 'auto' | 'required';
    tools: {
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface NamedCustomToolChoice {
  type: 'custom';
  custom: {
    name: string;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
