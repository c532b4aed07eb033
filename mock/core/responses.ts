// The Responses API in the mock: the model (generateResponses, behind handleGenerate), the stored-response routes
// (GET, DELETE, GET …/input_items) and the script subject. The rendering is pure (generate/response-*.ts); this
// file adds what belongs to the instance: ids and the clock, the bounded store in MockState, and the API's errors.
import type { MockModel } from './catalog.ts';
import type { Clock } from './clock.ts';
import type { RequestContext } from './context.ts';
import { apiError } from './errors.ts';
import { GenerationRefusal, toPlanScript, type Generated } from './generation.ts';
import { AnswerTooLarge } from './generate/budget.ts';
import {
  chatRequestOf,
  planResponse,
  responseEvents,
  responseObject,
  StrictSchemaError,
  type ResponsesInputItem,
  type ResponsesRequest,
} from './generate/index.ts';
import { hooks } from './hooks.ts';
import { randomHex } from './ids.ts';
import type { ScriptReply, ScriptSubject } from './script.ts';
import type { MockState } from './state.ts';
import type { MockDraft, MockJsonResponse } from './types.ts';

type Scripted = Exclude<ScriptReply, { error: unknown }> | undefined;

const refusal = (message: string, param: string | null, code: string) =>
  new GenerationRefusal(apiError(400, { message, type: 'invalid_request_error', param, code }));

/** the earlier turns a previous_response_id stands for; OpenAI answers an unknown or unstored one with 400 */
function historyOf(state: MockState, req: ResponsesRequest): ResponsesInputItem[] {
  const prev = req.previous_response_id;
  if (typeof prev !== 'string') return [];
  const context = state.responses.contextOf(prev);
  if (context === undefined)
    throw refusal(
      `Previous response with id '${prev}' not found.`,
      'previous_response_id',
      'previous_response_not_found',
    );
  return context;
}

/** POST /v1/responses: the model's answer, stored unless store is false, as a Response or its typed events */
export function generateResponses(
  request: Record<string, unknown>,
  model: MockModel,
  _ctx: RequestContext,
  clock: Clock,
  scripted: Scripted,
  state: MockState,
): Generated {
  const req = request as ResponsesRequest;
  const history = historyOf(state, req);
  const id = `resp_${randomHex(24)}`;
  let plan;
  try {
    plan = planResponse(req, { history, salt: id, ...(scripted ? { script: toPlanScript(scripted) } : {}) });
  } catch (error) {
    if (error instanceof StrictSchemaError) throw refusal(error.message, error.param, 'invalid_json_schema');
    if (error instanceof AnswerTooLarge) throw refusal(error.message, error.param, 'invalid_value');
    throw error;
  }
  const response = responseObject(req, plan, { id, created_at: Math.floor(clock.now() / 1000), model: model.id });
  if (req.store !== false) state.responses.put(req, response, history);
  const usage = {
    prompt: plan.promptTokens,
    completion: plan.completionTokens,
    total: plan.promptTokens + plan.completionTokens,
  };
  return req.stream === true ? { body: undefined, chunks: responseEvents(response), usage } : { body: response, usage };
}

const notFound = (id: string): MockDraft =>
  apiError(404, {
    message: `Response with id '${id}' not found.`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  });

const json = (body: string): MockJsonResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body,
});

/** GET /v1/responses/{id} */
export function getResponse(state: MockState, ctx: RequestContext): MockDraft {
  const response = state.responses.get(ctx.params.id);
  return response ? json(hooks.render(response, ctx)) : notFound(ctx.params.id);
}

/** DELETE /v1/responses/{id}: the spec's example body; a second delete is a 404 */
export function deleteResponse(state: MockState, ctx: RequestContext): MockDraft {
  const id = ctx.params.id;
  return state.responses.delete(id) ? json(hooks.render({ id, object: 'response', deleted: true }, ctx)) : notFound(id);
}

/** GET /v1/responses/{id}/input_items?limit&order&after */
export function listInputItems(state: MockState, ctx: RequestContext): MockDraft {
  const q = ctx.req.query ?? {};
  const limit = q.limit === undefined ? undefined : Number(q.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100))
    return apiError(400, {
      message: `Invalid 'limit': expected an integer between 1 and 100, got ${q.limit}.`,
      type: 'invalid_request_error',
      param: 'limit',
      code: 'invalid_value',
    });
  if (q.order !== undefined && q.order !== 'asc' && q.order !== 'desc')
    return apiError(400, {
      message: `Invalid 'order': expected 'asc' or 'desc', got ${q.order}.`,
      type: 'invalid_request_error',
      param: 'order',
      code: 'invalid_value',
    });
  const page = state.responses.inputItems(ctx.params.id, {
    ...(limit !== undefined ? { limit } : {}),
    ...(q.order !== undefined ? { order: q.order } : {}),
    ...(q.after !== undefined ? { after: q.after } : {}),
  });
  return page ? json(hooks.render(page, ctx)) : notFound(ctx.params.id);
}

/** Script rules match the last user message of the input (a string input is one), the tools, and the turn. */
export function responsesSubject(
  request: Record<string, unknown>,
): Pick<ScriptSubject, 'lastUserMessage' | 'tools' | 'turn'> {
  const chat = chatRequestOf(request as ResponsesRequest);
  let last = '';
  for (let i = chat.messages.length - 1; i >= 0; i--) {
    const m = chat.messages[i];
    if (m.role !== 'user') continue;
    last = typeof m.content === 'string' ? m.content : (m.content ?? []).map((p) => p.text ?? '').join('\n');
    break;
  }
  return {
    lastUserMessage: last,
    tools: (chat.tools ?? []).map((t) => t.function?.name).filter((n): n is string => typeof n === 'string'),
    turn: 1 + chat.messages.filter((m) => m.role === 'assistant').length,
  };
}
