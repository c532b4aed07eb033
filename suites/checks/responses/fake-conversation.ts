// A passing Responses conversation for grader tests, built with the mock's pure generator (so it is what the
// bundled mock answers), with a hook to break one exchange. Events are framed `event: <type>` + `data: <json>`.
import {
  planResponse,
  responseEvents,
  responseObject,
  ResponseStore,
  type ResponseObject,
  type ResponsesRequest,
} from '../../../mock/core/generate/index.ts';
import type { Exchange, SdkOutcome, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { chatCompletion, jsonEx, rawFrame, sdkOk, set, sseEx, tr } from '../internal/fixtures.ts';
import {
  BELOW_MIN,
  CAP,
  FOLLOW_UP,
  FORMAT,
  INSTRUCTIONS,
  L,
  METADATA,
  PROMPT,
  R,
  TOOL_PROMPT,
  TOOL_RESULT,
  UNKNOWN_ID,
  WEATHER,
} from './probes.ts';

const MODEL = 'gpt-test';
const base: ResponsesRequest = { model: MODEL, input: PROMPT, instructions: INSTRUCTIONS, metadata: METADATA };

let n = 0;
function answer(req: ResponsesRequest, store?: ResponseStore): ResponseObject {
  const id = `resp_fake${++n}`;
  const history = req.previous_response_id ? (store?.contextOf(req.previous_response_id) ?? []) : [];
  const r = responseObject(req, planResponse(req, { salt: id, history }), {
    id,
    created_at: 1_763_683_200,
    model: MODEL,
  });
  store?.put(req, r, history);
  return r;
}

const sdkText = (r: ResponseObject) => ({
  ...r,
  output_text: r.output.flatMap((i) => (i.type === 'message' ? i.content.map((c) => c.text) : [])).join(''),
});
const error = (status: number, message: string, param: string | null, code: string | null) => ({
  status,
  body: { error: { message, type: 'invalid_request_error', param, code } },
});

/** the stream's frames: each event as `event:` + `data:` lines */
export function framesOf(events: Array<Record<string, unknown>>) {
  return events.map((e) => {
    const data = JSON.stringify(e);
    return rawFrame({ raw: `event: ${String(e.type)}\ndata: ${data}\n\n`, event: String(e.type), data });
  });
}

export interface Conversation {
  create: ResponseObject;
  streamed: ResponseObject;
  events: Array<Record<string, unknown>>;
  incomplete: ResponseObject;
  structured: ResponseObject;
  tools: ResponseObject;
  toolOutputs: ResponseObject;
  continued: ResponseObject;
}

export function conversation(): Conversation {
  const store = new ResponseStore();
  const create = answer(base, store);
  const streamed = answer({ ...base, stream: true });
  const tools = answer({ model: MODEL, input: TOOL_PROMPT, tools: [WEATHER] });
  const calls = tools.output.filter((i) => i.type === 'function_call');
  return {
    create,
    streamed,
    events: responseEvents(streamed),
    incomplete: answer({ ...base, max_output_tokens: CAP }),
    structured: answer({ ...base, text: { format: FORMAT } }),
    tools,
    toolOutputs: answer({
      model: MODEL,
      tools: [WEATHER],
      input: [
        { role: 'user', content: TOOL_PROMPT },
        ...calls,
        ...calls.map((c) => ({
          type: 'function_call_output',
          call_id: c.type === 'function_call' ? c.call_id : '',
          output: TOOL_RESULT,
        })),
      ],
    }),
    continued: answer({ model: MODEL, input: FOLLOW_UP, previous_response_id: create.id }, store),
  };
}

export interface Breaks {
  /** replace an exchange by label */
  ex?: Partial<Record<string, Exchange>>;
  /** replace an SDK outcome by label */
  sdk?: Partial<Record<string, SdkOutcome>>;
  /** the stream's events */
  events?: Array<Record<string, unknown>>;
  /** extra SSE frame specs appended to the stream ([DONE]) */
  after?: string[];
  /** the chat control's exchange */
  chat?: Exchange;
}

/** the transcripts of a passing run against the mock, with `b` applied */
export function transcripts(b: Breaks = {}, c: Conversation = conversation()): TranscriptSet {
  const events = b.events ?? c.events;
  const wire = (label: string, body: unknown, status = 200, method = 'POST', path = '/responses') =>
    jsonEx(label, body, { status, method, path });
  const sdkEx = (label: string, body: unknown) => ({
    ...jsonEx(label, body, { path: '/responses' }),
    via: 'sdk' as const,
  });
  const deleted = error(404, `Response with id '${c.create.id}' not found.`, null, null);
  const unknown = error(
    400,
    `Previous response with id '${UNKNOWN_ID}' not found.`,
    'previous_response_id',
    'previous_response_not_found',
  );
  const invalid = error(
    400,
    `Invalid 'max_output_tokens': integer below minimum value. Expected a value >= 16, but got ${BELOW_MIN} instead.`,
    'max_output_tokens',
    'integer_below_min_value',
  );
  const exchanges: Exchange[] = [
    sdkEx(L.create, c.create),
    { ...sseEx(L.stream, [...framesOf(events), ...(b.after ?? [])], { done: false, path: '/responses', via: 'sdk' }) },
    wire(L.incomplete, c.incomplete),
    sdkEx(L.structured, c.structured),
    sdkEx(L.tools, c.tools),
    sdkEx(L.toolOutputs, c.toolOutputs),
    wire(L.continued, c.continued),
    wire(L.retrieve, c.create, 200, 'GET', `/responses/${c.create.id}`),
    wire(
      L.inputItems,
      {
        object: 'list',
        data: [
          {
            id: 'msg_1',
            type: 'message',
            role: 'user',
            status: 'completed',
            content: [{ type: 'input_text', text: PROMPT }],
          },
        ],
        first_id: 'msg_1',
        last_id: 'msg_1',
        has_more: false,
      },
      200,
      'GET',
    ),
    wire(L.del, { id: c.create.id, object: 'response', deleted: true }, 200, 'DELETE'),
    wire(L.deleted, deleted.body, deleted.status, 'GET'),
    wire(L.unknownPrevious, unknown.body, unknown.status),
    wire(L.invalid, invalid.body, invalid.status),
  ].map((e) => b.ex?.[e.label] ?? e);
  const final = events.at(-1)?.response as ResponseObject | undefined;
  const sdk: SdkOutcome[] = [
    sdkOk(L.create, sdkText(c.create)),
    sdkOk(L.stream, final ? sdkText(final) : {}),
    sdkOk(L.structured, { ...sdkText(c.structured), output_parsed: JSON.parse(sdkText(c.structured).output_text) }),
    sdkOk(L.tools, sdkText(c.tools)),
    sdkOk(L.toolOutputs, sdkText(c.toolOutputs)),
  ].map((o) => b.sdk?.[o.label] ?? o);
  return set(tr(CONTROL.probe, [b.chat ?? jsonEx(CONTROL.label, chatCompletion())]), tr(R.basic, exchanges, sdk));
}
