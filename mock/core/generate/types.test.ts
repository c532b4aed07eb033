import { expectTypeOf, it } from 'vitest';
import type { Plain } from '../../../schemas/internal/plain.ts';
import type {
  ChatCompletionChunk as SchemaChunk,
  ChatCompletionRequest as SchemaRequest,
  ChatCompletionResponse as SchemaResponse,
} from '../../../schemas/generated/index.ts';
import type { ChatCompletion, ChatCompletionChunk, ChatRequest } from './types.ts';

// The generator keeps its own types: requests loose (validated before they get here, unknown fields allowed),
// answers exact (what it writes, no index signatures). They must agree with the schemas' generated types:
// every schema-valid request is one it takes, every answer it writes is one the schema allows.

it('takes every request chat-completion-request.schema.json allows', () => {
  expectTypeOf<SchemaRequest>().toExtend<ChatRequest>();
});

it('writes answers chat-completion-response and -chunk schemas allow', () => {
  expectTypeOf<Plain<ChatCompletion>>().toExtend<SchemaResponse>();
  expectTypeOf<Plain<ChatCompletionChunk>>().toExtend<SchemaChunk>();
});
