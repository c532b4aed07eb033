// Output-text quirks: the stop sequence left in the text, JSON answers wrapped in markdown fences.
import {
  choiceIndexes,
  choicesOf,
  finishPosition,
  insertBeforeFinish,
  insertBeforeFirstText,
} from './internal/chunks.ts';
import type { JsonObject, QuirkDef } from './types.ts';

function stopSequence(req: JsonObject): string | undefined {
  const stop = Array.isArray(req.stop) ? req.stop[0] : req.stop;
  return typeof stop === 'string' && stop !== '' ? stop : undefined;
}

function wantsJson(req: JsonObject): boolean {
  const type = req.response_format?.type;
  return type === 'json_object' || type === 'json_schema';
}

const OPEN_FENCE = '```json\n';
const CLOSE_FENCE = '\n```';

function hasText(chunks: JsonObject[], index: number): boolean {
  return chunks.some((c) =>
    choicesOf(c).some((ch) => ch.index === index && typeof ch.delta?.content === 'string' && ch.delta.content !== ''),
  );
}

export const outputQuirks = [
  {
    name: 'stop-in-output',
    description: 'the stop sequence is included in the output',
    partB: [37],
    source:
      'TGI huggingface/text-generation-inference#1724; vLLM include_stop_str_in_output (scaleapi/llm-engine PR #435)',
    response: (body, { req }) => {
      const stop = stopSequence(req);
      if (stop === undefined) return body;
      for (const choice of choicesOf(body)) {
        if (choice.finish_reason !== 'stop') continue;
        if (typeof choice.message?.content === 'string') choice.message.content += stop;
        else if (typeof choice.text === 'string') choice.text += stop;
      }
      return body;
    },
    chunks: (chunks, { req }) => {
      const stop = stopSequence(req);
      if (stop === undefined) return chunks;
      for (const index of choiceIndexes(chunks)) {
        const at = finishPosition(chunks, index);
        const finish = at === -1 ? undefined : choicesOf(chunks[at]).find((ch) => ch.index === index);
        if (finish?.finish_reason === 'stop') chunks = insertBeforeFinish(chunks, index, stop);
      }
      return chunks;
    },
  },
  {
    name: 'json-fenced',
    description: 'json_object answers wrapped in ```json fences',
    partB: [36],
    source: 'Venice: veniceai/api-docs#264',
    response: (body, { req }) => {
      if (!wantsJson(req)) return body;
      for (const choice of choicesOf(body))
        if (typeof choice.message?.content === 'string')
          choice.message.content = OPEN_FENCE + choice.message.content + CLOSE_FENCE;
      return body;
    },
    chunks: (chunks, { req }) => {
      if (!wantsJson(req)) return chunks;
      for (const index of choiceIndexes(chunks)) {
        if (!hasText(chunks, index)) continue;
        chunks = insertBeforeFirstText(chunks, index, OPEN_FENCE);
        chunks = insertBeforeFinish(chunks, index, CLOSE_FENCE);
      }
      return chunks;
    },
  },
] as const satisfies readonly QuirkDef[];
