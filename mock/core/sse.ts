// SSE framing, one writer per stream kind of the endpoint table (endpoints/types.ts StreamKind):
// - chat-chunks: one `data: <json>\n\n` frame per chunk, then `data: [DONE]\n\n`
// - events: `event: <chunk.type>\ndata: <json>\n\n` per chunk, and no [DONE] (the Responses API's framing)
// Each writer also frames what stream faults inject: a mid-stream error and a malformed frame.
import type { StreamKind } from './endpoints/types.ts';
import { MALFORMED_FRAME } from './faults/stream.ts';
import { streamErrorFrame, type QuirkSet } from './quirks/index.ts';
import { failedEvents } from './generate/index.ts';
import type { ResponseObject } from './generate/responses-types.ts';

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
   * the frame(s) that end a stream an injected fault breaks; `body` is the API's `{error:{…}}`, `sent` the number
   * of events already written (the next event's sequence number, counted from 0), `first` the first of them
   */
  errorFrame(status: number, body: unknown, quirks: QuirkSet, sent: number, first?: string): string;
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
    // the Responses API's `error` event, flat: {type, code, message, param, sequence_number} [SPEC:ResponseErrorEvent],
    // then response.failed with the response of the stream's response.created ("any error incurred while streaming
    // will be followed by a response.failed event", reference A4); an error before any event stands alone
    errorFrame: (_status, body, _quirks, sent, first) => {
      const e = errorFields(body);
      const created = first === undefined ? undefined : createdResponse(first);
      if (!created) return eventFrame({ type: 'error', ...e, sequence_number: sent });
      const error = { code: String(e.code ?? 'server_error'), message: String(e.message) };
      return failedEvents(created, sent, error)
        .map((event) => eventFrame(event as { type: string }))
        .join('');
    },
    malformedFrame: 'event: error\ndata: {"type":\n\n',
  },
};

/** The API's chat-chunk framing (kept for callers that frame a fixed list). */
export function framesOf(chunks: Iterable<unknown>): AsyncGenerator<string> {
  return STREAM_WRITERS['chat-chunks'].frames(chunks);
}

/** the response of a `response.created` event frame */
function createdResponse(first: string): ResponseObject | undefined {
  try {
    const event = JSON.parse(first.slice(first.indexOf('data: ') + 6)) as { type?: string; response?: ResponseObject };
    return event.type === 'response.created' && event.response ? event.response : undefined;
  } catch {
    return undefined;
  }
}

function errorFields(body: unknown): Record<string, unknown> {
  const e = (body as { error?: Record<string, unknown> } | undefined)?.error;
  return { code: e?.code ?? null, message: e?.message ?? '', param: e?.param ?? null };
}
