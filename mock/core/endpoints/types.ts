// What one endpoint of the mock is: the row type of the endpoint table (table.ts). Every stage after routing
// reads these facts from the row the request was routed to (ctx.endpoint), never from the path or the body.
import type { SchemaName } from '../../../schemas/registry.ts';
import type { ModelKind, MockModel } from '../catalog.ts';
import type { Clock } from '../clock.ts';
import type { RequestContext } from '../context.ts';
import type { Generated } from '../generation.ts';
import type { LimitProblem } from '../request-limits.ts';
import type { ScriptReply, ScriptReplyKind, ScriptSubject } from '../script.ts';
import type { MockState } from '../state.ts';
import type { MockDraft } from '../types.ts';

/**
 * How a streamed answer is framed (sse.ts has a writer for each but `none`):
 * - `chat-chunks`: one `data: <json>` frame per chunk, then `data: [DONE]` (chat and legacy completions)
 * - `events`: typed frames, `event: <chunk.type>` then `data: <json>`, and no `[DONE]` (Responses API, audio)
 * - `none`: the endpoint never streams; `stream: true` in its body is not looked at
 */
export type StreamKind = 'chat-chunks' | 'events' | 'none';

/** A validated request body the generic handler (handle-generate.ts) passes on. */
export type RequestBody = Record<string, unknown> & { model: string };

/** An endpoint's model: a validated body in, its answer (body, or chunks when streaming) and usage out. */
export type Generator = (
  request: RequestBody,
  model: MockModel,
  ctx: RequestContext,
  clock: Clock,
  scripted: Exclude<ScriptReply, { error: unknown }> | undefined,
  /** the instance's state, for models that keep some (the Responses API's stored responses) */
  state: MockState,
) => Generated;

export interface EndpointEntry {
  /** short name: what quirks, hooks and tests call the endpoint (EndpointName is derived from these) */
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  /**
   * the path under the host, e.g. `/v1/chat/completions`; `{id}` matches one path segment, `{id+}` the rest of
   * the path (model ids may contain slashes); the values are decoded into ctx.params
   */
  path: string;
  /** names in schemas/registry.ts: the body the request is validated against, the answer's and a stream event's */
  schemas: { request?: SchemaName; response?: SchemaName; event?: SchemaName };
  /** the model kinds the endpoint serves; empty when the request names no model */
  modelKinds: readonly ModelKind[];
  /** output caps checked against the model's maxOutputTokens (the API's 400 names the parameter) */
  capParams: readonly string[];
  stream: StreamKind;
  /** answered without an API key: the image URLs the mock hands out, which need none, like OpenAI's signed URLs */
  public?: true;
  /** takes a file upload (multipart): its body limit is `maxUploadBytes`, not `maxBodyBytes` */
  upload?: true;
  /** answers a routed request whose key was accepted; most endpoints use handleGenerate with `generate` */
  handle: (state: MockState, ctx: RequestContext) => MockDraft | Promise<MockDraft>;
  /** the model behind handleGenerate */
  generate?: Generator;
  /** limits past the schema that depend on the model or a count, checked after validation */
  limits?: (request: RequestBody, model: MockModel) => LimitProblem | undefined;
  /** scripted replies: which kinds the endpoint can give (errors always), and what rules match on */
  script?: {
    replies: readonly ScriptReplyKind[];
    subject: (request: RequestBody) => Pick<ScriptSubject, 'lastUserMessage' | 'tools' | 'turn'>;
  };
}
