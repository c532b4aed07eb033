// Response headers of the chat answers: a JSON content type (openai-node parses nothing else) and a request id.
import type { Check } from '../../engine/types.ts';
import { everyItem, isJsonType } from '../internal/grade.ts';
import { header, show } from '../internal/read.ts';
import { observed, sdk } from '../internal/sources.ts';
import { CHAT_PROBES } from './probes.ts';
import { chatResponses } from './responses.ts';

export const contentType: Check = {
  id: 'chat.content-type',
  title: 'Chat answers are sent as application/json',
  feature: 'chat',
  level: 'MUST',
  source: sdk(
    'src/internal/parse.ts',
    'the body is parsed as JSON only when content-type contains application/json or +json',
  ),
  breaks: ['openai-node 6 and 7 (the call resolves to a raw string, so response.choices is undefined)'],
  probes: CHAT_PROBES,
  grade(t) {
    const r = chatResponses(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      (i) => {
        const ct = header(i.ex, 'content-type');
        return isJsonType(ct)
          ? undefined
          : { message: `content-type must be application/json, got ${show(ct)}`, seen: ct };
      },
      `${r.items.length} chat answers are application/json`,
    );
  },
};

export const requestId: Check = {
  id: 'chat.request-id',
  title: 'Answers carry an x-request-id header',
  feature: 'chat',
  level: 'SHOULD',
  source: observed(
    'x-request-id: req_<hex> on every response; openai-node exposes it as _request_id / error.requestID',
    'https://github.com/openai/openai-node/blob/v6.49.0/src/core/api-promise.ts',
  ),
  breaks: ['support tickets and logs that quote the request id (openai-node _request_id is null)'],
  probes: CHAT_PROBES,
  grade(t) {
    const r = chatResponses(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      (i) => {
        const id = header(i.ex, 'x-request-id');
        return id !== undefined && id.trim() !== ''
          ? undefined
          : { message: 'an x-request-id header should identify the request, got none', seen: id ?? null };
      },
      `${r.items.length} chat answers carry x-request-id`,
    );
  },
};
