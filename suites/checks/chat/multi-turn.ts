// Conversations with every message role: a server that rejects one breaks the apps that send it. Only
// acceptance is graded here; the answers' shape is graded with every other chat answer.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { errorText, exchangeOf } from '../internal/read.ts';
import { observed, spec } from '../internal/sources.ts';
import { P } from './probes.ts';

function accepted(t: TranscriptSet, label: string, what: string): Grade {
  const r = exchangeOf(t, P.multiTurn, label);
  if (!r.ok) return r.grade;
  const res = r.value.response!;
  const exchange = { probe: P.multiTurn, label };
  if (res.status < 200 || res.status >= 300)
    return { status: 'fail', message: `${what} must be accepted, got HTTP ${res.status}: ${errorText(r.value)}`, details: { exchange, seen: res.status } };
  return { status: 'pass', message: `${what} accepted` };
}

export const multiTurn: Check = {
  id: 'chat.multi-turn',
  title: 'A conversation with system, user and assistant turns is accepted',
  feature: 'chat',
  level: 'MUST',
  source: spec('ChatCompletionRequestMessage (system, user, assistant)'),
  breaks: ['every chat app (history is resent on each turn)'],
  probes: [P.multiTurn],
  grade: (t) => accepted(t, 'system', 'a system + user + assistant + user conversation'),
};

export const developerRole: Check = {
  id: 'chat.developer-role',
  title: 'A developer message is accepted',
  feature: 'chat',
  level: 'SHOULD',
  source: spec('ChatCompletionRequestDeveloperMessage'),
  breaks: ['apps and agent frameworks that send developer messages (the role for reasoning models)'],
  probes: [P.multiTurn],
  grade: (t) => accepted(t, 'developer', 'a developer message'),
};

export const toolHistory: Check = {
  id: 'chat.tool-history',
  title: 'An assistant turn with tool_calls and content null, then a tool message, is accepted',
  feature: 'chat',
  level: 'MUST',
  source: observed('assistant content may be null when tool_calls is present (ChatCompletionRequestAssistantMessage)', 'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml'),
  breaks: ['every tool-using agent: openai-node returns assistant messages with content null, and apps send them back'],
  divergences: [38],
  probes: [P.multiTurn],
  grade: (t) => accepted(t, 'tool-history', 'an assistant message with tool_calls and content null followed by a tool message'),
};
