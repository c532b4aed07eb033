// Recorded exchanges for the unit tests of suites/cases: a JSON answer or an SSE stream, as the transport keeps them.
import type { Exchange } from '../engine/types.ts';
import { answerOf } from './answer.ts';
import type { Trial } from './expect/outcome.ts';

const request = (path: string, body: unknown) => ({
  method: 'POST',
  url: `http://127.0.0.1:1/v1${path}`,
  headers: {},
  body: JSON.stringify(body),
});

export function jsonExchange(
  body: unknown,
  o: { status?: number; path?: string; label?: string; totalMs?: number; ttfbMs?: number } = {},
): Exchange {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    label: o.label ?? 'trial-1',
    via: 'wire',
    request: request(o.path ?? '/chat/completions', {}),
    response: {
      status: o.status ?? 200,
      headers: { 'content-type': 'application/json' },
      body: text,
      bodyBytes: text.length,
      ttfbMs: o.ttfbMs ?? 10,
      totalMs: o.totalMs ?? 20,
    },
  };
}

export function streamExchange(events: unknown[], o: { done?: boolean; path?: string; label?: string } = {}): Exchange {
  const data = [...events.map((e) => JSON.stringify(e)), ...(o.done === false ? [] : ['[DONE]'])];
  const frames = data.map((d, i) => ({ t: i, raw: `data: ${d}\n\n`, data: d }));
  const body = frames.map((f) => f.raw).join('');
  return {
    label: o.label ?? 'trial-1',
    via: 'wire',
    request: request(o.path ?? '/chat/completions', {}),
    response: {
      status: 200,
      headers: { 'content-type': 'text/event-stream' },
      body,
      bodyBytes: body.length,
      ttfbMs: 5,
      totalMs: 30,
      frames,
    },
  };
}

/** a chat completion with this message and finish reason */
export function chatBody(message: Record<string, unknown>, finish = 'stop', extra: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1700000000,
    model: 'm',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: null, refusal: null, ...message },
        finish_reason: finish,
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
    ...extra,
  };
}

/** stream chunks carrying these content pieces, then the finish reason */
export function chatChunks(pieces: string[], finish = 'stop'): Record<string, unknown>[] {
  const chunk = (delta: Record<string, unknown>, finish_reason: string | null) => ({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1700000000,
    model: 'm',
    choices: [{ index: 0, delta, finish_reason, logprobs: null }],
  });
  return [
    chunk({ role: 'assistant', content: '' }, null),
    ...pieces.map((p) => chunk({ content: p }, null)),
    chunk({}, finish),
  ];
}

export function trialOf(ex: Exchange, body: unknown = {}, control?: Exchange, path = '/chat/completions'): Trial {
  return { answer: answerOf(ex, path), ex, body, control };
}
