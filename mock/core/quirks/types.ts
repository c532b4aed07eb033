// Shared shapes of the quirk stages. Bodies are plain parsed JSON: quirks reshape them into forms the spec does
// not allow, so they are typed loosely on purpose.
import type { QuirkName } from '../types.ts';
import type { EndpointName } from '../endpoints/table.ts';

export type QuirkSet = ReadonlySet<QuirkName>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = { [key: string]: any };

/** Which API a body belongs to: the name of the endpoint table's row the request was routed to, or `other`. */
export type Endpoint = EndpointName | 'other';

export interface QuirkContext {
  endpoint: Endpoint;
  /** the request body as the client sent it (before `rewriteRequest`), `{}` when there is none */
  req: JsonObject;
}

/** An error answer on its way out: `body` is the parsed body until a quirk turns it into raw text. */
export interface ErrorReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** An error answer ready to write. */
export interface RenderedError {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Frames = Iterable<string> | AsyncIterable<string>;

/**
 * One quirk: the Part B entries it reproduces and a pure transform for each pipeline stage it acts at.
 * Stage functions receive a private copy they may change in place, and return the result.
 */
export interface QuirkDef {
  /** kebab-case; QuirkName is derived from the names in the registry */
  name: string;
  /** what the quirk does, in one line (the quirks README table is generated from it) */
  description: string;
  /** numbers of the Part B entries of the reference it reproduces; empty when it has none */
  partB: readonly number[];
  /** provider and public source */
  source: string;
  /** quirk refusal: answer instead of generating: an error reply, or undefined to go on */
  reject?: (body: JsonObject, ctx: QuirkContext) => ErrorReply | undefined;
  /** quirk rewrite: the request, before generation */
  request?: (body: JsonObject, ctx: QuirkContext) => JsonObject;
  /** render: the non-stream response body */
  response?: (body: JsonObject, ctx: QuirkContext) => unknown;
  /** render: the non-stream response text, after JSON.stringify */
  render?: (text: string, ctx: QuirkContext) => string;
  /** chunks: the list of stream chunks */
  chunks?: (chunks: JsonObject[], ctx: QuirkContext) => JsonObject[];
  /** frames: the SSE text frames, `data: …\n\n` up to and including `data: [DONE]\n\n` */
  frames?: (frames: AsyncIterable<string>, ctx: QuirkContext) => AsyncIterable<string>;
  /** error render: an error answer */
  error?: (reply: ErrorReply, ctx: QuirkContext) => ErrorReply;
  /** headers: response headers of every answer (lower-case names) */
  headers?: (headers: Record<string, string>, ctx: QuirkContext) => Record<string, string>;
}
