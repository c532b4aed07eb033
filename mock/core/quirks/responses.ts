// Responses API quirks (reference responses-and-media.md Part B, R-numbered: `partB` stays empty, the R entry and
// its public source are in `source`). Each acts on the `responses` endpoint only.
import type { ErrorReply, JsonObject, QuirkContext, QuirkDef } from './types.ts';

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);
const onResponses = (ctx: QuirkContext) => ctx.endpoint === 'responses';

export const responsesQuirks = [
  {
    name: 'responses-done-sentinel',
    description: 'Responses streams end with data: [DONE] after the terminal event (OpenAI sends none)',
    partB: [],
    source: 'R15: 9router Responses passthrough (decolua/9router#2142); Bifrost before maximhq/bifrost#1000',
    frames: async function* (frames, ctx) {
      for await (const frame of frames) yield frame;
      if (onResponses(ctx)) yield 'data: [DONE]\n\n';
    },
  },
  {
    name: 'responses-no-sequence-number',
    description: 'Responses stream events carry no sequence_number',
    partB: [],
    source: 'R13: LiteLLM Responses streams (BerriAI/litellm#28899); mlx-vlm before Blaizzy/mlx-vlm#494',
    chunks: (chunks: JsonObject[], ctx: QuirkContext) => {
      if (onResponses(ctx)) for (const c of chunks) delete c.sequence_number;
      return chunks;
    },
  },
  {
    name: 'responses-done-event',
    description: 'the terminal Responses event is named response.done instead of response.completed',
    partB: [],
    source: 'R16: Codex/ChatGPT-backend streams (can1357/oh-my-pi#4692; decolua/9router#2142)',
    chunks: (chunks: JsonObject[], ctx: QuirkContext) => {
      if (onResponses(ctx)) for (const c of chunks) if (c.type === 'response.completed') c.type = 'response.done';
      return chunks;
    },
  },
  {
    name: 'responses-empty-final-output',
    description: 'the terminal Responses event carries a response without output or usage',
    partB: [],
    source: 'R19: 9router (decolua/9router#705)',
    chunks: (chunks: JsonObject[], ctx: QuirkContext) => {
      if (!onResponses(ctx)) return chunks;
      for (const c of chunks) {
        if (!TERMINAL.has(c.type) || typeof c.response !== 'object' || c.response === null) continue;
        c.response.output = [];
        delete c.response.usage;
      }
      return chunks;
    },
  },
  {
    name: 'responses-ignore-previous-id',
    description: 'previous_response_id is silently ignored: no earlier context, no error for an unknown id',
    partB: [],
    source:
      'R5: Ollama /v1/responses (ollama/ollama openai/responses.go at fb30760); R7: mlx-vlm (Blaizzy/mlx-vlm#1046)',
    request: (body: JsonObject, ctx: QuirkContext) => {
      if (onResponses(ctx)) delete body.previous_response_id;
      return body;
    },
  },
  {
    name: 'responses-previous-id-404',
    description:
      "an unknown previous_response_id is a 404 naming param response_id, not OpenAI's 400 previous_response_not_found",
    partB: [],
    source: 'R2: vLLM serving.py _make_not_found_error (vllm-project/vllm at 4d89a99); R10: Aleph Alpha PhariaAI',
    error: (reply: ErrorReply, ctx: QuirkContext): ErrorReply => {
      const e = (reply.body as { error?: JsonObject } | undefined)?.error;
      if (!onResponses(ctx) || e?.code !== 'previous_response_not_found') return reply;
      const id = String(ctx.req.previous_response_id ?? '');
      return {
        ...reply,
        status: 404,
        body: {
          error: {
            message: `Response with id '${id}' not found.`,
            type: 'invalid_request_error',
            param: 'response_id',
            code: null,
          },
        },
      };
    },
  },
] as const satisfies readonly QuirkDef[];
