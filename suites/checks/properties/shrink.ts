// Structural shrinking of a failing request: drop half of the optional top-level fields, then one (each with the
// fields that depend on it), or cut the conversation to its last user message. Valid cases stay schema-valid; invalid cases keep
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
  const droppable = Object.keys(c.request).filter(
    (key) =>
      !KEEP.has(key) && key !== fieldRoot && !(fieldRoot !== undefined && (COUPLED[key] ?? []).includes(fieldRoot)),
  );
  const without = (keys: string[]) => {
    const drop = keys.flatMap((k) => [k, ...(COUPLED[k] ?? [])]);
    return { ...c, request: Object.fromEntries(Object.entries(c.request).filter(([k]) => !drop.includes(k))) };
  };
  // halves first (as in delta debugging): with few requests to spare, big steps shrink furthest
  if (droppable.length >= 4) {
    const mid = Math.ceil(droppable.length / 2);
    out.push(without(droppable.slice(0, mid)), without(droppable.slice(mid)));
  }
  for (const key of droppable) out.push(without([key]));
  const messages = c.request.messages;
  if (Array.isArray(messages) && messages.length > 1 && fieldRoot !== 'messages') {
    const lastUser = [...messages].reverse().find((m) => (m as { role?: unknown })?.role === 'user');
    if (lastUser) out.push({ ...c, request: { ...c.request, messages: [lastUser] } });
  }
  return kind === 'valid' ? out.filter((x) => validate('chat-completion-request', x.request).ok) : out;
}
