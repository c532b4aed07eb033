// planResponse / responseObject: what the model says to a Responses request and the Response object carrying it
// (reference A2). The plan comes from the chat planner over the restated request (responses-chat.ts), so the
// words, tool calls and token counts follow mock/core/generate/README.md; what differs is the rendering:
// - text (or JSON text) → one `message` item with one `output_text` part; tool calls → one `function_call` item
//   per call, call_id from the plan ("call_…", salted with the response id), item ids "msg_…" / "fc_…";
// - max_output_tokens reached → status "incomplete", incomplete_details.reason "max_output_tokens", the last
//   item "incomplete" (OpenAI's state machine: an incomplete item is the last one);
// - usage: input_tokens = the chat prompt count, output_tokens = the completion count, no cached or
//   reasoning tokens; the request's settings are echoed (temperature/top_p default 1, tool_choice "auto").

import { AnswerTooLarge } from './budget.ts';
import { alphanumeric } from './hash.ts';
import { planChatReply, planFromScript, type ScriptReply } from './plan.ts';
import { chatRequestOf, responsesParam } from './responses-chat.ts';
import type {
  FunctionCallItem,
  MessageItem,
  OutputItem,
  ResponseObject,
  ResponsesInputItem,
  ResponsesMeta,
  ResponsesRequest,
  ResponsesTextFormat,
} from './responses-types.ts';
import { StrictSchemaError } from './strict-schema.ts';
import type { PlannedChoice, ReplyPlan } from './types.ts';

export interface ResponsePlanOptions {
  /** earlier turns (previous_response_id): their input and output items, oldest first */
  history?: readonly ResponsesInputItem[];
  /** mixed into call ids: pass the response id */
  salt?: string;
  /** a test's scripted reply instead of the generated one */
  script?: ScriptReply | readonly ScriptReply[];
}

/** The chat planner's errors name chat params; restate them as the Responses request's. */
function restated(error: unknown): unknown {
  if (error instanceof StrictSchemaError) {
    const param = responsesParam(error.param);
    return new StrictSchemaError(param, error.path, error.message.replaceAll(error.param, param));
  }
  if (error instanceof AnswerTooLarge) {
    const param = responsesParam(error.param);
    return new AnswerTooLarge(param, error.message.replaceAll(`'${error.param}'`, `'${param}'`));
  }
  return error;
}

export function planResponse(req: ResponsesRequest, opts: ResponsePlanOptions = {}): ReplyPlan {
  const chat = chatRequestOf(req, opts.history);
  const salt = opts.salt === undefined ? {} : { salt: opts.salt };
  try {
    return opts.script === undefined ? planChatReply(chat, salt) : planFromScript(chat, opts.script, salt);
  } catch (error) {
    throw restated(error);
  }
}

export const messageId = (responseId: string, k: number): string => 'msg_' + alphanumeric(`${responseId}:msg:${k}`, 40);
export const functionCallId = (responseId: string, k: number): string =>
  'fc_' + alphanumeric(`${responseId}:fc:${k}`, 40);

/** The output items of a planned choice, each completed except a cut last one. */
export function outputItems(choice: PlannedChoice, responseId: string): OutputItem[] {
  const cut = choice.finishReason === 'length';
  if (choice.toolCalls.length > 0) {
    return choice.toolCalls.map((call, k): FunctionCallItem => ({
      id: functionCallId(responseId, k),
      type: 'function_call',
      status: cut && k === choice.toolCalls.length - 1 ? 'incomplete' : 'completed',
      arguments: call.arguments,
      call_id: call.id,
      name: call.name,
    }));
  }
  const message: MessageItem = {
    id: messageId(responseId, 0),
    type: 'message',
    status: cut ? 'incomplete' : 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text: choice.content ?? choice.refusal ?? '', annotations: [], logprobs: [] }],
  };
  return [message];
}

const TEXT: ResponsesTextFormat = { type: 'text' };

export function responseObject(req: ResponsesRequest, plan: ReplyPlan, meta: ResponsesMeta): ResponseObject {
  const [choice] = plan.choices;
  const incomplete = choice.finishReason === 'length';
  return {
    id: meta.id,
    object: 'response',
    created_at: meta.created_at,
    status: incomplete ? 'incomplete' : 'completed',
    completed_at: incomplete ? null : meta.created_at,
    error: null,
    incomplete_details: incomplete ? { reason: 'max_output_tokens' } : null,
    instructions: typeof req.instructions === 'string' ? req.instructions : null,
    max_output_tokens: typeof req.max_output_tokens === 'number' ? req.max_output_tokens : null,
    model: meta.model,
    output: outputItems(choice, meta.id),
    parallel_tool_calls: req.parallel_tool_calls !== false,
    previous_response_id: typeof req.previous_response_id === 'string' ? req.previous_response_id : null,
    reasoning: { effort: null, summary: null },
    store: req.store !== false,
    temperature: typeof req.temperature === 'number' ? req.temperature : 1,
    text: { format: req.text?.format ?? TEXT, verbosity: req.text?.verbosity ?? 'medium' },
    tool_choice: req.tool_choice ?? 'auto',
    tools: (req.tools ?? []).map((t) =>
      t?.type === 'function'
        ? {
            type: 'function',
            name: t.name,
            description: t.description ?? null,
            parameters: t.parameters ?? null,
            strict: t.strict ?? null,
          }
        : t,
    ),
    top_p: typeof req.top_p === 'number' ? req.top_p : 1,
    truncation: req.truncation === 'auto' ? 'auto' : 'disabled',
    usage: {
      input_tokens: plan.promptTokens,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens: plan.completionTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: plan.promptTokens + plan.completionTokens,
    },
    user: typeof req.user === 'string' ? req.user : null,
    metadata: req.metadata ?? {},
  };
}
