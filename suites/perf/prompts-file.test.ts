import { describe, expect, it } from 'vitest';
import { parsePrompts } from './prompts-file.ts';

describe('parsePrompts', () => {
  it('takes JSONL chat requests, dropping the fields the driver sets', () => {
    const items = parsePrompts(
      '{"model":"x","stream":false,"messages":[{"role":"user","content":"hi"}],"max_tokens":5}\n\n{"messages":[]}\n',
      'p.jsonl',
    );
    expect(items.map((i) => i.body)).toEqual([
      { messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 },
      { messages: [] },
    ]);
    expect(items[0]!.maxTokens).toBe(5);
  });

  it("takes the mock's journal export as it comes, keeping only chat requests", () => {
    const journal = {
      entries: [
        { path: '/v1/models', body: null },
        { path: '/v1/chat/completions', body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'a' }] } },
        { path: '/v1/embeddings', body: { input: 'x' } },
      ],
      page: { offset: 0, limit: 100, more: false },
      dropped: 0,
    };
    expect(parsePrompts(JSON.stringify(journal, null, 2), 'j.json').map((i) => i.body)).toEqual([
      { messages: [{ role: 'user', content: 'a' }] },
    ]);
    // its entries one a line work too
    expect(parsePrompts(journal.entries.map((e) => JSON.stringify(e)).join('\n'), 'j.jsonl')).toHaveLength(1);
  });

  it('says which line is wrong and what a line looks like', () => {
    expect(() => parsePrompts('{"messages":[]}\nnot json', 'p.jsonl')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --prompts p.jsonl: line 2 is not JSON ("not json"). Write one chat request a line: {"messages": [{"role": "user", "content": "…"}], "max_tokens": 100}]`,
    );
    expect(() => parsePrompts('{"input":"x"}', 'p.jsonl')).toThrowErrorMatchingInlineSnapshot(
      `[ConfigError: [conform] --prompts p.jsonl: no chat request in it (1 JSON values read, none with a "messages" array). Write one chat request a line: {"messages": [{"role": "user", "content": "…"}]}]`,
    );
  });
});
