// Request-semantics quirks: parameters dropped before generation, or refused outright.
import type { ErrorReply, JsonObject, QuirkDef } from './types.ts';

const generates = (endpoint: string) => endpoint === 'chat' || endpoint === 'completions';

function without(...keys: string[]) {
  return (body: JsonObject, { endpoint }: { endpoint: string }): JsonObject => {
    if (generates(endpoint)) for (const key of keys) delete body[key];
    return body;
  };
}

// the mock's model keys its words on the seed, so a seed that differs per request makes identical requests differ
let reseeds = 0;

export const requestQuirks = [
  {
    name: 'n-unsupported',
    description: 'n > 1 rejected with 400',
    partB: [31],
    source: 'Groq: console.groq.com/docs/openai ("\'n\' : number must be at most 1"); llama-server (optillm#8)',
    reject: (body, { endpoint }): ErrorReply | undefined => {
      if (!generates(endpoint) || typeof body.n !== 'number' || body.n <= 1) return undefined;
      return {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: {
          error: { message: "'n' : number must be at most 1", type: 'invalid_request_error', param: 'n', code: null },
        },
      };
    },
  },
  {
    name: 'n-ignored',
    description: 'n ignored: always one choice',
    partB: [31, 33],
    source: 'llama-cpp-python abetlen/llama-cpp-python#1906; Anthropic compat (docs.anthropic.com/en/api/openai-sdk)',
    request: without('n'),
  },
  {
    name: 'stop-ignored',
    description: 'stop sequences ignored',
    partB: [37],
    source: 'modular/max#292; jundot/omlx PR #1054',
    request: without('stop'),
  },
  {
    name: 'max-tokens-ignored',
    description: 'max_tokens and max_completion_tokens ignored, however large: no 400 past the output limit',
    partB: [41],
    source:
      'Fireworks silently lowers max_tokens instead of a 400 (docs.fireworks.ai/tools-sdks/migrate-to-fireworks); the pipeline also skips its output-limit check',
    request: without('max_tokens', 'max_completion_tokens'),
  },
  {
    name: 'seed-ignored',
    description: 'seed ignored: answers vary between identical seeded requests',
    partB: [33],
    source: 'Anthropic compat ignores seed (docs.anthropic.com/en/api/openai-sdk)',
    request: (body, { endpoint }) => {
      if (generates(endpoint) && typeof body.seed === 'number') body.seed += ++reseeds;
      return body;
    },
  },
  {
    name: 'json-schema-ignored',
    description: 'response_format json_schema ignored (free text)',
    partB: [33, 36],
    source: 'Anthropic compat ignores response_format (docs.anthropic.com/en/api/openai-sdk)',
    request: (body, { endpoint }) => {
      if (endpoint === 'chat' && body.response_format?.type === 'json_schema') delete body.response_format;
      return body;
    },
  },
  {
    name: 'stream-as-json',
    description: 'stream: true answered with a plain JSON body',
    partB: [],
    source: 'openai-node yields zero chunks, silently, for a plain JSON answer to stream: true (reference A3)',
    request: without('stream', 'stream_options'),
  },
  {
    name: 'embeddings-float-only',
    description: 'encoding_format "base64" ignored: float arrays returned',
    partB: [40],
    source: 'mudler/LocalAI PR #9135; FlowiseAI/Flowise PR #6197; Ollama docs/openai.md (#35)',
    request: (body, { endpoint }) => {
      if (endpoint === 'embeddings' && body.encoding_format === 'base64') delete body.encoding_format;
      return body;
    },
  },
] as const satisfies readonly QuirkDef[];
