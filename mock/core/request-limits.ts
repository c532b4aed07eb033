// Limits the API documents and the schemas cannot express (they depend on the model or on a count), checked
// after validation and before any work, with the API's own words where they are known. The mock's own bound on
// an answer's size (generate/budget.ts) is checked here where the request alone decides it.
import type { MockModel } from './catalog.ts';
import { countTokens } from './generate/tokenize.ts';
import { embeddingInputs, modelDimensions, type EmbeddingInput } from './generate/embeddings.ts';

/** A 400's fields; `type` when the API's is not invalid_request_error. */
export interface LimitProblem {
  message: string;
  param: string | null;
  code: string | null;
  type?: string;
}

// CreateEmbeddingRequest.input: "must not exceed the max input tokens for the model (8192 tokens for all
// embedding models) … a maximum of 300,000 tokens summed across all inputs in a single request" [SPEC]
export const EMBEDDING_INPUT_TOKENS = 8192;
export const EMBEDDING_REQUEST_TOKENS = 300_000;
/** The mock's own bound: inputs × dimensions per answer (the API allows 2048 × 3072, a 130 MB answer). */
export const EMBEDDING_VALUES = 1 << 20;

/** Chat and legacy completions: stream_options without stream. */
export function streamOptionsLimits(request: Record<string, unknown>): LimitProblem | undefined {
  // 400 {"message":"The 'stream_options' parameter is only allowed when 'stream' is enabled.","param":"stream_options","code":null}
  // (BerriAI/litellm#5803, lobehub/lobehub#6735)
  if (request.stream_options !== undefined && request.stream_options !== null && request.stream !== true) {
    return {
      message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      param: 'stream_options',
      code: null,
    };
  }
  return undefined;
}

/** Embeddings: dimensions, the answer's size, and the input token limits. */
export function embeddingLimits(request: Record<string, unknown>, model: MockModel): LimitProblem | undefined {
  const inputs = embeddingInputs(request.input as EmbeddingInput);
  const dims = request.dimensions;
  let width = model.dimensions ?? modelDimensions(model.id);
  if (typeof dims === 'number') {
    // ada-002 cannot shorten its vectors: 400, param null (reference A11; SciPhi-AI/R2R#768, sbintuitions/JMTEB#14)
    if (/text-embedding-ada-002/.test(model.id))
      return { message: 'This model does not support specifying dimensions.', param: null, code: null };
    // a vector is shortened, never lengthened: at most the model's own dimensions (reference A11), in the
    // API's wording for a number above its maximum
    if (dims > width)
      return {
        message: `Invalid 'dimensions': integer above maximum value. Expected a value <= ${width}, but got ${dims} instead.`,
        param: 'dimensions',
        code: 'integer_above_max_value',
      };
    width = dims;
  }
  if (inputs.length * width > EMBEDDING_VALUES) {
    return {
      message: `Invalid 'input': ${inputs.length} inputs of ${width} dimensions are more than the conform mock answers in one request (${EMBEDDING_VALUES} values, inputs × dimensions). Send fewer inputs or ask for fewer dimensions.`,
      param: 'input',
      code: 'invalid_value',
    };
  }
  let total = 0;
  for (const input of inputs) {
    const tokens = typeof input === 'string' ? countTokens(input) : input.length;
    // the API's context-length message, param null (sugarforever/chat-ollama#130)
    if (tokens > EMBEDDING_INPUT_TOKENS) {
      return {
        message: `This model's maximum context length is ${EMBEDDING_INPUT_TOKENS} tokens, however you requested ${tokens} tokens (${tokens} in your prompt; 0 for the completion). Please reduce your prompt; or completion length.`,
        param: null,
        code: null,
      };
    }
    total += tokens;
  }
  // type and code max_tokens_per_request, param null (OpenDataBox/CrackSQL#27, assafelovic/gpt-researcher#1524)
  if (total > EMBEDDING_REQUEST_TOKENS)
    return {
      message: `Requested ${total} tokens, max ${EMBEDDING_REQUEST_TOKENS} tokens per request`,
      param: null,
      code: 'max_tokens_per_request',
      type: 'max_tokens_per_request',
    };
  return undefined;
}
