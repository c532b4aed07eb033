// A Responses request restated as the chat request the planner already answers, so both APIs share one
// "model" (same words, same tool choice, same schema instances, same token counts). The mapping:
// - instructions → a developer message first (not inherited through previous_response_id: the caller passes
//   only the earlier turns' items as history);
// - a string input → one user message; message items keep their role, input_text/output_text parts become
//   text parts, input_image / input_file count as image / file parts;
// - function_call items → an assistant message with tool_calls (consecutive calls share one message), and
//   function_call_output items → tool messages answering their call_id;
// - flat function tools and tool_choice {type:"function", name} → chat's nested forms; text.format → the
//   matching response_format; max_output_tokens → max_completion_tokens. An omitted `strict` is not strict
//   here: the API "normalises to strict when possible", so only an explicit strict:true can be refused.

import { contentText } from './messages.ts';
import type { ResponsesContentPart, ResponsesInputItem, ResponsesRequest } from './responses-types.ts';
import type { ChatMessage, ChatRequest, ChatTool, ContentPart, ResponseFormat, ToolChoice } from './types.ts';

function partOf(p: ResponsesContentPart): ContentPart {
  if (p?.type === 'input_image') return { type: 'image_url', image_url: { url: String(p.image_url ?? '') } };
  if (p?.type === 'input_file') return { type: 'file', file: {} };
  if (p?.type === 'refusal') return { type: 'refusal', refusal: String(p.refusal ?? '') };
  return { type: 'text', text: typeof p?.text === 'string' ? p.text : '' };
}

function outputText(output: ResponsesInputItem['output']): string {
  if (typeof output === 'string') return output;
  return contentText(Array.isArray(output) ? output.map(partOf) : '');
}

/** Input items (earlier turns first) as chat messages. */
export function messagesOf(items: readonly ResponsesInputItem[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const item of items) {
    const type = item.type ?? 'message';
    if (type === 'message') {
      const c = item.content;
      out.push({ role: String(item.role ?? 'user'), content: Array.isArray(c) ? c.map(partOf) : (c ?? '') });
    } else if (type === 'function_call') {
      const call = {
        id: String(item.call_id ?? ''),
        type: 'function',
        function: { name: item.name, arguments: item.arguments },
      };
      const last = out.at(-1);
      if (last?.role === 'assistant' && Array.isArray(last.tool_calls) && last.content === null)
        last.tool_calls.push(call);
      else out.push({ role: 'assistant', content: null, tool_calls: [call] });
    } else if (type === 'function_call_output') {
      out.push({ role: 'tool', tool_call_id: String(item.call_id ?? ''), content: outputText(item.output) });
    }
    // item_reference and reasoning items carry nothing the mock's model reads
  }
  return out;
}

/** The request's own input as items: a string is one user message. */
export function inputItemsOf(req: Pick<ResponsesRequest, 'input'>): ResponsesInputItem[] {
  if (typeof req.input === 'string') return [{ type: 'message', role: 'user', content: req.input }];
  return Array.isArray(req.input) ? req.input : [];
}

function toolsOf(req: ResponsesRequest): ChatTool[] | undefined {
  if (!Array.isArray(req.tools) || req.tools.length === 0) return undefined;
  return req.tools.map((t) =>
    t?.type === 'function' && typeof t.name === 'string'
      ? {
          type: 'function',
          function: {
            name: t.name,
            ...(typeof t.description === 'string' ? { description: t.description } : {}),
            ...(t.parameters != null ? { parameters: t.parameters } : {}),
            ...(t.strict === true ? { strict: true } : {}),
          },
        }
      : { type: String(t?.type) },
  );
}

function toolChoiceOf(choice: ResponsesRequest['tool_choice']): ToolChoice | undefined {
  if (choice === null || choice === undefined) return undefined;
  if (typeof choice === 'string') return choice as ToolChoice;
  if (choice.type === 'function') return { type: 'function', function: { name: String(choice.name) } };
  if (choice.type === 'allowed_tools') {
    const tools = (choice.tools ?? []) as Array<{ type?: string; name?: string }>;
    return {
      type: 'allowed_tools',
      allowed_tools: { mode: choice.mode, tools: tools.map((t) => ({ type: t.type, function: { name: t.name } })) },
    };
  }
  return { type: choice.type }; // hosted tools: answered in text
}

function formatOf(req: ResponsesRequest): ResponseFormat | undefined {
  const f = req.text?.format;
  if (f?.type === 'json_object') return { type: 'json_object' };
  if (f?.type === 'json_schema') {
    return {
      type: 'json_schema',
      json_schema: { name: f.name, schema: f.schema, ...(f.strict === true ? { strict: true } : {}) },
    };
  }
  return undefined;
}

/** The chat request answering `req` after `history` (the earlier turns' input and output items). */
export function chatRequestOf(req: ResponsesRequest, history: readonly ResponsesInputItem[] = []): ChatRequest {
  const messages: ChatMessage[] = [];
  if (typeof req.instructions === 'string') messages.push({ role: 'developer', content: req.instructions });
  messages.push(...messagesOf([...history, ...inputItemsOf(req)]));
  const chat: ChatRequest = { model: req.model, messages };
  if (typeof req.temperature === 'number') chat.temperature = req.temperature;
  if (typeof req.top_p === 'number') chat.top_p = req.top_p;
  if (typeof req.max_output_tokens === 'number') chat.max_completion_tokens = req.max_output_tokens;
  const tools = toolsOf(req);
  if (tools !== undefined) chat.tools = tools;
  const choice = toolChoiceOf(req.tool_choice);
  if (choice !== undefined) chat.tool_choice = choice;
  if (typeof req.parallel_tool_calls === 'boolean') chat.parallel_tool_calls = req.parallel_tool_calls;
  const format = formatOf(req);
  if (format !== undefined) chat.response_format = format;
  return chat;
}

/** A chat `param` (from a strict-schema or budget 400) restated for the Responses request. */
export function responsesParam(chatParam: string): string {
  if (chatParam === 'response_format') return 'text.format.schema';
  const tool = /^tools\[(\d+)\]\.function\.parameters$/.exec(chatParam);
  if (tool) return `tools[${tool[1]}].parameters`;
  if (chatParam === 'max_completion_tokens') return 'max_output_tokens';
  return chatParam;
}
