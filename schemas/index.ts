// openai-conform/schemas: the JSON Schemas of the compatible surface, their validators, types and arbitraries.

// validation
export { validate, prepare, type ValidationResult } from './validate.ts';
export { formatIssues, paramOf } from './format.ts';
export { openAiErrorOf, type OpenAiRequestError } from './openai-errors.ts';
export type { Issue } from '../suites/engine/types.ts';

// the schema files
export { SCHEMAS, SCHEMA_NAMES, REQUEST_SCHEMAS, type SchemaName, type RequestSchemaName } from './registry.ts';

// fast-check arbitraries of valid requests and of requests with one labelled field broken
export {
  validChatRequest,
  validEmbeddingsRequest,
  validCompletionRequest,
  validResponsesRequest,
  invalidChatRequest,
  invalidEmbeddingsRequest,
  invalidCompletionRequest,
  invalidResponsesRequest,
  jsonSchemaObject,
  type BreakHow,
  type InvalidRequest,
  type InvalidOptions,
  type RequestArbitraryOptions,
  type ContentPart,
} from './arbitraries/index.ts';

// generated types (the spec shape of each schema file)
export type * from './generated/index.ts';
