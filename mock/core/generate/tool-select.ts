// Which tools the model calls, by a documented deterministic rule:
// - tool_choice "none" (or no function tools) → no call; "auto" (the default with tools) → always call,
//   unless the conversation ends with tool results (then the model answers in text);
//   "required" / {type:"function",function:{name}} → always call (even after tool results, as the API does);
//   {type:"allowed_tools",allowed_tools:{mode,tools}} → the same rules over the listed tools only.
// - The called tool is the one sharing the most words (name split on _ - and camelCase, plus description)
//   with the request, ties to the earliest; with no overlap, the first tool. A named choice forces its tool.
// - Parallel calls (parallel_tool_calls not false): a message asking for several things — parts joined by
//   " and ", " also ", " then " or ";" — gets one call per part (up to MAX_PARALLEL), each part matched
//   on its own and falling back to the tool of the whole message; so "weather in Paris and London" calls
//   the weather tool twice. parallel_tool_calls false → at most one call.

import { STOPWORDS } from './words.ts';
import { keywordsOf } from './reply-text.ts';
import { normalWord } from './argument-words.ts';
import type { ChatRequest, ChatTool } from './types.ts';

export const MAX_PARALLEL = 4;

export type FunctionTool = ChatTool & { function: NonNullable<ChatTool['function']> };

export interface SelectedCall {
  tool: FunctionTool;
  /** the text the call's arguments are built from */
  source: string;
  /** words of the tool itself, kept out of argument values */
  toolWords: ReadonlySet<string>;
}

export function functionTools(req: Pick<ChatRequest, 'tools'>): FunctionTool[] {
  return (req.tools ?? []).filter(
    (t): t is FunctionTool => t?.type === 'function' && typeof t.function?.name === 'string',
  );
}

/** A request using the deprecated `functions` / `function_call`, restated with tools (one call at most). */
export function legacyFunctionsAsTools(req: ChatRequest): ChatRequest | undefined {
  if (functionTools(req).length > 0 || !Array.isArray(req.functions) || req.functions.length === 0) return undefined;
  const fc = req.function_call;
  const tool_choice =
    typeof fc === 'object' && fc !== null ? { type: 'function' as const, function: { name: fc.name } } : (fc ?? 'auto');
  return {
    ...req,
    tools: req.functions.map((f) => ({ type: 'function', function: f })),
    tool_choice,
    parallel_tool_calls: false,
  };
}

export function toolWordsOf(tool: FunctionTool): Set<string> {
  const name = tool.function.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ');
  const text = `${name} ${tool.function.description ?? ''}`;
  const out = new Set<string>();
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = w.toLowerCase();
    if (!STOPWORDS.has(lower)) out.add(normalWord(lower));
  }
  return out;
}

function bestTool(text: string, tools: FunctionTool[], words: Set<string>[]): FunctionTool | undefined {
  const mine = new Set(keywordsOf(text).map(normalWord));
  let best: FunctionTool | undefined;
  let bestScore = 0;
  tools.forEach((tool, i) => {
    let score = 0;
    for (const w of words[i]) if (mine.has(w)) score++;
    if (score > bestScore) {
      best = tool;
      bestScore = score;
    }
  });
  return best;
}

/** The parts of a message that each ask for something. */
export function requestParts(text: string): string[] {
  return text
    .split(/\s*;\s*(?:(?:and|also|then)\s+)?|\s+(?:and|also|then)\s+/i)
    .map((p) => p.trim())
    .filter((p) => keywordsOf(p).length > 0);
}

/** The calls to make, or [] when the model answers in text. */
interface AllowedTools {
  type: 'allowed_tools';
  allowed_tools?: { mode?: string; tools?: Array<{ type?: string; function?: { name?: string } }> };
}

/** tool_choice {type:"allowed_tools"} → the mode it stands for and the tools it keeps. */
function narrowToAllowed(
  choice: AllowedTools,
  tools: FunctionTool[],
): { mode: 'auto' | 'required'; tools: FunctionTool[] } {
  const names = new Set((choice.allowed_tools?.tools ?? []).map((t) => t?.function?.name));
  return {
    mode: choice.allowed_tools?.mode === 'required' ? 'required' : 'auto',
    tools: tools.filter((t) => names.has(t.function.name)),
  };
}

export function selectToolCalls(req: ChatRequest, userText: string, afterToolResults: boolean): SelectedCall[] {
  let tools = functionTools(req);
  let choice = req.tool_choice ?? 'auto';
  if (typeof choice === 'object' && choice !== null && choice.type === 'allowed_tools') {
    const narrowed = narrowToAllowed(choice as AllowedTools, tools);
    tools = narrowed.tools;
    choice = narrowed.mode;
  }
  if (tools.length === 0 || choice === 'none') return [];
  const named =
    typeof choice === 'object' && choice !== null
      ? (choice as { function?: { name?: string } }).function?.name
      : undefined;
  if (typeof choice === 'object' && named === undefined) return []; // custom tools: answered in text
  if (choice === 'auto' && afterToolResults) return [];
  const forced = named === undefined ? undefined : tools.find((t) => t.function.name === named);
  if (named !== undefined && forced === undefined) return [];
  const words = tools.map(toolWordsOf);
  const overall = forced ?? bestTool(userText, tools, words) ?? tools[0];
  const parts = req.parallel_tool_calls === false ? [] : requestParts(userText);
  const sources = parts.length >= 2 ? parts.slice(0, MAX_PARALLEL) : [userText];
  return sources.map((source) => {
    const tool = forced ?? bestTool(source, tools, words) ?? overall;
    return { tool, source, toolWords: words[tools.indexOf(tool)] };
  });
}
