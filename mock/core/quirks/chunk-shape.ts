// Envelope and message quirks: missing role, id, message or refusal; created in milliseconds; Azure's first chunk.
import { choicesOf } from './internal/chunks.ts';
import type { JsonObject, QuirkContext, QuirkDef } from './types.ts';

const safe = { filtered: false, severity: 'safe' };

/** Azure's content-filter preamble, as quoted in AbanteAI/mentat#429 */
export function azureFirstChunk(): JsonObject {
  return {
    id: '',
    object: '',
    created: 0,
    model: '',
    choices: [],
    prompt_filter_results: [
      { prompt_index: 0, content_filter_results: { hate: safe, self_harm: safe, sexual: safe, violence: safe } },
    ],
  };
}

/**
 * Completion objects only (chat and legacy completions, whole or chunked): the servers of B15/B16 got the completion
 * envelope wrong, not their model objects, whose id is the model's name.
 */
function eachBody(fn: (body: JsonObject) => void) {
  return {
    response: (body: JsonObject, ctx: QuirkContext) => {
      if (ctx.endpoint === 'chat' || ctx.endpoint === 'completions') fn(body);
      return body;
    },
    chunks: (chunks: JsonObject[]) => (chunks.forEach(fn), chunks),
  };
}

export const chunkShapeQuirks = [
  {
    name: 'no-first-role',
    description: 'the first delta has no role',
    partB: [13],
    source: 'maximhq/bifrost#6523; langwatch/langwatch#6196; tensorzero/tensorzero#1265',
    chunks: (chunks) => {
      for (const chunk of chunks) for (const choice of choicesOf(chunk)) if (choice.delta) delete choice.delta.role;
      return chunks;
    },
  },
  {
    name: 'no-refusal-key',
    description: 'message.refusal omitted (a SHOULD)',
    partB: [],
    source: 'message.refusal is required (nullable) by the spec; servers built before it existed omit it',
    response: (body) => {
      for (const choice of choicesOf(body)) if (choice.message?.refusal === null) delete choice.message.refusal;
      return body;
    },
    chunks: (chunks) => {
      for (const chunk of chunks)
        for (const choice of choicesOf(chunk)) if (choice.delta?.refusal === null) delete choice.delta.refusal;
      return chunks;
    },
  },
  {
    name: 'no-message',
    description: 'choices[].message omitted and usage.completion_tokens missing',
    partB: [17],
    source: 'Vertex Gemini compat: agentgateway/agentgateway#1464',
    response: (body) => {
      for (const choice of choicesOf(body)) delete choice.message;
      if (body.usage) delete body.usage.completion_tokens;
      return body;
    },
  },
  {
    name: 'created-ms',
    description: 'created in milliseconds',
    partB: [15],
    source: 'mlc-ai/web-llm#829; EricLBuehler/mistral.rs#1805; Vercel v0 via zed-industries/zed PR #32982',
    ...eachBody((body) => {
      if (typeof body.created === 'number') body.created *= 1000;
    }),
  },
  {
    name: 'no-id',
    description: 'chunks and responses without id',
    partB: [16],
    source: 'Gemini compat: kevinhermawan/swift-llm-chat-openai#18',
    ...eachBody((body) => {
      delete body.id;
    }),
  },
  {
    name: 'empty-first-chunk',
    description: 'Azure-style first chunk: choices [], id "", created 0, model ""',
    partB: [14],
    source: 'Azure OpenAI: AbanteAI/mentat#429; seratch/ChatGPT-in-Slack PR #49',
    chunks: (chunks) => (chunks[0]?.object === 'chat.completion.chunk' ? [azureFirstChunk(), ...chunks] : chunks),
  },
] as const satisfies readonly QuirkDef[];
