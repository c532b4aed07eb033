import { describe, expect, it } from 'vitest';
import { Script, ruleFromJson, ruleToJson, scriptRuleJson } from './script.ts';

const subject = (over: Partial<Parameters<Script['take']>[0]> = {}) => ({
  endpoint: '/v1/chat/completions',
  accepts: ['text', 'refusal', 'toolCalls'] as const,
  model: 'gpt-4o-mini',
  lastUserMessage: 'What is the weather in Paris?',
  tools: ['get_weather'],
  turn: 1,
  ...over,
});

describe('Script', () => {
  it('answers queued replies once each, in order, and only when they match', () => {
    const s = new Script().reply({ text: 'first' }).reply({ text: 'paris' }, { lastUserMessage: /paris/i });
    expect(s.take(subject({ lastUserMessage: 'hello' }))).toEqual({ text: 'first' });
    expect(s.take(subject({ lastUserMessage: 'hello' }))).toBeUndefined();
    expect(s.take(subject())).toEqual({ text: 'paris' });
    expect(s.take(subject())).toBeUndefined();
  });

  it('matches on model, tool and turn, and keeps "always" rules', () => {
    const s = new Script()
      .always({ refusal: 'no' }, { model: 'gpt-4.1' })
      .reply({ toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] }, { tool: 'get_weather', turn: 1 });
    expect(s.take(subject({ model: 'gpt-4.1' }))).toEqual({ refusal: 'no' });
    expect(s.take(subject({ model: 'gpt-4.1' }))).toEqual({ refusal: 'no' });
    expect(s.take(subject({ turn: 2 }))).toBeUndefined();
    expect(s.take(subject())).toMatchObject({ toolCalls: [{ name: 'get_weather' }] });
  });

  it('does not spend a text reply on an embeddings request, but does spend an error', () => {
    const s = new Script().reply({ text: 'x' }).reply({ error: { status: 429 } });
    expect(s.take(subject({ endpoint: '/v1/embeddings', accepts: [] }))).toEqual({ error: { status: 429 } });
    expect(s.rules()).toHaveLength(1);
  });

  it('round-trips the JSON form, regular expressions included', () => {
    const parsed = scriptRuleJson.parse({
      match: { lastUserMessage: { regex: '^hi', flags: 'i' } },
      reply: { text: 'yo' },
      times: 'always',
    });
    const rule = ruleFromJson(parsed);
    expect(rule.match?.lastUserMessage).toBeInstanceOf(RegExp);
    expect(rule.times).toBe(Infinity);
    expect(ruleToJson(rule)).toEqual({
      match: { lastUserMessage: { regex: '^hi', flags: 'i' } },
      reply: { text: 'yo' },
      times: 'always',
    });
    expect(scriptRuleJson.safeParse({ reply: { txt: 'typo' } }).success).toBe(false);
  });
});
