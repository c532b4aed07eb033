// What scripted replies match on, read from a validated request body.
import type { ScriptSubject } from './script.ts';

export function scriptSubject(endpoint: string, request: Record<string, unknown>): ScriptSubject {
  const messages = Array.isArray(request.messages) ? (request.messages as Array<Record<string, unknown>>) : [];
  let lastUser = '';
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'user') {
      lastUser = textOf(messages[i].content);
      break;
    }
  }
  if (endpoint === '/v1/completions') lastUser = promptText(request.prompt);
  const tools = Array.isArray(request.tools)
    ? (request.tools as Array<{ function?: { name?: unknown } }>)
        .map((t) => t?.function?.name)
        .filter((n): n is string => typeof n === 'string')
    : [];
  return {
    endpoint,
    model: String(request.model),
    lastUserMessage: lastUser,
    tools,
    turn: 1 + messages.filter((m) => m?.role === 'assistant').length,
  };
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : ''))
    .filter((t) => t !== '')
    .join('\n');
}

function promptText(prompt: unknown): string {
  if (typeof prompt === 'string') return prompt;
  if (Array.isArray(prompt) && typeof prompt[0] === 'string') return prompt.join('\n');
  return '';
}
