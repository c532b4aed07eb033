import { describe, expect, it } from 'vitest';
import { completion, jsonExchange, fakeCtx, transcript, transcripts } from '../internal/fake-transcripts.ts';
import { promptTokens } from './prompt-tokens.ts';

const request = { model: 'gpt-test', messages: [{ role: 'user', content: 'Say OK.' }] };
const answer = (prompt_tokens: number) => ({ ...completion({ content: 'OK' }), usage: { prompt_tokens, completion_tokens: 1, total_tokens: prompt_tokens + 1, prompt_tokens_details: { cached_tokens: 9 } } });

describe('properties.prompt-tokens', () => {
  it('passes positive counts, fails 0 on the cached repeat (B19)', () => {
    const good = transcripts(transcript('chat.basic', [jsonExchange('nonstream', answer(9), 200, {}, request), jsonExchange('sdk', answer(9), 200, {}, request)]));
    expect(promptTokens.grade(good, fakeCtx()).status).toBe('pass');
    const cached = transcripts(transcript('chat.basic', [jsonExchange('nonstream', answer(9), 200, {}, request), jsonExchange('sdk', answer(0), 200, {}, request)]));
    const g = promptTokens.grade(cached, fakeCtx());
    expect('message' in g && g.message).toMatchInlineSnapshot(`"chat.basic (sdk): usage.prompt_tokens is 0 for a non-empty prompt (cached_tokens 9); count cached tokens in prompt_tokens too"`);
  });

  it('is untestable without usage', () => {
    const t = transcripts(transcript('chat.basic', [jsonExchange('nonstream', { ...completion({ content: 'OK' }), usage: undefined }, 200, {}, request)]));
    expect(promptTokens.grade(t, fakeCtx()).status).toBe('untestable');
  });
});
