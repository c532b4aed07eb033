// Conversations with every message role: a server that rejects one breaks the apps that send it. Only
// acceptance is graded here, against the control (a single user message); the answers' shape is graded with
// every other chat answer.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { varies } from '../internal/attribution.ts';
import { observed, spec } from '../internal/sources.ts';
import { mustAccept } from './accepted.ts';
import { CONTROL, P } from './probes.ts';

/** `what` must be accepted; `turns` is what it adds to the control, for messages */
function accepted(t: TranscriptSet, label: string, what: string, turns: string, ...names: string[]): Grade {
  return mustAccept(t, { probe: P.multiTurn, label }, varies(CONTROL, turns, 'messages', 'role', ...names), what);
}

export const multiTurn: Check = {
  id: 'chat.multi-turn',
  title: 'A conversation with system, user and assistant turns is accepted',
  feature: 'chat',
  level: 'MUST',
  source: spec('ChatCompletionRequestMessage (system, user, assistant)'),
  breaks: ['every chat app (history is resent on each turn)'],
  probes: [P.multiTurn, P.basic],
  grade: (t) =>
    accepted(
      t,
      'system',
      'a system + user + assistant + user conversation',
      'the system and assistant turns',
      'system',
      'assistant',
    ),
};

export const developerRole: Check = {
  id: 'chat.developer-role',
  title: 'A developer message is accepted',
  feature: 'chat',
  level: 'SHOULD',
  source: spec('ChatCompletionRequestDeveloperMessage'),
  breaks: ['apps and agent frameworks that send developer messages (the role for reasoning models)'],
  probes: [P.multiTurn, P.basic],
  grade: (t) => accepted(t, 'developer', 'a developer message', 'a developer message', 'developer'),
};

export const toolHistory: Check = {
  id: 'chat.tool-history',
  title: 'An assistant turn with tool_calls and content null, then a tool message, is accepted',
  feature: 'chat',
  level: 'MUST',
  source: observed(
    'assistant content may be null when tool_calls is present (ChatCompletionRequestAssistantMessage)',
    'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml',
  ),
  breaks: ['every tool-using agent: openai-node returns assistant messages with content null, and apps send them back'],
  divergences: [38],
  probes: [P.multiTurn, P.basic],
  grade: (t) =>
    accepted(
      t,
      'tool-history',
      'an assistant message with tool_calls and content null followed by a tool message',
      'the tool call and tool result turns',
      'tool',
      'tool_calls',
      'tool_call_id',
      'content',
    ),
};
