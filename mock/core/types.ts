// The mock's runtime-free contract: a parsed HTTP request in, a response or a stream of SSE text out.
// Adapters (MSW handlers, node:http server) only translate to and from these objects.

export interface MockRequest {
  method: string;
  path: string; // path without the query, e.g. "/v1/chat/completions"
  query?: Record<string, string>;
  headers: Record<string, string>; // lower-case names
  body?: string; // raw text; the core parses it so malformed JSON gets the API's own 400
  bodyBytes?: number; // the body's size when the adapter did not keep it (past maxBodyBytes, or never read)
  signal?: AbortSignal; // aborts when the client disconnects, so injected waits (latency, stalls) end with it
}

interface MockResponseBase {
  status: number;
  headers: Record<string, string>;
}

export interface MockJsonResponse extends MockResponseBase {
  body: string;
}

/** A streamed response: each string is written and flushed as soon as it is yielded. */
export interface MockStreamResponse extends MockResponseBase {
  stream: AsyncIterable<string>;
}

export type MockResponse = MockJsonResponse | MockStreamResponse;

export function isStreamResponse(r: MockResponse | MockDraft): r is MockStreamResponse {
  return 'stream' in r;
}

/**
 * Inside the pipeline, a JSON answer still as its value (errors, fault and quirk replies): quirks reshape the
 * value, and it becomes text once, when the answer is final (renderDraft). Adapters never see one.
 */
export interface MockJsonDraft extends MockResponseBase {
  json: unknown;
}

export type MockDraft = MockResponse | MockJsonDraft;

export function isJsonDraft(r: MockDraft): r is MockJsonDraft {
  return 'json' in r;
}

/** The answer as adapters write it: a draft's value rendered to JSON text, anything else as it is. */
export function renderDraft(r: MockDraft): MockResponse {
  return isJsonDraft(r) ? { status: r.status, headers: r.headers, body: JSON.stringify(r.json) } : r;
}

/**
 * Provider quirk profiles: each reproduces documented divergences (Part B of the reference, numbers in brackets)
 * so the suite's self-tests can prove each check fails on them. Enabled by config (`quirks`) or per request with
 * the header `x-conform-quirks: a,b`.
 */
export const QUIRKS = {
  'no-tool-call-index': 'streamed tool-call deltas carry no index [1, 2]',
  'reused-tool-call-index': 'the second parallel streamed tool call reuses index 0, continuations send id "" [3]',
  'whole-tool-arguments': 'each streamed tool call arrives whole in one chunk [4, 5] (a note, not a failure)',
  'object-arguments': 'function.arguments is a JSON object, not a string [6]',
  'tool-calls-finish-stop': 'finish_reason "stop" instead of "tool_calls" after tool calls [7, 8]',
  'finish-reason-eos': 'finish_reason "eos" (outside the enum) [9]',
  'finish-reason-empty': 'finish_reason "" instead of null on intermediate chunks [9]',
  'finish-reason-every-chunk': 'finish_reason "stop" on every chunk [10]',
  'no-finish-reason-key': 'intermediate chunks omit the finish_reason key [11]',
  'no-final-finish-reason': 'the stream ends with no finish_reason at all [12]',
  'no-first-role': 'the first delta has no role [13]',
  'empty-first-chunk': 'Azure-style first chunk: choices [], id "", created 0, model "" [14]',
  'created-ms': 'created in milliseconds [15]',
  'no-id': 'chunks and responses without id [16]',
  'no-message': 'choices[].message omitted and usage.completion_tokens missing [17]',
  'usage-every-chunk': 'usage on every chunk when include_usage is set [18]',
  'no-usage-chunk': 'include_usage ignored: no final usage chunk [18]',
  'no-done': 'the stream ends without data: [DONE] [20]',
  'done-trailing-space': 'data: [DONE] followed by a trailing space [21]',
  'keep-alive-comments': 'SSE ": keep-alive" comments and blank lines before JSON bodies [22] (valid: must not fail)',
  'flat-error': 'vLLM/Mistral flat error body {object:"error",message,type,param,code:400} [23, 24]',
  'array-error': 'Gemini-style error body: a JSON array [25]',
  'string-error': 'LM Studio-style error body {error:"…"} [26]',
  'numeric-error-code': 'error.code is the numeric HTTP status [27, 28]',
  'problem-json-error': 'RFC 7807 error bodies {title,detail,status} [29]',
  'stream-error-200': 'errors inside a 200 stream as a data event without the {error:{…}} shape [27, 28]',
  'server-error-on-bad-input': 'bad input answered with 500 [30]',
  'ok-on-bad-input': 'bad input answered with 200 [30]',
  'n-unsupported': 'n > 1 rejected with 400 [31]',
  'n-ignored': 'n ignored: always one choice [31, 33]',
  'stop-in-output': 'the stop sequence is included in the output [37]',
  'stop-ignored': 'stop sequences ignored [37]',
  'json-fenced': 'json_object answers wrapped in ```json fences [36]',
  'json-schema-ignored': 'response_format json_schema ignored (free text) [33, 36]',
  'embeddings-float-only': 'encoding_format "base64" ignored: float arrays returned [40]',
  'no-rate-limit-headers': 'no x-ratelimit-* headers [42]',
  'bad-rate-limit-headers': 'x-ratelimit-* values -1 and unparseable resets, no retry-after [42]',
  'stream-as-json': 'stream: true answered with a plain JSON body',
  'buffered-stream': 'the whole stream is buffered and sent at the end',
  'no-request-id': 'no x-request-id header',
  'text-error-content-type': 'error bodies sent as text/html',
  'usage-mismatch': 'usage.total_tokens != prompt + completion',
  'no-refusal-key': 'message.refusal omitted (a SHOULD)',
  'models-bad-shape': 'GET /models answers a bare array of ids',
  'seed-ignored': 'seed ignored: answers vary between identical seeded requests',
  'max-tokens-ignored': 'max_tokens and max_completion_tokens ignored, however large: no 400 past the output limit [41]',
} as const;

export type QuirkName = keyof typeof QUIRKS;
