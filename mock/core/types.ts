// The mock's runtime-free contract: a parsed HTTP request in, a response or a stream of SSE text out.
// Adapters (MSW handlers, node:http server) only translate to and from these objects.

export interface MockRequest {
  method: string;
  path: string; // path without the query, e.g. "/v1/chat/completions"
  query?: Record<string, string>;
  headers: Record<string, string>; // lower-case names
  body?: string; // raw text; the core parses it so malformed JSON gets the API's own 400
  /** the body's bytes instead of `body` for multipart/form-data (uploads): decoding them as text would corrupt them */
  raw?: Uint8Array;
  /** the URL the client reached /v1 at ("http://127.0.0.1:4010/v1"), for URLs the mock hands out (images) */
  baseUrl?: string;
  bodyBytes?: number; // the body's size when the adapter did not keep it (past maxBodyBytes, or never read)
  signal?: AbortSignal; // aborts when the client disconnects, so injected waits (latency, stalls) end with it
}

interface MockResponseBase {
  status: number;
  headers: Record<string, string>;
}

export interface MockJsonResponse extends MockResponseBase {
  body: string;
  /** a binary answer (audio, images): adapters send these bytes, and `body` is "" */
  bytes?: Uint8Array;
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
 * Provider quirks: each reproduces documented divergences (Part B of the reference) so the suite's self-tests can
 * prove each check fails on them. Enabled by config (`quirks`) or per request with the header `x-conform-quirks: a,b`.
 * The registry (quirks/registry.ts) is their single source: names, descriptions, Part B entries, sources.
 */
export { QUIRKS, type QuirkName } from './quirks/registry.ts';
