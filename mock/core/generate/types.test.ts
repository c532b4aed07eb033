import { expectTypeOf, it } from 'vitest';
import type {
  ChatCompletionChunk as SchemaChunk,
  ChatCompletionRequest as SchemaRequest,
  ChatCompletionResponse as SchemaResponse,
} from '../../../schemas/generated/index.ts';
import type { ChatCompletion, ChatCompletionChunk, ChatRequest } from './types.ts';

// The generator keeps its own types: requests loose (validated before they get here, unknown fields allowed),
// answers exact (what it writes, no index signatures). They must agree with the schemas' generated types:
// every schema-valid request is one it takes, every answer it writes is one the schema allows.
// A mapped copy gives the interfaces the implicit index signatures the generated types carry.
type Plain<T> = T extends (...a: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

it('takes every request chat-completion-request.schema.json allows', () => {
  expectTypeOf<SchemaRequest>().toExtend<ChatRequest>();
});

it('writes answers chat-completion-response and -chunk schemas allow', () => {
  expectTypeOf<Plain<ChatCompletion>>().toExtend<SchemaResponse>();
  expectTypeOf<Plain<ChatCompletionChunk>>().toExtend<SchemaChunk>();
});
