// The endpoints property runs send generated requests to: chat completions and the Responses API. Each names its
// schemas, how its requests are generated (and what is left out because it would touch the account or need a
// special model), how a failing request shrinks, and the twin an invalid case falls back to.
import type fc from 'fast-check';
import { validChatRequest, validResponsesRequest } from '../../../schemas/arbitraries/index.ts';
import { CHAT_ROOT } from '../../../schemas/arbitraries/chat.ts';
import { RESPONSES_ROOT } from '../../../schemas/arbitraries/responses.ts';
import type { JsonSchema } from '../../../schemas/internal/levels.ts';
import type { SchemaName } from '../../../schemas/index.ts';
import type { RunContext } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import type { Source } from '../internal/read.ts';

export type Kind = 'valid' | 'invalid';

export interface PropertyTarget {
  /** prefix of probe and check ids after `properties.`: '' for chat (its ids predate the others), 'responses-' */
  prefix: '' | 'responses-';
  /** what the titles call the requests */
  noun: string;
  /** what messages call the endpoint */
  api: string;
  path: string;
  request: SchemaName;
  response: SchemaName;
  /** the request schema, for breaking one field of a valid request */
  root: JsonSchema;
  generate(ctx: RunContext): fc.Arbitrary<Record<string, unknown>>;
  /** never dropped when shrinking */
  keep: ReadonlySet<string>;
  /** dropping the key drops these too: they are meaningless (or rejected) alone */
  coupled: Readonly<Record<string, string[]>>;
  /** the field holding the conversation, cut to its last user turn when shrinking */
  conversation: string;
  /** the twin of an invalid case whose valid case was not sent (the valid run shrank instead) */
  fallbackTwin: Source;
}

export const probeId = (t: PropertyTarget, kind: Kind) => `properties.${t.prefix}${kind}-requests`;

/** Only text content and non-streamed requests: images, audio and files need special models, streams are the
 * streaming suite's business; `store: true` would keep the generated conversations on the account graded. */
export const CHAT: PropertyTarget = {
  prefix: '',
  noun: 'chat requests',
  api: 'chat completions',
  path: '/chat/completions',
  request: 'chat-completion-request',
  response: 'chat-completion-response',
  root: CHAT_ROOT,
  generate: (ctx) =>
    validChatRequest({ model: ctx.model, parts: ['text'], stream: false, omit: ['store'] }) as fc.Arbitrary<
      Record<string, unknown>
    >,
  keep: new Set(['model', 'messages']),
  coupled: { logprobs: ['top_logprobs'], tools: ['tool_choice', 'parallel_tool_calls'], stream: ['stream_options'] },
  conversation: 'messages',
  fallbackTwin: CONTROL,
};

/**
 * Responses requests store by default: every one says `store: false`. Left out: what refers to state the run
 * does not have (previous_response_id, conversation), background mode (needs store), reasoning and service
 * tiers (a model or account of their own), `include` (values tied to hosted tools and reasoning) and streams.
 */
const RESPONSES_OMIT = [
  'store',
  'previous_response_id',
  'conversation',
  'background',
  'reasoning',
  'service_tier',
  'include',
  'stream',
  'stream_options',
];

export const RESPONSES: PropertyTarget = {
  prefix: 'responses-',
  noun: 'Responses requests',
  api: 'the Responses API',
  path: '/responses',
  request: 'responses-request',
  response: 'response',
  root: RESPONSES_ROOT,
  generate: (ctx) =>
    validResponsesRequest({ model: ctx.model, parts: ['text'], stream: false, omit: RESPONSES_OMIT }).map((r) => ({
      ...(r as Record<string, unknown>),
      store: false,
    })),
  keep: new Set(['model', 'input', 'store']),
  coupled: { tools: ['tool_choice', 'parallel_tool_calls', 'max_tool_calls'] },
  conversation: 'input',
  fallbackTwin: { probe: 'properties.responses-valid-requests', label: 'case-1' },
};

export const TARGETS = [CHAT, RESPONSES] as const;
