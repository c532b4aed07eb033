// planChatReply: what the model says to a chat request, decided from a stable hash of the request (never the
// clock). Documented behaviour:
// - the hash covers model, messages, seed, temperature, top_p, penalties, logit_bias, response_format, tools,
//   tool_choice and parallel_tool_calls; NOT n, stream, stream_options, max_tokens, stop, logprobs or user,
//   so a streamed and a non-streamed request get the same answer, and a cut reply is a prefix of the full one;
// - choice i uses the hash of (request, i); n choices are distinct texts (re-rolled on a clash);
// - text replies: see reply-text.ts (they start with the first words of the last user message); after tool
//   results they start with "Based on the tool results: " and the first words of those results;
// - response_format json_object → {"answer": <that text>}; json_schema → an instance of its schema;
// - tool calls: see tool-select.ts; arguments are an instance of the tool's parameters built from the user's
//   words ("{}" for a tool without parameters); the deprecated `functions` get one message.function_call;
// - max_tokens / max_completion_tokens / stop: see cut.ts and plan-choice.ts.

import {
  ANSWER_TOKENS,
  answerTooLarge,
  choicesTooCostly,
  OutOfBudget,
  requestBudget,
  schemaTooLarge,
  tokenWidth,
  type WorkBudget,
} from './budget.ts';
import { logprobsRequested } from './chat-completion.ts';
import { createRng, hashString, alphanumeric, stableStringify, type Rng } from './hash.ts';
import { limitsOf, type Limits } from './cut.ts';
import { generateInstance } from './json-instance.ts';
import { lastUserText, trailingToolResults } from './messages.ts';
import { refusalChoice, textChoice, toolCallsChoice } from './plan-choice.ts';
import { argumentWords } from './argument-words.ts';
import { composeReply } from './reply-text.ts';
import { checkRequestSchemas, StrictSchemaError } from './strict-schema.ts';
import {
  functionTools,
  legacyFunctionsAsTools,
  selectToolCalls,
  toolWordsOf,
  type SelectedCall,
} from './tool-select.ts';
import { countPromptTokens } from './usage.ts';
import type { ChatRequest, FinishReason, JsonSchema, PlannedChoice, PlannedToolCall, ReplyPlan } from './types.ts';

export interface PlanOptions {
  /** Mixed into tool-call ids (pass the response id for ids unique across identical requests). */
  salt?: string;
}

const HASHED_FIELDS = [
  'model',
  'messages',
  'seed',
  'temperature',
  'top_p',
  'presence_penalty',
  'frequency_penalty',
  'logit_bias',
  'response_format',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
] as const;

// sorted, with their JSON-quoted names, so the key is written directly: stableStringify of the picked fields
const SORTED_FIELDS = [...HASHED_FIELDS].sort().map((k) => [k, JSON.stringify(k) + ':'] as const);

/** The stable text the reply is derived from: stableStringify of the hashed fields that are set. */
export function requestKey(req: ChatRequest): string {
  let out = '{';
  for (const [k, quoted] of SORTED_FIELDS) {
    const v = req[k];
    if (v === undefined || v === null) continue;
    if (out.length > 1) out += ',';
    out += quoted + stableStringify(v);
  }
  return out + '}';
}

export function callId(salt: string, choice: number, call: number): string {
  return 'call_' + alphanumeric(`${salt}:${choice}:${call}`, 24);
}

function choiceCount(req: ChatRequest): number {
  return typeof req.n === 'number' && req.n >= 1 ? Math.floor(req.n) : 1;
}

function assertSchemas(req: ChatRequest): void {
  const bad = checkRequestSchemas(req);
  if (bad !== undefined) throw new StrictSchemaError(bad.param, bad.path, bad.message);
}

/** Arguments of a call to `sel.tool`: an instance of its parameters schema, "{}" without one. */
function argumentsFor(sel: Pick<SelectedCall, 'tool' | 'source' | 'toolWords'>, rng: Rng, budget: WorkBudget): string {
  const params = sel.tool.function.parameters;
  if (params === undefined || params === true || (typeof params === 'object' && Object.keys(params).length === 0))
    return '{}';
  return JSON.stringify(generateInstance(params, { words: argumentWords(sel.source, sel.toolWords), rng, budget }));
}

/**
 * Runs one choice's generation; a spent budget becomes the 400 naming what to lower: the schema when the first
 * choice alone does not fit, `n` when the budget went on earlier choices.
 */
function bounded<T>(choice: number, req: ChatRequest, schemaParam: () => string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error;
    throw choice > 0 ? choicesTooCostly(choiceCount(req)) : schemaTooLarge(schemaParam());
  }
}

/** Where a tool's parameters sit in the request, for the 400's param. */
function toolParam(req: ChatRequest, tool: SelectedCall['tool']): string {
  const i = (req.tools ?? []).indexOf(tool);
  if (i >= 0) return `tools[${i}].function.parameters`;
  const f = (req.functions ?? []).indexOf(tool.function as never);
  return f >= 0 ? `functions[${f}].parameters` : 'tools';
}

/** What the model answers: the last user message, or the trailing tool results (read once per request). */
interface Turn {
  userText: string;
  toolResults: string[];
}

/** The text (or JSON text) a choice says when it does not call tools. */
function replyText(req: ChatRequest, turn: Turn, rng: Rng, budget: WorkBudget): string {
  const { toolResults, userText } = turn;
  const text =
    toolResults.length > 0
      ? composeReply(toolResults.join(' '), rng, 'Based on the tool results: ')
      : composeReply(userText, rng);
  const rf = req.response_format;
  if (rf?.type === 'json_object') return JSON.stringify({ answer: text });
  if (rf?.type === 'json_schema') {
    const schema = rf.json_schema?.schema as JsonSchema | undefined;
    if (schema === undefined) return JSON.stringify({ answer: text });
    return JSON.stringify(generateInstance(schema, { words: argumentWords(userText), rng, budget }));
  }
  return text;
}

/** The deprecated form: one function_call instead of tool_calls, finish_reason "function_call". */
function asFunctionCall(choice: PlannedChoice): PlannedChoice {
  const [call] = choice.toolCalls;
  return {
    ...choice,
    toolCalls: [],
    functionCall: { name: call.name, arguments: call.arguments },
    finishReason: choice.finishReason === 'tool_calls' ? 'function_call' : choice.finishReason,
  };
}

/** The plan, once its size is known to be within ANSWER_TOKENS (rendering then costs no more). */
function finish(req: ChatRequest, choices: PlannedChoice[], promptTokens: number): ReplyPlan {
  let completionTokens = 0;
  for (const c of choices) completionTokens += c.completionTokens;
  const top = logprobsRequested(req);
  const units = completionTokens * tokenWidth(top);
  if (units > ANSWER_TOKENS) {
    throw answerTooLarge(
      choices.length > 1
        ? 'n'
        : top !== undefined
          ? top > 0
            ? 'top_logprobs'
            : 'logprobs'
          : req.tools?.length
            ? 'tools'
            : 'response_format',
      units,
    );
  }
  return { choices, promptTokens, completionTokens };
}

export function planChatReply(req: ChatRequest, opts: PlanOptions = {}): ReplyPlan {
  assertSchemas(req);
  const limits = limitsOf(req);
  const base = hashString(requestKey(req));
  const salt = opts.salt ?? String(base);
  const legacy = legacyFunctionsAsTools(req);
  const turn: Turn = { userText: lastUserText(req.messages), toolResults: trailingToolResults(req.messages) };
  const selected = selectToolCalls(legacy ?? req, turn.userText, turn.toolResults.length > 0);
  const seen = new Set<string>();
  const choices: PlannedChoice[] = [];
  const budget = requestBudget();
  for (let i = 0; i < choiceCount(req); i++) {
    const rng = createRng(hashString(`${base}:${i}`));
    if (selected.length > 0) {
      const calls = selected.map((sel, k) => ({
        id: callId(salt, i, k),
        name: sel.tool.function.name,
        arguments: bounded(
          i,
          req,
          () => toolParam(legacy ?? req, sel.tool),
          () => argumentsFor(sel, rng, budget),
        ),
      }));
      const choice = toolCallsChoice(calls, limits);
      choices.push(legacy === undefined ? choice : asFunctionCall(choice));
      continue;
    }
    const say = () =>
      bounded(
        i,
        req,
        () => 'response_format',
        () => replyText(req, turn, rng, budget),
      );
    let text = say();
    for (let tries = 0; seen.has(text) && tries < 8; tries++) text = say();
    seen.add(text);
    choices.push(textChoice(text, limits));
  }
  return finish(req, choices, countPromptTokens(req));
}

// ---- scripted replies ----

export interface ScriptToolCall {
  name: string;
  /** JSON text or a value to serialise; omitted → generated from the tool's parameters like a natural call */
  arguments?: string | Record<string, unknown>;
  id?: string;
}

/** One scripted reply. `finishReason` given → used verbatim and no limits applied; else limits apply. */
export type ScriptReply =
  | { content: string; finishReason?: FinishReason }
  | { refusal: string; finishReason?: FinishReason }
  | { toolCalls: ScriptToolCall[]; finishReason?: FinishReason };

function scriptedChoice(
  req: ChatRequest,
  reply: ScriptReply,
  i: number,
  salt: string,
  limits: Limits,
  rng: Rng,
  budget: WorkBudget,
): PlannedChoice {
  const raw: Limits = { stop: [] };
  const lim = reply.finishReason === undefined ? limits : raw;
  let choice: PlannedChoice;
  if ('toolCalls' in reply) {
    const tools = functionTools(req);
    const source = lastUserText(req.messages);
    const calls: PlannedToolCall[] = reply.toolCalls.map((c, k) => {
      const tool = tools.find((t) => t.function.name === c.name);
      const args =
        typeof c.arguments === 'string'
          ? c.arguments
          : c.arguments !== undefined
            ? JSON.stringify(c.arguments)
            : tool === undefined
              ? '{}'
              : bounded(
                  i,
                  req,
                  () => toolParam(req, tool),
                  () => argumentsFor({ tool, source, toolWords: toolWordsOf(tool) }, rng, budget),
                );
      return { id: c.id ?? callId(salt, i, k), name: c.name, arguments: args };
    });
    choice = toolCallsChoice(calls, lim);
  } else if ('refusal' in reply) {
    choice = refusalChoice(reply.refusal, lim);
  } else {
    choice = textChoice(reply.content, lim);
  }
  return reply.finishReason === undefined ? choice : { ...choice, finishReason: reply.finishReason };
}

/**
 * A plan from a test's script: one reply for every choice, or one per choice (cycled when fewer than n).
 * The request's max_tokens and stop still apply unless the reply names its finishReason.
 */
export function planFromScript(
  req: ChatRequest,
  script: ScriptReply | readonly ScriptReply[],
  opts: PlanOptions = {},
): ReplyPlan {
  const replies = Array.isArray(script) ? script : [script as ScriptReply];
  if (replies.length === 0)
    throw new Error(
      '[conform] planFromScript: the script has no reply. Give at least one {content}, {refusal} or {toolCalls}.',
    );
  const limits = limitsOf(req);
  const base = hashString(requestKey(req));
  const salt = opts.salt ?? String(base);
  const choices: PlannedChoice[] = [];
  const budget = requestBudget();
  for (let i = 0; i < choiceCount(req); i++) {
    choices.push(
      scriptedChoice(req, replies[i % replies.length], i, salt, limits, createRng(hashString(`${base}:${i}`)), budget),
    );
  }
  return finish(req, choices, countPromptTokens(req));
}
