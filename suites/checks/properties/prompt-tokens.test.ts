import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, jsonEx, set, tr } from '../internal/fixtures.ts';
import { promptTokens } from './prompt-tokens.ts';

const requestBody = { model: 'gpt-test', messages: [{ role: 'user', content: 'Say OK.' }] };
const answer = (prompt_tokens: number) =>
  chatCompletion('OK', {
    usage: {
      prompt_tokens,
      completion_tokens: 1,
      total_tokens: prompt_tokens + 1,
      prompt_tokens_details: { cached_tokens: 9 },
    },
  });
const basic = (...bodies: object[]) =>
  set(
    tr(
      'chat.basic',
      bodies.map((b, i) => jsonEx(i ? 'sdk' : 'nonstream', b, { requestBody, via: i ? 'sdk' : 'wire' })),
    ),
  );

describe('properties.prompt-tokens', () => {
  it('passes positive counts, fails 0 on the cached repeat (B19)', () => {
    expect(promptTokens.grade(basic(answer(9), answer(9)), ctx()).status).toBe('pass');
    const g = promptTokens.grade(basic(answer(9), answer(0)), ctx());
    expect('message' in g && g.message).toMatchInlineSnapshot(
      `"chat.basic (sdk): usage.prompt_tokens is 0 for a non-empty prompt (cached_tokens 9); count cached tokens in prompt_tokens too"`,
    );
  });

  it('is inconclusive without usage (optional in the spec: chat.usage grades its absence), untestable without an answer', () => {
    expect(promptTokens.grade(basic(chatCompletion('OK', { usage: undefined })), ctx())).toMatchInlineSnapshot(`
      {
        "message": "none of 1 answers reported usage.prompt_tokens, so there is no count to judge (usage is optional: chat.usage grades its absence)",
        "status": "inconclusive",
      }
    `);
    expect(
      promptTokens.grade(
        set(tr('chat.basic', [jsonEx('nonstream', { error: { message: 'no' } }, { status: 404, requestBody })])),
        ctx(),
      ).status,
    ).toBe('untestable');
  });
});
