// What one answer of a case says, whatever the endpoint and whether it streamed: the text, the tool calls, the
// finish reason and the usage, read the way the official SDK reads them (streams accumulated delta by delta).
import type { Exchange } from '../engine/types.ts';
import { isObject, jsonValue } from '../checks/internal/read.ts';
import { streamChunks, streamContent, streamFinishReason } from '../checks/internal/stream-chunks.ts';
import { accumulateToolCalls, toolCallDeltas } from '../checks/internal/tool-call-deltas.ts';

export type Endpoint = 'chat' | 'completions' | 'embeddings' | 'responses' | 'models' | 'other';

export interface ToolCall {
  name: unknown;
  arguments: unknown; // a string on the wire; anything else is already a broken answer
}

export interface Answer {
  endpoint: Endpoint;
  status: number;
  streamed: boolean;
  /** the parsed JSON body (undefined for streams and non-JSON bodies) */
  body: unknown;
  /** every JSON event of a stream */
  events: Record<string, unknown>[];
  /** the stream ended as the API ends it ([DONE], or the Responses API's terminal event) */
  ended: boolean;
  content?: string;
  toolCalls: ToolCall[];
  finishReason?: unknown;
  usage?: unknown;
}

export function endpointOf(path: string): Endpoint {
  const p = path.split('?')[0].replace(/\/+$/, '');
  if (p.endsWith('/chat/completions')) return 'chat';
  if (p.endsWith('/completions')) return 'completions';
  if (p.endsWith('/embeddings')) return 'embeddings';
  if (p.endsWith('/responses')) return 'responses';
  if (p.endsWith('/models')) return 'models';
  return 'other';
}

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);

export function answerOf(ex: Exchange, path: string): Answer {
  const res = ex.response!;
  const endpoint = endpointOf(path);
  const streamed = res.frames !== undefined;
  const a: Answer = {
    endpoint,
    status: res.status,
    streamed,
    body: undefined,
    events: [],
    ended: false,
    toolCalls: [],
  };
  if (!streamed) {
    a.body = jsonValue(res.body);
    readBody(a, a.body);
    return a;
  }
  const chunks = streamChunks(ex);
  a.events = chunks.map((c) => c.chunk);
  const frames = res.frames ?? [];
  a.ended = frames.some((f) => f.data?.trim() === '[DONE]');
  if (endpoint === 'responses') {
    const last = [...a.events].reverse().find((e) => TERMINAL.has(String(e.type)));
    a.ended = last !== undefined;
    if (last) readBody(a, last.response);
    return a;
  }
  if (endpoint === 'completions') {
    a.content = chunks
      .map(({ chunk }) => {
        const c = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
        return isObject(c) && typeof c.text === 'string' ? c.text : '';
      })
      .join('');
    a.finishReason = lastFinish(chunks.map((c) => c.chunk));
  } else {
    a.content = streamContent(chunks);
    a.finishReason = streamFinishReason(chunks);
    a.toolCalls = accumulateToolCalls(toolCallDeltas(chunks)).map((c) => ({ name: c.name, arguments: c.arguments }));
  }
  a.usage = [...a.events].reverse().find((e) => isObject(e.usage))?.usage;
  return a;
}

function lastFinish(events: Record<string, unknown>[]): unknown {
  let found: unknown;
  for (const e of events) {
    const c = Array.isArray(e.choices) ? e.choices[0] : undefined;
    if (isObject(c) && c.finish_reason !== null && c.finish_reason !== undefined) found = c.finish_reason;
  }
  return found;
}

function readBody(a: Answer, body: unknown): void {
  if (!isObject(body)) return;
  a.usage = body.usage;
  if (a.endpoint === 'responses') {
    a.finishReason = body.status;
    const output = Array.isArray(body.output) ? body.output.filter(isObject) : [];
    const texts: string[] = [];
    for (const item of output) {
      if (item.type === 'function_call') a.toolCalls.push({ name: item.name, arguments: item.arguments });
      if (item.type === 'message' && Array.isArray(item.content))
        for (const part of item.content) if (isObject(part) && typeof part.text === 'string') texts.push(part.text);
    }
    if (texts.length > 0 || output.some((i) => i.type === 'message')) a.content = texts.join('');
    return;
  }
  const choice = Array.isArray(body.choices) ? body.choices[0] : undefined;
  if (!isObject(choice)) return;
  a.finishReason = choice.finish_reason;
  if (a.endpoint === 'completions') {
    if (typeof choice.text === 'string') a.content = choice.text;
    return;
  }
  const message = isObject(choice.message) ? choice.message : {};
  if (typeof message.content === 'string') a.content = message.content;
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls.filter(isObject) : [];
  a.toolCalls = calls.map((c) => {
    const fn = isObject(c.function) ? c.function : {};
    return { name: fn.name, arguments: fn.arguments };
  });
}
