// Hand-made transcripts for the advanced checks' unit tests: a good answer, then one divergence at a time.
import type { Exchange, RunContext, SdkOutcome, Transcript, TranscriptSet } from '../../engine/types.ts';

export const fakeCtx = (over: Partial<RunContext> = {}): RunContext => ({
  baseUrl: 'http://127.0.0.1:4010/v1',
  model: 'gpt-test',
  models: ['gpt-test'],
  seed: 1,
  trials: 1,
  burst: false,
  propertyRuns: 4,
  sdk: { name: 'openai-node', version: '6.49.0', major: 6 },
  headers: {},
  ...over,
});

export function jsonExchange(label: string, body: unknown, status = 200, headers: Record<string, string> = {}, requestBody?: unknown): Exchange {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    label,
    via: 'wire',
    request: { method: 'POST', url: 'http://127.0.0.1:4010/v1/chat/completions', headers: { 'content-type': 'application/json' }, body: requestBody === undefined ? undefined : JSON.stringify(requestBody) },
    response: { status, headers: { 'content-type': 'application/json', ...headers }, body: text, bodyBytes: text.length, ttfbMs: 5, totalMs: 6 },
  };
}

export function sseExchange(label: string, chunks: unknown[], done = true): Exchange {
  const datas = [...chunks.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))), ...(done ? ['[DONE]'] : [])];
  const frames = datas.map((data, i) => ({ t: i, raw: `data: ${data}\n\n`, data }));
  const body = frames.map((f) => f.raw).join('');
  return {
    label,
    via: 'wire',
    request: { method: 'POST', url: 'http://127.0.0.1:4010/v1/chat/completions', headers: {} },
    response: { status: 200, headers: { 'content-type': 'text/event-stream' }, body, bodyBytes: body.length, ttfbMs: 1, totalMs: frames.length, frames },
  };
}

export function transcript(probeId: string, exchanges: Exchange[], sdk: SdkOutcome[] = [], notes?: string[]): Transcript {
  return { probeId, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 10, exchanges, sdk, ...(notes ? { notes } : {}) };
}

export function transcripts(...list: Transcript[]): TranscriptSet {
  return Object.fromEntries(list.map((t) => [t.probeId, t]));
}

export function completion(message: Record<string, unknown>, finish_reason: unknown = 'stop'): Record<string, unknown> {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: 'gpt-test',
    choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: null, ...message }, logprobs: null, finish_reason }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

export function chunk(delta: Record<string, unknown>, finish_reason: unknown = null): Record<string, unknown> {
  return { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1_767_225_600, model: 'gpt-test', choices: [{ index: 0, delta, logprobs: null, finish_reason }] };
}

export const errorBody = (message: string, param: string | null = null, code: string | null = null, type = 'invalid_request_error') => ({ error: { message, type, param, code } });
