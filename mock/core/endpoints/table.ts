// The endpoint table: the one description of each endpoint the mock serves. Routing (match.ts) returns a row,
// the row travels in the request context (ctx.endpoint), and every later stage reads its facts from it:
// validation, model kinds, output caps, limits, streaming and its framing, scripting, quirks, metering.
// How to add an endpoint: README.md beside this file.
import type { EndpointEntry } from './types.ts';
import { handleGenerate } from '../handle-generate.ts';
import { getModel, listModels } from '../handle-models.ts';
import { generateChat, generateCompletion, generateEmbeddings } from '../generation.ts';
import { embeddingLimits, streamOptionsLimits } from '../request-limits.ts';
import { chatSubject, completionSubject, noTextSubject } from '../script-subject.ts';
import {
  generateImageAnswer,
  generateImageEdit,
  handleImageEdits,
  handleImages,
  serveImage,
} from '../images/endpoint.ts';
import {
  generateSpeech,
  generateTranscription,
  generateTranslation,
  handleTranscriptions,
  handleTranslations,
} from '../audio/endpoint.ts';
import { deleteResponse, generateResponses, getResponse, listInputItems, responsesSubject } from '../responses.ts';

export const ENDPOINTS = [
  {
    name: 'chat',
    method: 'POST',
    path: '/v1/chat/completions',
    schemas: {
      request: 'chat-completion-request',
      response: 'chat-completion-response',
      event: 'chat-completion-chunk',
    },
    modelKinds: ['chat'],
    capParams: ['max_tokens', 'max_completion_tokens'],
    stream: 'chat-chunks',
    handle: handleGenerate,
    generate: generateChat,
    limits: streamOptionsLimits,
    script: { replies: ['text', 'refusal', 'toolCalls'], subject: chatSubject },
  },
  {
    name: 'completions',
    method: 'POST',
    path: '/v1/completions',
    // a legacy stream chunk is a text_completion object, the response's own shape
    schemas: { request: 'completion-request', response: 'completion-response', event: 'completion-response' },
    // legacy completions also take chat models, as most compatible servers do
    modelKinds: ['completion', 'chat'],
    capParams: ['max_tokens', 'max_completion_tokens'],
    stream: 'chat-chunks',
    handle: handleGenerate,
    generate: generateCompletion,
    limits: streamOptionsLimits,
    script: { replies: ['text', 'refusal'], subject: completionSubject },
  },
  {
    name: 'embeddings',
    method: 'POST',
    path: '/v1/embeddings',
    schemas: { request: 'embeddings-request', response: 'embeddings-response' },
    modelKinds: ['embedding'],
    capParams: [],
    stream: 'none',
    handle: handleGenerate,
    generate: generateEmbeddings,
    limits: embeddingLimits,
    script: { replies: [], subject: noTextSubject },
  },
  {
    name: 'list-models',
    method: 'GET',
    path: '/v1/models',
    schemas: { response: 'model-list' },
    modelKinds: [],
    capParams: [],
    stream: 'none',
    handle: listModels,
  },
  {
    name: 'get-model',
    method: 'GET',
    path: '/v1/models/{model+}', // ids may contain slashes ("org/model")
    schemas: { response: 'model' },
    modelKinds: [],
    capParams: [],
    stream: 'none',
    handle: getModel,
  },
  {
    name: 'images',
    method: 'POST',
    path: '/v1/images/generations',
    schemas: { request: 'images-request', response: 'images-response', event: 'image-stream-event' },
    modelKinds: ['image'],
    capParams: [],
    stream: 'events', // GPT image models with stream: true: partial images, then the completed one
    handle: handleImages, // the model defaulted, then handleGenerate
    generate: generateImageAnswer,
    script: { replies: [], subject: noTextSubject },
  },
  {
    name: 'image-edits',
    method: 'POST',
    path: '/v1/images/edits',
    upload: true,
    // multipart: the form is read by the handler (images/endpoint.ts), the pictures drawn by the generator
    schemas: { response: 'images-response', event: 'image-stream-event' },
    modelKinds: ['image'],
    capParams: [],
    stream: 'events', // GPT image models with stream: true: partial images, then the completed one
    handle: handleImageEdits,
    generate: generateImageEdit,
    script: { replies: [], subject: noTextSubject },
  },
  {
    name: 'image-file',
    method: 'GET',
    path: '/v1/images/generated/{size}/{file}', // the url answers' images, drawn again from the URL
    public: true,
    schemas: {},
    modelKinds: [],
    capParams: [],
    stream: 'none',
    handle: serveImage,
  },
  {
    name: 'speech',
    method: 'POST',
    path: '/v1/audio/speech',
    schemas: { request: 'speech-request' },
    modelKinds: ['speech'],
    capParams: [],
    stream: 'none',
    handle: handleGenerate,
    generate: generateSpeech,
    script: { replies: [], subject: noTextSubject },
  },
  {
    name: 'transcriptions',
    method: 'POST',
    upload: true,
    path: '/v1/audio/transcriptions',
    // multipart: the form is read and checked by the handler (audio/transcribe.ts), answers by response_format
    schemas: { response: 'transcription-response', event: 'transcript-stream-event' },
    modelKinds: ['transcription'],
    capParams: [],
    stream: 'events', // stream: true (not whisper-1): text deltas, then the whole text
    handle: handleTranscriptions, // the form read, then handleGenerate
    generate: generateTranscription,
    script: { replies: [], subject: noTextSubject },
  },
  {
    name: 'translations',
    method: 'POST',
    upload: true,
    path: '/v1/audio/translations',
    schemas: { response: 'transcription-response' },
    modelKinds: ['transcription'],
    capParams: [],
    stream: 'none',
    handle: handleTranslations,
    generate: generateTranslation,
    script: { replies: [], subject: noTextSubject },
  },
  {
    name: 'responses',
    method: 'POST',
    path: '/v1/responses',
    schemas: { request: 'responses-request', response: 'response', event: 'response-stream-event' },
    modelKinds: ['chat'],
    capParams: ['max_output_tokens'],
    stream: 'events',
    handle: handleGenerate,
    generate: generateResponses,
    script: { replies: ['text', 'refusal', 'toolCalls'], subject: responsesSubject },
  },
  {
    name: 'get-response',
    method: 'GET',
    path: '/v1/responses/{id}',
    schemas: { response: 'response' },
    modelKinds: [],
    capParams: [],
    stream: 'none',
    handle: getResponse,
  },
  {
    name: 'delete-response',
    method: 'DELETE',
    path: '/v1/responses/{id}',
    schemas: { response: 'response-deleted' },
    modelKinds: [],
    capParams: [],
    stream: 'none',
    handle: deleteResponse,
  },
  {
    name: 'response-input-items',
    method: 'GET',
    path: '/v1/responses/{id}/input_items',
    schemas: { response: 'response-input-items' },
    modelKinds: [],
    capParams: [],
    stream: 'none',
    handle: listInputItems,
  },
] as const satisfies readonly EndpointEntry[];

/** An endpoint's short name, as quirks and hooks see it. */
export type EndpointName = (typeof ENDPOINTS)[number]['name'];
