// Every schema file by name. The files are the source of truth; types and validators are derived from them.
import chatCompletionRequest from './chat-completion-request.schema.json' with { type: 'json' };
import chatCompletionResponse from './chat-completion-response.schema.json' with { type: 'json' };
import chatCompletionChunk from './chat-completion-chunk.schema.json' with { type: 'json' };
import errorBody from './error-body.schema.json' with { type: 'json' };
import model from './model.schema.json' with { type: 'json' };
import modelList from './model-list.schema.json' with { type: 'json' };
import embeddingsRequest from './embeddings-request.schema.json' with { type: 'json' };
import embeddingsResponse from './embeddings-response.schema.json' with { type: 'json' };
import completionRequest from './completion-request.schema.json' with { type: 'json' };
import completionResponse from './completion-response.schema.json' with { type: 'json' };
import responsesRequest from './responses-request.schema.json' with { type: 'json' };
import response from './response.schema.json' with { type: 'json' };
import responseStreamEvent from './response-stream-event.schema.json' with { type: 'json' };
import responseInputItems from './response-input-items.schema.json' with { type: 'json' };
import responseDeleted from './response-deleted.schema.json' with { type: 'json' };
import results from './results.schema.json' with { type: 'json' };
import imagesRequest from './images-request.schema.json' with { type: 'json' };
import imagesResponse from './images-response.schema.json' with { type: 'json' };
import imageStreamEvent from './image-stream-event.schema.json' with { type: 'json' };
import transcriptionResponse from './transcription-response.schema.json' with { type: 'json' };
import transcriptionVerboseResponse from './transcription-verbose-response.schema.json' with { type: 'json' };
import transcriptStreamEvent from './transcript-stream-event.schema.json' with { type: 'json' };
import speechRequest from './speech-request.schema.json' with { type: 'json' };
import cases from './cases.schema.json' with { type: 'json' };
import perf from './perf.schema.json' with { type: 'json' };

export const SCHEMAS = {
  'chat-completion-request': chatCompletionRequest,
  'chat-completion-response': chatCompletionResponse,
  'chat-completion-chunk': chatCompletionChunk,
  'error-body': errorBody,
  model,
  'model-list': modelList,
  'embeddings-request': embeddingsRequest,
  'embeddings-response': embeddingsResponse,
  'completion-request': completionRequest,
  'completion-response': completionResponse,
  'responses-request': responsesRequest,
  response,
  'response-stream-event': responseStreamEvent,
  'response-input-items': responseInputItems,
  'response-deleted': responseDeleted,
  results,
  'images-request': imagesRequest,
  'images-response': imagesResponse,
  'image-stream-event': imageStreamEvent,
  'transcription-response': transcriptionResponse,
  'transcription-verbose-response': transcriptionVerboseResponse,
  'transcript-stream-event': transcriptStreamEvent,
  'speech-request': speechRequest,
  cases,
  perf,
} as const satisfies Record<string, object>;

export type SchemaName = keyof typeof SCHEMAS;

export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/** Request bodies: one level only (what they reject, the API rejects). */
export const REQUEST_SCHEMAS = [
  'chat-completion-request',
  'embeddings-request',
  'completion-request',
  'responses-request',
  'images-request',
  'speech-request',
] as const satisfies readonly SchemaName[];
export type RequestSchemaName = (typeof REQUEST_SCHEMAS)[number];
