import { describe, expect, it } from 'vitest';
import { countPromptTokens, makeUsage } from './usage.ts';

describe('countPromptTokens', () => {
  it('follows the documented recipe: 3 to prime the reply + per message (3 + role + content)', () => {
    // 3 priming + (3 + 1 "user" + 2 "Hi there")
    expect(countPromptTokens({ messages: [{ role: 'user', content: 'Hi there' }] })).toBe(9);
  });

  it('counts names, text parts, media parts, tool calls, tools and the response schema', () => {
    const base = countPromptTokens({ messages: [{ role: 'user', content: 'Hi' }] });
    expect(countPromptTokens({ messages: [{ role: 'user', content: 'Hi', name: 'ann' }] })).toBe(base + 2);
    expect(
      countPromptTokens({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Hi' },
              { type: 'image_url', image_url: { url: 'x' } },
            ],
          },
        ],
      }),
    ).toBe(base + 85);
    expect(
      countPromptTokens({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Hi' },
              { type: 'file', file: {} },
            ],
          },
        ],
      }),
    ).toBe(base + 100);
    const withCall = countPromptTokens({
      messages: [{ role: 'user', content: 'Hi', tool_calls: [{ function: { name: 'f', arguments: '{}' } }] }],
    });
    expect(withCall).toBe(base + 3 + 1 + 2);
    const tools = countPromptTokens({
      messages: [{ role: 'user', content: 'Hi' }],
      tools: [{ type: 'function', function: { name: 'f' } }],
    });
    expect(tools).toBe(base + 8 + 9); // {"name":"f"} is 9 tokens: { " name " : " f " }
    const rf = countPromptTokens({
      messages: [{ role: 'user', content: 'Hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'x' } },
    });
    expect(rf).toBe(base + 9);
  });
});

describe('makeUsage', () => {
  it('totals prompt and completion and fills the details with zeros', () => {
    expect(makeUsage(10, 0)).toEqual({
      prompt_tokens: 10,
      completion_tokens: 0,
      total_tokens: 10,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    });
  });
});
