// Error quirks: divergent body shapes, wrong status codes, a text content type, errors inside a 200 stream.
import { arrayError, flatError, problemError, readError } from './internal/error-shapes.ts';
import type { ErrorReply, QuirkDef } from './types.ts';

const isBadInput = (status: number) => status === 400 || status === 422;

function reshape(fn: (reply: ErrorReply) => unknown) {
  return (reply: ErrorReply): ErrorReply => ({ ...reply, body: fn(reply) });
}

export const errorQuirks = [
  {
    name: 'flat-error',
    description: 'vLLM/Mistral flat error body {object:"error",message,type,param,code:400}',
    partB: [23, 24],
    source: 'vLLM < 0.10.1 vllm#12886 (fixed by PR #22099); Mistral langchain-ai/langchain PR #24668',
    error: reshape(({ status, body }) => flatError(status, readError(body))),
  },
  {
    name: 'array-error',
    description: 'Gemini-style error body: a JSON array',
    partB: [25],
    source: 'Gemini compat: FuzzAnything/PromptFuzz#42; cyberchitta/openai_ex PR #126',
    error: reshape(({ status, body }) => arrayError(status, readError(body))),
  },
  {
    name: 'string-error',
    description: 'LM Studio-style error body {error:"…"}',
    partB: [26],
    source: 'LM Studio: lmstudio-ai/lmstudio-bug-tracker#189',
    error: reshape(({ body }) => ({ error: readError(body).message })),
  },
  {
    name: 'numeric-error-code',
    description: 'error.code is the numeric HTTP status',
    partB: [27, 28],
    source: 'OpenRouter (openrouter.ai/docs/errors); llama.cpp bakks/butterfish#53',
    error: reshape(({ status, body }) => {
      const e = readError(body);
      return { error: { message: e.message, type: e.type, param: e.param, code: status } };
    }),
  },
  {
    name: 'problem-json-error',
    description: 'RFC 7807 error bodies {title,detail,status}',
    partB: [29],
    source: 'Meta Llama API: langchain-ai/langchain PR #32689',
    error: reshape(({ status, body }) => problemError(status, readError(body))),
  },
  {
    name: 'text-error-content-type',
    description: 'error bodies sent as text/html',
    partB: [],
    source: 'not in Part B: gateways and proxies answering errors as text/html; openai-node then returns raw text (A3)',
    error: (reply) => ({ ...reply, headers: { ...reply.headers, 'content-type': 'text/html; charset=utf-8' } }),
  },
  {
    name: 'server-error-on-bad-input',
    description: 'bad input answered with 500',
    partB: [30],
    source: 'vLLM vllm#17038; llama-cpp-python (filed as ggml-org/llama.cpp#23463)',
    error: (reply) => (isBadInput(reply.status) ? { ...reply, status: 500 } : reply),
  },
  {
    name: 'ok-on-bad-input',
    description: 'bad input answered with 200',
    partB: [30, 27],
    source: 'vLLM on context overflow (langgenius/dify-plugin-sdks PR #74); OpenRouter (openrouter.ai/docs/errors)',
    error: (reply) => (isBadInput(reply.status) ? { ...reply, status: 200 } : reply),
  },
  {
    name: 'stream-error-200',
    description: 'errors inside a 200 stream as a data event without the {error:{…}} shape',
    partB: [27, 28, 23],
    source:
      'llama.cpp ggml-org/llama.cpp#14566; OpenRouter (openrouter.ai/docs/errors); vLLM flat shape mid-stream (block/goose PR #8031)',
    // errors found once generation has begun: bad input and server failures, not auth or rate limits
    error: (reply, { req }) => {
      if (req.stream !== true || !(isBadInput(reply.status) || reply.status === 413 || reply.status >= 500))
        return reply;
      const event = JSON.stringify(flatError(reply.status, readError(reply.body)));
      return {
        status: 200,
        headers: { ...reply.headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
        body: `data: ${event}\n\ndata: [DONE]\n\n`,
      };
    },
  },
] as const satisfies readonly QuirkDef[];
