// Structural shrinking of a failing request: drop one optional top-level field (with the fields that depend on
// it), or cut the conversation to its last user message. Valid cases stay schema-valid; invalid cases keep
// their broken field. The probe tries candidates live, within its exact request budget.
import { validate } from '../../../schemas/index.ts';
import type { Case, Kind } from './cases.ts';

const KEEP = new Set(['model', 'messages']);
// removing the first key removes the others too: they are meaningless (or rejected) alone
const COUPLED: Record<string, string[]> = {
  logprobs: ['top_logprobs'],
  tools: ['tool_choice', 'parallel_tool_calls'],
  stream: ['stream_options'],
};

export function shrinkCandidates(c: Case, kind: Kind): Case[] {
  const fieldRoot = c.field?.split(/[.[]/)[0];
  const out: Case[] = [];
  for (const key of Object.keys(c.request)) {
    if (KEEP.has(key) || key === fieldRoot) continue;
    const drop = [key, ...(COUPLED[key] ?? [])];
    if (fieldRoot !== undefined && drop.includes(fieldRoot)) continue;
    const request = Object.fromEntries(Object.entries(c.request).filter(([k]) => !drop.includes(k)));
    out.push({ ...c, request });
  }
  const messages = c.request.messages;
  if (Array.isArray(messages) && messages.length > 1 && fieldRoot !== 'messages') {
    const lastUser = [...messages].reverse().find((m) => (m as { role?: unknown })?.role === 'user');
    if (lastUser) out.push({ ...c, request: { ...c.request, messages: [lastUser] } });
  }
  return kind === 'valid' ? out.filter((x) => validate('chat-completion-request', x.request).ok) : out;
}
