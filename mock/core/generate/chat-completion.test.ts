import { describe, expect, it } from 'vitest';
import { chatCompletion } from './chat-completion.ts';
import { planChatReply, planFromScript } from './plan.ts';
import type { ChatRequest } from './types.ts';

const meta = { id: 'chatcmpl-test', created: 1_700_000_000, model: 'gpt-4o-mini-2024-07-18' };
const req = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello to the team' }],
  ...extra,
});

describe('chatCompletion', () => {
  it('has the reference shape (A2), in the API key order', () => {
    const r = req();
    const body = chatCompletion(r, planChatReply(r), meta);
    expect(Object.keys(body)).toEqual([
      'id',
      'object',
      'created',
      'model',
      'choices',
      'usage',
      'service_tier',
      'system_fingerprint',
    ]);
    expect(body).toMatchObject({
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: meta.model,
      service_tier: 'default',
      system_fingerprint: null,
    });
    expect(body.choices[0]).toEqual({
      index: 0,
      message: {
        role: 'assistant',
        content: expect.stringMatching(/^Say hello to the team\. /),
        refusal: null,
        annotations: [],
      },
      logprobs: null,
      finish_reason: 'stop',
    });
    const u = body.usage;
    expect(u.total_tokens).toBe(u.prompt_tokens + u.completion_tokens);
    expect(u.prompt_tokens_details).toEqual({ cached_tokens: 0, audio_tokens: 0 });
    expect(u.completion_tokens_details).toEqual({
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    });
  });

  it('passes system_fingerprint and service_tier from meta', () => {
    const body = chatCompletion(req(), planChatReply(req()), {
      ...meta,
      system_fingerprint: 'fp_abc',
      service_tier: 'flex',
    });
    expect([body.system_fingerprint, body.service_tier]).toEqual(['fp_abc', 'flex']);
  });

  it('gives well-formed logprobs when asked, and null otherwise', () => {
    const r = req({ logprobs: true, top_logprobs: 3 });
    const body = chatCompletion(r, planChatReply(r), meta);
    const lp = body.choices[0].logprobs!;
    expect(lp.refusal).toBeNull();
    expect(lp.content!.map((t) => t.token).join('')).toBe(body.choices[0].message.content);
    for (const t of lp.content!) {
      expect(t.logprob).toBeLessThanOrEqual(0);
      expect(t.bytes).toEqual([...new TextEncoder().encode(t.token)]);
      expect(t.top_logprobs).toHaveLength(3);
      expect(t.top_logprobs[0]).toEqual({ token: t.token, logprob: t.logprob, bytes: t.bytes });
      const values = t.top_logprobs.map((x) => x.logprob);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
      expect(new Set(t.top_logprobs.map((x) => x.token)).size).toBe(3);
    }
    const none = chatCompletion(req({ logprobs: true }), planChatReply(req()), meta).choices[0].logprobs!;
    expect(none.content!.every((t) => t.top_logprobs.length === 0)).toBe(true);
    expect(
      chatCompletion(req({ logprobs: false, top_logprobs: 2 }), planChatReply(req()), meta).choices[0].logprobs,
    ).toBeNull();
  });

  it('renders tool calls with content null and refusals with the refusal string', () => {
    const r = req({ tools: [{ type: 'function', function: { name: 'greet' } }] });
    const calls = chatCompletion(r, planChatReply(r), meta).choices[0];
    expect(calls.finish_reason).toBe('tool_calls');
    expect(calls.message.content).toBeNull();
    expect(calls.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_[A-Za-z0-9]{24}$/),
        type: 'function',
        function: { name: 'greet', arguments: '{}' },
      },
    ]);
    const refused = chatCompletion(req({ logprobs: true }), planFromScript(req(), { refusal: 'No.' }), meta).choices[0];
    expect(refused.message).toEqual({ role: 'assistant', content: null, refusal: 'No.', annotations: [] });
    expect(refused.logprobs!.content).toBeNull();
    expect(refused.logprobs!.refusal!.map((t) => t.token)).toEqual(['No', '.']);
  });
});
