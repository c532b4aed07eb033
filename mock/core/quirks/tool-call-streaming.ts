// Tool-call quirks: streamed tool-call deltas without index, with a reused index, whole, or with object arguments.
import { choicesOf, filterChoices, isEmptyDelta, toolCallDeltas } from './internal/chunks.ts';
import type { JsonObject, QuirkDef } from './types.ts';

function parsedOrSame(args: unknown): unknown {
  if (typeof args !== 'string') return args;
  try {
    return JSON.parse(args);
  } catch {
    return args;
  }
}

/** Folds each tool call's argument fragments into its first delta; chunks left empty by that are dropped. */
function mergeArguments(chunks: JsonObject[], finish: (args: string) => unknown = (a) => a): JsonObject[] {
  const heads = new Map<string, JsonObject>();
  const emptied = new Set<JsonObject>();
  for (const chunk of chunks) {
    for (const choice of choicesOf(chunk)) {
      const calls = choice.delta?.tool_calls;
      if (!Array.isArray(calls)) continue;
      choice.delta.tool_calls = calls.filter((call: JsonObject) => {
        const key = `${choice.index}:${call.index}`;
        const head = heads.get(key);
        if (head === undefined) {
          heads.set(key, call);
          return true;
        }
        head.function ??= {};
        head.function.arguments = (head.function.arguments ?? '') + (call.function?.arguments ?? '');
        return false;
      });
      if (choice.delta.tool_calls.length === 0) {
        delete choice.delta.tool_calls;
        if (isEmptyDelta(choice) && choice.finish_reason == null) emptied.add(choice);
      }
    }
  }
  for (const head of heads.values()) {
    head.function ??= {};
    head.function.arguments = finish(head.function.arguments ?? '');
  }
  return filterChoices(chunks, (choice) => !emptied.has(choice));
}

export const toolCallQuirks = [
  {
    name: 'whole-tool-arguments',
    description: 'each streamed tool call arrives whole in one chunk (a note, not a failure)',
    partB: [4, 5],
    source: 'Ollama ollama/ollama#11633, #13581; LM Studio lmstudio-ai/lmstudio-bug-tracker#1868',
    chunks: (chunks) => mergeArguments(chunks),
  },
  {
    name: 'object-arguments',
    description: 'function.arguments is a JSON object, not a string',
    partB: [6],
    source: 'llama.cpp ggml-org/llama.cpp#20198',
    response: (body) => {
      for (const choice of choicesOf(body))
        for (const call of choice.message?.tool_calls ?? [])
          if (call.function) call.function.arguments = parsedOrSame(call.function.arguments);
      return body;
    },
    // a JSON object cannot arrive in fragments, so it comes whole in the tool call's first delta
    chunks: (chunks) => mergeArguments(chunks, parsedOrSame),
  },
  {
    name: 'reused-tool-call-index',
    description: 'the second parallel streamed tool call reuses index 0, continuations send id ""',
    partB: [3],
    source: 'vLLM / SGLang, compared in InternLM/lmdeploy#3412',
    chunks: (chunks) => {
      for (const { call } of toolCallDeltas(chunks)) {
        call.index = 0;
        if (typeof call.id !== 'string' || call.id === '') call.id = '';
      }
      return chunks;
    },
  },
  {
    name: 'no-tool-call-index',
    description: 'streamed tool-call deltas carry no index',
    partB: [1, 2],
    source: 'Ollama ollama/ollama#7881; Gemini compat openai/openai-python#2806',
    chunks: (chunks) => {
      for (const { call } of toolCallDeltas(chunks)) delete call.index;
      return chunks;
    },
  },
] as const satisfies readonly QuirkDef[];
