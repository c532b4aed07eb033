// finish_reason quirks: wrong values, values outside the enum, and a missing key or final value.
import { choicesOf, filterChoices, isEmptyDelta } from './internal/chunks.ts';
import type { JsonObject, QuirkDef } from './types.ts';

function renameReason(from: string, to: string) {
  return <T extends JsonObject>(body: T): T => {
    for (const choice of choicesOf(body)) if (choice.finish_reason === from) choice.finish_reason = to;
    return body;
  };
}

function onEveryChunk(fn: (choice: JsonObject) => void) {
  return (chunks: JsonObject[]): JsonObject[] => {
    for (const chunk of chunks) for (const choice of choicesOf(chunk)) fn(choice);
    return chunks;
  };
}

export const finishReasonQuirks = [
  {
    name: 'tool-calls-finish-stop',
    description: 'finish_reason "stop" instead of "tool_calls" after tool calls',
    partB: [7, 8],
    source: 'vLLM PR #9209, vllm#31871; Gemini compat googleapis/python-genai#2868; LiteLLM BerriAI/litellm#12249',
    response: renameReason('tool_calls', 'stop'),
    chunks: (chunks) => chunks.map(renameReason('tool_calls', 'stop')),
  },
  {
    name: 'finish-reason-eos',
    description: 'finish_reason "eos" (outside the enum)',
    partB: [9],
    source: 'Together "eos": openai/openai-dotnet PR #267, vibrantlabsai/ragas#1548',
    response: renameReason('stop', 'eos'),
    chunks: (chunks) => chunks.map(renameReason('stop', 'eos')),
  },
  {
    name: 'finish-reason-empty',
    description: 'finish_reason "" instead of null on intermediate chunks',
    partB: [9],
    source: 'Ollama ollama/ollama#4357; SGLang sgl-project/sglang#3912',
    chunks: onEveryChunk((choice) => {
      if (choice.finish_reason === null) choice.finish_reason = '';
    }),
  },
  {
    name: 'finish-reason-every-chunk',
    description: 'finish_reason "stop" on every chunk',
    partB: [10],
    source: 'Gemini through proxies: BerriAI/litellm#2195, QuantumNous/new-api#378, su-kaka/gcli2api#403',
    chunks: onEveryChunk((choice) => {
      if (choice.finish_reason === null) choice.finish_reason = 'stop';
    }),
  },
  {
    name: 'no-finish-reason-key',
    description: 'intermediate chunks omit the finish_reason key',
    partB: [11],
    source: 'vLLM vllm#19650 (fixed by PR #19662); mudler/LocalAI#1194; BerriAI/liteLLM-proxy#19',
    chunks: onEveryChunk((choice) => {
      if (choice.finish_reason === null) delete choice.finish_reason;
    }),
  },
  {
    name: 'no-final-finish-reason',
    description: 'the stream ends with no finish_reason at all',
    partB: [12],
    source: 'gateways: earendil-works/pi#7441',
    chunks: (chunks) => {
      // the final `delta: {}` chunk only carried the reason: a gateway that loses it sends nothing at all
      const lost = new Set<JsonObject>();
      for (const chunk of chunks)
        for (const choice of choicesOf(chunk)) {
          if (choice.finish_reason == null) continue;
          choice.finish_reason = null;
          if (isEmptyDelta(choice) || choice.text === '') lost.add(choice);
        }
      return filterChoices(chunks, (choice) => !lost.has(choice));
    },
  },
] as const satisfies readonly QuirkDef[];
