// The seam to the deterministic model (mock/core/generate): turns a validated request, plus an optional
// scripted reply, into a response body, its stream chunks and the token usage the ledger records.
import type { MockModel } from './catalog.ts';
import type { Clock } from './clock.ts';
import type { RequestContext } from './context.ts';
import { apiError } from './errors.ts';
import {
  chatCompletion,
  chatCompletionChunks,
  planChatReply,
  planFromScript,
  StrictSchemaError,
  completion,
  completionChunks,
  embeddings,
  planCompletion,
  type ChatRequest,
  type CompletionRequest,
  type EmbeddingsRequest,
  type ReplyPlan,
  type ScriptReply as PlanScript,
  type ServiceTier,
} from './generate/index.ts';
import { randomHex } from './ids.ts';
import { AnswerTooLarge } from './generate/budget.ts';
import type { ScriptReply } from './script.ts';
import type { MockJsonDraft } from './types.ts';
import { readImages, type SeenImage } from './vision/read-images.ts';
import { withImages } from './vision/with-images.ts';

const FINGERPRINT = 'fp_c0nf0rm';

export interface Generated {
  body: unknown;
  /** an answer that is not JSON (audio, subtitles): sent as is with its content type, `body` unused */
  raw?: { contentType: string; text?: string; bytes?: Uint8Array };
  chunks?: unknown[]; // present when the request asked to stream
  usage: { prompt: number; completion: number; total: number };
}

/** A request the model refuses (e.g. a strict schema it cannot honour): answered as a 400. */
export class GenerationRefusal extends Error {
  constructor(readonly response: MockJsonDraft) {
    super('generation refused');
  }
}

type Scripted = Exclude<ScriptReply, { error: unknown }> | undefined;

/** POST /v1/chat/completions */
export function generateChat(
  request: Record<string, unknown>,
  model: MockModel,
  ctx: RequestContext,
  clock: Clock,
  scripted: Scripted,
): Generated {
  // the whole meta in one literal: a spread copy of it showed in the bench
  const meta = {
    id: `chatcmpl-${randomHex(12)}`,
    created: Math.floor(clock.now() / 1000),
    model: model.id,
    system_fingerprint: FINGERPRINT,
    service_tier: 'default' as const,
  };
  const seen = readImages(request.messages, model.vision !== false);
  if (!seen.ok) throw new GenerationRefusal(seen.error);
  return refusingLargeAnswers(() => chat(request as ChatRequest, meta, scripted, ctx, seen.images));
}

/** POST /v1/completions */
export function generateCompletion(
  request: Record<string, unknown>,
  model: MockModel,
  _ctx: RequestContext,
  clock: Clock,
  scripted: Scripted,
): Generated {
  const meta = {
    id: `cmpl-${randomHex(12)}`,
    created: Math.floor(clock.now() / 1000),
    model: model.id,
    system_fingerprint: FINGERPRINT,
  };
  return refusingLargeAnswers(() => legacy(request as CompletionRequest, meta, scripted));
}

/** POST /v1/embeddings */
export function generateEmbeddings(request: Record<string, unknown>, model: MockModel): Generated {
  const body = embeddings(
    request as EmbeddingsRequest,
    model.dimensions ? { modelDimensions: { [model.id]: model.dimensions } } : {},
  );
  return { body, usage: { prompt: body.usage.prompt_tokens, completion: 0, total: body.usage.total_tokens } };
}

/** An answer past the mock's size bound (generate/budget.ts) is the API's 400 on the parameter that asked for it. */
function refusingLargeAnswers(make: () => Generated): Generated {
  try {
    return make();
  } catch (error) {
    if (error instanceof AnswerTooLarge) {
      throw new GenerationRefusal(
        apiError(400, {
          message: error.message,
          type: 'invalid_request_error',
          param: error.param,
          code: 'invalid_value',
        }),
      );
    }
    throw error;
  }
}

function legacy(
  req: CompletionRequest,
  meta: { id: string; created: number; model: string; system_fingerprint: string },
  scripted: Exclude<ScriptReply, { error: unknown }> | undefined,
): Generated {
  const texts =
    scripted && 'text' in scripted
      ? [scripted.text]
      : scripted && 'refusal' in scripted
        ? [scripted.refusal]
        : undefined;
  const plan = planCompletion(req, texts ? { texts } : {});
  return {
    body: req.stream === true ? undefined : completion(req, meta, plan),
    chunks: req.stream === true ? completionChunks(req, meta, plan) : undefined,
    usage: {
      prompt: plan.promptTokens,
      completion: plan.completionTokens,
      total: plan.promptTokens + plan.completionTokens,
    },
  };
}

function chat(
  req: ChatRequest,
  meta: { id: string; created: number; model: string; system_fingerprint: string; service_tier: ServiceTier },
  scripted: Exclude<ScriptReply, { error: unknown }> | undefined,
  ctx: RequestContext,
  images: readonly SeenImage[] = [],
): Generated {
  let plan: ReplyPlan;
  try {
    plan = scripted
      ? planFromScript(req, toPlanScript(scripted), { salt: ctx.id })
      : planChatReply(req, { salt: ctx.id });
  } catch (error) {
    if (error instanceof StrictSchemaError) {
      throw new GenerationRefusal(
        apiError(400, {
          message: error.message,
          type: 'invalid_request_error',
          param: error.param,
          code: 'invalid_json_schema',
        }),
      );
    }
    throw error;
  }
  const format = (req.response_format as { type?: unknown } | undefined)?.type;
  plan = withImages(plan, images, !scripted && (format === undefined || format === 'text'));
  return {
    body: req.stream === true ? undefined : chatCompletion(req, plan, meta),
    chunks: req.stream === true ? chatCompletionChunks(req, plan, meta) : undefined,
    usage: {
      prompt: plan.promptTokens,
      completion: plan.completionTokens,
      total: plan.promptTokens + plan.completionTokens,
    },
  };
}

export function toPlanScript(reply: Exclude<ScriptReply, { error: unknown }>): PlanScript {
  if ('text' in reply) return { content: reply.text };
  if ('refusal' in reply) return { refusal: reply.refusal };
  return {
    toolCalls: reply.toolCalls.map((c) => ({
      name: c.name,
      ...(c.id !== undefined ? { id: c.id } : {}),
      ...(c.arguments !== undefined ? { arguments: c.arguments as string | Record<string, unknown> } : {}),
    })),
  };
}
