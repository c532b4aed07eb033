// Reading messages: the text of any content form, and the turn the model answers.

import type { ChatMessage, ContentPart } from './types.ts';

/** Plain text of a message content: a string, or the text/refusal parts joined by newlines. */
export function contentText(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const part of content as ContentPart[]) {
    if (typeof part?.text === 'string') texts.push(part.text);
    else if (typeof part?.refusal === 'string') texts.push(part.refusal);
  }
  return texts.join('\n');
}

/** Text of the last user message ("" when there is none). */
export function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].role === 'user') return contentText(messages[i].content);
  }
  return '';
}

/** Tool results the model is answering: the trailing run of role "tool" (or deprecated "function") messages. */
export function trailingToolResults(messages: readonly ChatMessage[]): string[] {
  const out: string[] = [];
  for (let i = messages.length - 1; i >= 0 && (messages[i].role === 'tool' || messages[i].role === 'function'); i--) {
    out.unshift(contentText(messages[i].content));
  }
  return out;
}
