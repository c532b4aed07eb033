// The deterministic "model" of the mock: pure functions, no HTTP, no clock, no randomness.

// chat: plan what the model says, then render it as an object or as chunks
export { planChatReply, planFromScript, requestKey } from './plan.ts';
export type { PlanOptions, ScriptReply, ScriptToolCall } from './plan.ts';
export { chatCompletion } from './chat-completion.ts';
export { chatCompletionChunks } from './chat-chunks.ts';

// embeddings
export { embeddings, modelDimensions, float32ToBase64, base64ToFloat32 } from './embeddings.ts';
export type { EmbeddingsRequest, EmbeddingsResponse, EmbeddingsOptions, EmbeddingInput } from './embeddings.ts';

// legacy /completions
export { planCompletion, completion, completionChunks, DEFAULT_COMPLETION_MAX_TOKENS } from './completion.ts';
export type {
  CompletionRequest,
  CompletionPlan,
  CompletionPlanOptions,
  TextCompletion,
  TextCompletionChunk,
  LegacyLogprobs,
} from './completion.ts';

// the Responses API: the same model, rendered as Response objects and typed events; the bounded store
export { planResponse, responseObject, outputItems } from './response-object.ts';
export type { ResponsePlanOptions } from './response-object.ts';
export { responseEvents, failedEvents, inProgress } from './response-events.ts';
export { chatRequestOf, inputItemsOf, responsesParam } from './responses-chat.ts';
export { ResponseStore, RESPONSE_STORE_DEFAULTS } from './response-store.ts';
export type { ResponseStoreLimits, ItemPage, ListedItem } from './response-store.ts';
export type * from './responses-types.ts';

// strict structured outputs and strict tools
export { checkStrictSchema, checkRequestSchemas, StrictSchemaError } from './strict-schema.ts';
export type { StrictCheck, SchemaOwner } from './strict-schema.ts';

// building blocks other layers may reuse
export { generateInstance } from './json-instance.ts';
export { tokenize, countTokens } from './tokenize.ts';
export { countPromptTokens, makeUsage } from './usage.ts';

export type * from './types.ts';
