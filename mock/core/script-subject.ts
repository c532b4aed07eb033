// What scripted replies match on, read from a validated request body: one reader per body shape, named by the
// endpoint's table row (endpoints/table.ts).
import type { ScriptSubject } from './script.ts';

type Subject = Pick<ScriptSubject, 'lastUserMessage' | 'tools' | 'turn'>;

/** Chat: the last user message, the offered tools, and the turn (1 + the assistant messages). */
export function chatSubject(request: Record<string, unknown>): Subject {
  const messages = Array.isArray(request.messages) ? (request.messages as Array<Record<string, unknown>>) : [];
  let lastUser = '';
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'user') {
      lastUser = textOf(messages[i].content);
      break;
    }
  }
  return {
    lastUserMessage: lastUser,
    tools: toolNames(request.tools),
    turn: 1 + messages.filter((m) => m?.role === 'assistant').length,
  };
}

/** Legacy completions: the prompt stands for the last user message. */
export function completionSubject(request: Record<string, unknown>): Subject {
  return { lastUserMessage: promptText(request.prompt), tools: toolNames(request.tools), turn: 1 };
}

/** Bodies without text to match (embeddings): rules match on endpoint and model only. */
export function noTextSubject(): Subject {
  return { lastUserMessage: '', tools: [], turn: 1 };
}

function toolNames(tools: unknown): string[] {
  return Array.isArray(tools)
    ? (tools as Array<{ function?: { name?: unknown } }>)
        .map((t) => t?.function?.name)
        .filter((n): n is string => typeof n === 'string')
    : [];
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
