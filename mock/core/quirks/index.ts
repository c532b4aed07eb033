// Provider quirks: pure transforms the mock pipeline applies at each stage of an answer. With an empty set every
// function returns its input untouched (no copy), so a mock without quirks pays nothing.
import { activeAt } from './registry.ts';
import { readError } from './internal/error-shapes.ts';
import {
  type Endpoint,
  type ErrorReply,
  type Frames,
  type JsonObject,
  type QuirkContext,
  type QuirkSet,
  type RenderedError,
} from './types.ts';

export type { Endpoint, ErrorReply, Frames, JsonObject, QuirkDef, QuirkSet, RenderedError } from './types.ts';
export { QUIRK_DEFS, QUIRK_NAMES, quirkDef } from './registry.ts';
export { QUIRK_HEADER, assertQuirks, parseQuirks, resolveQuirks, unknownQuirksMessage } from './resolve.ts';
export type { QuirkResolution } from './resolve.ts';
export { PROVIDER_PROFILES, isProfile } from './profiles.ts';
export type { ProfileName, ProviderProfile } from './profiles.ts';

const ctx = (endpoint: Endpoint, req: JsonObject | undefined): QuirkContext => ({ endpoint, req: req ?? {} });

/** Quirk refusal: an answer that replaces generation (e.g. `n-unsupported`); pass it through `transformError` like any error. */
export function rejectRequest(q: QuirkSet, endpoint: Endpoint, body: JsonObject): ErrorReply | undefined {
  for (const d of activeAt(q, 'reject')) {
    const reply = d.reject!(body, ctx(endpoint, body));
    if (reply) return reply;
  }
  return undefined;
}

/** Quirk rewrite: the request the model answers: parameters a provider ignores are dropped. `body` is not changed. */
export function rewriteRequest(q: QuirkSet, endpoint: Endpoint, body: JsonObject): JsonObject {
  const defs = activeAt(q, 'request');
  if (defs.length === 0) return body;
  const c = ctx(endpoint, body);
  return defs.reduce((b, d) => d.request!(b, c), structuredClone(body));
}

/** Render, on the object: a non-stream response body (chat, completions, embeddings, models). `req` is the client's request body. */
export function transformResponse(q: QuirkSet, endpoint: Endpoint, body: JsonObject, req?: JsonObject): unknown {
  const defs = activeAt(q, 'response');
  if (defs.length === 0) return body;
  const c = ctx(endpoint, req);
  return defs.reduce<unknown>((b, d) => d.response!(b as JsonObject, c), structuredClone(body));
}

/** Render, as text: the text of a non-stream body: `transformResponse` then JSON, plus any framing quirk (leading blank lines). */
export function renderResponse(q: QuirkSet, endpoint: Endpoint, body: JsonObject, req?: JsonObject): string {
  const text = JSON.stringify(transformResponse(q, endpoint, body, req));
  const c = ctx(endpoint, req);
  return activeAt(q, 'render').reduce((t, d) => d.render!(t, c), text);
}

/** Chunks: the chunk objects of a stream, before they are framed. Chunks may be added, dropped or reshaped. */
export function transformChunks(
  q: QuirkSet,
  endpoint: Endpoint,
  chunks: readonly JsonObject[],
  req?: JsonObject,
): JsonObject[] {
  const defs = activeAt(q, 'chunks');
  if (defs.length === 0) return chunks as JsonObject[];
  const c = ctx(endpoint, req);
  return defs.reduce((list, d) => d.chunks!(list, c), structuredClone(chunks) as JsonObject[]);
}

/** Frames: the SSE text frames (in the endpoint's stream kind, sse.ts) as they are to be written. */
export function transformFrames(
  q: QuirkSet,
  endpoint: Endpoint,
  frames: Frames,
  req?: JsonObject,
): AsyncIterable<string> {
  const c = ctx(endpoint, req);
  return activeAt(q, 'frames').reduce((f, d) => d.frames!(f, c), toAsync(frames));
}

/** Error render: an error answer: `body` is the API's `{error:{message,type,param,code}}`. Returns the text to write. */
export function transformError(
  q: QuirkSet,
  status: number,
  body: unknown,
  headers: Record<string, string>,
  req?: JsonObject,
  endpoint: Endpoint = 'other',
): RenderedError {
  const c = ctx(endpoint, req);
  const reply = activeAt(q, 'error').reduce<ErrorReply>((r, d) => d.error!(r, c), {
    status,
    headers: { ...headers },
    body: structuredClone(body),
  });
  return { ...reply, body: typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body) };
}

/** Headers: those of any answer (success, error or stream); names are lower-case. */
export function transformHeaders(q: QuirkSet, headers: Record<string, string>): Record<string, string> {
  const defs = activeAt(q, 'headers');
  if (defs.length === 0) return headers;
  const c = ctx('other', undefined);
  return defs.reduce((h, d) => d.headers!(h, c), { ...headers });
}

/**
 * The SSE frame for an error that happens mid-stream (a fault), in the shape the quirks give errors:
 * `data: {"error":{…}}\n\n` normally; the flat vLLM shape with `flat-error` or `stream-error-200` [23, 27, 28].
 */
export function streamErrorFrame(q: QuirkSet, status: number, body: unknown): string {
  if (q.has('stream-error-200') && !q.has('flat-error')) {
    const e = readError(body);
    const flat = transformError(new Set(['flat-error']), status, { error: e }, {}).body;
    return `data: ${flat}\n\n`;
  }
  const shaped = new Set([...q].filter((n) => SHAPES.has(n)));
  return `data: ${transformError(shaped, status, body, {}).body}\n\n`;
}

const SHAPES = new Set(['flat-error', 'array-error', 'string-error', 'numeric-error-code', 'problem-json-error']);

async function* toAsync(frames: Frames): AsyncIterable<string> {
  yield* frames;
}
