// fast-check arbitraries derived from the request schemas: valid requests, and requests with one field broken.
import type fc from 'fast-check';
import type {
  ChatCompletionRequest,
  CompletionRequest,
  EmbeddingsRequest,
  ResponsesRequest,
} from '../generated/index.ts';
import { CHAT_ROOT, validChatRequest } from './chat.ts';
import { COMPLETION_ROOT, validCompletionRequest } from './completion.ts';
import { EMBEDDINGS_ROOT, validEmbeddingsRequest } from './embeddings.ts';
import { RESPONSES_ROOT, validResponsesRequest } from './responses.ts';
import { invalidFrom, type BreakHow, type InvalidRequest } from './invalid.ts';
import type { RequestArbitraryOptions } from './options.ts';

export { validChatRequest, validCompletionRequest, validEmbeddingsRequest, validResponsesRequest };
export { jsonSchemaObject, PNG_DATA_URL, WAV_BASE64, PDF_DATA_URL } from './samples.ts';
export type { BreakHow, InvalidRequest, RequestArbitraryOptions };
export type { ContentPart } from './options.ts';

export interface InvalidOptions extends RequestArbitraryOptions {
  hows?: readonly BreakHow[]; // only these kinds of breakage (default all)
}

export const invalidChatRequest = (o: InvalidOptions = {}): fc.Arbitrary<InvalidRequest<ChatCompletionRequest>> =>
  invalidFrom(CHAT_ROOT, validChatRequest(o), o.hows);

export const invalidEmbeddingsRequest = (o: InvalidOptions = {}): fc.Arbitrary<InvalidRequest<EmbeddingsRequest>> =>
  invalidFrom(EMBEDDINGS_ROOT, validEmbeddingsRequest(o), o.hows);

export const invalidCompletionRequest = (o: InvalidOptions = {}): fc.Arbitrary<InvalidRequest<CompletionRequest>> =>
  invalidFrom(COMPLETION_ROOT, validCompletionRequest(o), o.hows);

export const invalidResponsesRequest = (o: InvalidOptions = {}): fc.Arbitrary<InvalidRequest<ResponsesRequest>> =>
  invalidFrom(RESPONSES_ROOT, validResponsesRequest(o), o.hows);
