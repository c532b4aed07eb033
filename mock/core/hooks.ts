// The seam to the quirk profiles (mock/core/quirks) and fault injection (mock/core/faults): the pipeline hands
// them the request, its context and each stage of the answer, and writes whatever they give back. Each hook is
// named after its stage in the list at the top of pipeline.ts.
import type { RequestContext } from './context.ts';
import {
  rejectRequest,
  renderResponse,
  rewriteRequest,
  transformChunks,
  transformError,
  transformFrames,
  transformHeaders,
  type JsonObject,
} from './quirks/index.ts';
import { applyStreamFaults, hasStreamFaults } from './faults/index.ts';
import { renderDraft, type MockJsonDraft, type MockJsonResponse, type MockResponse } from './types.ts';
import type { StreamWriter } from './sse.ts';
import type { EndpointName } from './endpoints/table.ts';

/** the endpoint as the quirks see it: the routed row's name */
const endpointOf = (ctx: RequestContext): EndpointName | 'other' => (ctx.endpoint?.name as EndpointName) ?? 'other';

const reqOf = (ctx: RequestContext): JsonObject | undefined =>
  ctx.parsed.ok && typeof ctx.parsed.value === 'object' && ctx.parsed.value !== null
    ? (ctx.parsed.value as JsonObject)
    : undefined;

export const hooks = {
  /** quirk refusal: a quirk that answers instead of the model (e.g. n-unsupported); rendered with the errors */
  reject(request: JsonObject, ctx: RequestContext): MockJsonDraft | undefined {
    if (ctx.quirks.size === 0) return undefined;
    const reply = rejectRequest(ctx.quirks, endpointOf(ctx), request);
    if (!reply) return undefined;
    return {
      status: reply.status,
      headers: { 'content-type': 'application/json', ...reply.headers },
      json: reply.body,
    };
  },

  /** quirk rewrite: parameters a quirky provider ignores are dropped before generation */
  request(request: JsonObject, ctx: RequestContext): JsonObject {
    return ctx.quirks.size === 0 ? request : rewriteRequest(ctx.quirks, endpointOf(ctx), request);
  },

  /** render: the non-stream body as text (the quirks reshape the object, then its text) */
  render(body: unknown, ctx: RequestContext): string {
    if (ctx.quirks.size === 0) return JSON.stringify(body);
    return renderResponse(ctx.quirks, endpointOf(ctx), body as JsonObject, reqOf(ctx));
  },

  /** chunks: the stream's chunk objects */
  chunks(chunks: readonly unknown[], ctx: RequestContext): unknown[] {
    if (ctx.quirks.size === 0) return chunks as unknown[];
    return transformChunks(ctx.quirks, endpointOf(ctx), chunks as JsonObject[], reqOf(ctx));
  },

  /**
   * frames: the stream faults (ttft, error event, cut, stall, malformed frame) on the mock's own frames, then the quirks'
   * framing: faults count the events the model produced, so `cut-after=3` means three events whatever the framing
   * (with `buffered-stream` the whole stream is one write, which a cut after it would never reach). The faults'
   * error and malformed frames are in the stream kind's framing (`writer`).
   */
  frames(frames: AsyncIterable<string>, ctx: RequestContext, writer: StreamWriter): AsyncIterable<string> {
    const faulted = !hasStreamFaults(ctx.faults)
      ? frames
      : applyStreamFaults(frames, ctx.faults, {
          signal: ctx.req.signal,
          errorFrame: (status, body, sent, first) => writer.errorFrame(status, body, ctx.quirks, sent, first),
          malformedFrame: writer.malformedFrame,
        });
    return ctx.quirks.size === 0 ? faulted : transformFrames(ctx.quirks, endpointOf(ctx), faulted, reqOf(ctx));
  },

  /** error render: the error's value in the body shape, status and content type a quirky provider uses, as text */
  error(res: MockJsonDraft, ctx: RequestContext): MockJsonResponse {
    if (ctx.quirks.size === 0) return renderDraft(res) as MockJsonResponse;
    const rendered = transformError(ctx.quirks, res.status, res.json, res.headers, reqOf(ctx), endpointOf(ctx));
    return { status: rendered.status, headers: rendered.headers, body: rendered.body };
  },

  /** headers: those of every answer */
  headers(res: MockResponse, ctx: RequestContext): MockResponse {
    if (ctx.quirks.size === 0) return res;
    return { ...res, headers: transformHeaders(ctx.quirks, res.headers) };
  },
};
