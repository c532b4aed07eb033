// SSE framing, one writer per stream kind of the endpoint table (endpoints/types.ts StreamKind):
// - chat-chunks: one `data: <json>\n\n` frame per chunk, then `data: [DONE]\n\n`
// - events: `event: <chunk.type>\ndata: <json>\n\n` per chunk, and no [DONE] (the Responses API's framing)
// Each writer also frames what stream faults inject: a mid-stream error and a malformed frame.
import type { StreamKind } from './endpoints/types.ts';
import { MALFORMED_FRAME } from './faults/stream.ts';
import { streamErrorFrame, type QuirkSet } from './quirks/index.ts';

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
} as const;

export const DONE_FRAME = 'data: [DONE]\n\n';

export function frame(chunk: unknown): string {
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

/** A typed event frame; the event name is the chunk's `type`, as the Responses API sends it. */
export function eventFrame(chunk: { type: string; [field: string]: unknown }): string {
  return `event: ${chunk.type}\ndata: ${JSON.stringify(chunk)}\n\n`;
}

export interface StreamWriter {
  frames(chunks: Iterable<unknown>): AsyncGenerator<string>;
  /**
   * the frame that ends a stream an injected fault breaks; `body` is the API's `{error:{…}}`, `sent` the number
   * of events already written (the next event's sequence number, counted from 0)
   */
  errorFrame(status: number, body: unknown, quirks: QuirkSet, sent: number): string;
  /** a frame no JSON parser accepts (the malformed-after fault) */
  malformedFrame: string;
}

export const STREAM_WRITERS: Record<Exclude<StreamKind, 'none'>, StreamWriter> = {
  'chat-chunks': {
    async *frames(chunks) {
      for (const chunk of chunks) yield frame(chunk);
      yield DONE_FRAME;
    },
    // in the error shapes of the quirks (flat-error, stream-error-200…)
    errorFrame: (status, body, quirks) => streamErrorFrame(quirks, status, body),
    malformedFrame: MALFORMED_FRAME,
  },
  events: {
    async *frames(chunks) {
      for (const chunk of chunks) yield eventFrame(chunk as { type: string });
    },
    // the Responses API's `error` event, flat: {type, code, message, param, sequence_number} [SPEC:ResponseErrorEvent]
    errorFrame: (_status, body, _quirks, sent) =>
      eventFrame({ type: 'error', ...errorFields(body), sequence_number: sent }),
    malformedFrame: 'event: error\ndata: {"type":\n\n',
  },
};

/** The API's chat-chunk framing (kept for callers that frame a fixed list). */
export function framesOf(chunks: Iterable<unknown>): AsyncGenerator<string> {
  return STREAM_WRITERS['chat-chunks'].frames(chunks);
}

function errorFields(body: unknown): Record<string, unknown> {
  const e = (body as { error?: Record<string, unknown> } | undefined)?.error;
  return { code: e?.code ?? null, message: e?.message ?? '', param: e?.param ?? null };
}
