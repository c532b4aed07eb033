// The mock's runtime-free contract: a parsed HTTP request in, a response or a stream of SSE text out.
// Adapters (MSW handlers, node:http server) only translate to and from these objects.

export interface MockRequest {
  method: string;
  path: string; // path without the query, e.g. "/v1/chat/completions"
  query?: Record<string, string>;
  headers: Record<string, string>; // lower-case names
  body?: string; // raw text; the core parses it so malformed JSON gets the API's own 400
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

export function isStreamResponse(r: MockResponse): r is MockStreamResponse {
  return 'stream' in r;
}

/**
 * Provider quirks: each reproduces documented divergences (Part B of the reference) so the suite's self-tests can
 * prove each check fails on them. Enabled by config (`quirks`) or per request with the header `x-conform-quirks: a,b`.
 * The registry (quirks/registry.ts) is their single source: names, descriptions, Part B entries, sources.
 */
export { QUIRKS, type QuirkName } from './quirks/registry.ts';
