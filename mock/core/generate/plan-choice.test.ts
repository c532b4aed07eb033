import { describe, expect, it } from 'vitest';
import { refusalChoice, textChoice, toolCallsChoice } from './plan-choice.ts';

const calls = [
  { id: 'call_a', name: 'f', arguments: '{"a":1}' }, // 7 tokens
  { id: 'call_b', name: 'g', arguments: '{}' }, // 2 tokens
];

describe('toolCallsChoice', () => {
  it('keeps every call within budget and bills their argument tokens', () => {
    expect(toolCallsChoice(calls, { stop: ['a'] })).toEqual({
      content: null,
      refusal: null,
      toolCalls: calls,
      finishReason: 'tool_calls',
      completionTokens: 9,
    });
  });

  it('cuts the call that overflows mid-JSON and drops the rest, finish_reason length', () => {
    expect(toolCallsChoice(calls, { maxTokens: 8, stop: [] })).toMatchObject({
      toolCalls: [calls[0], { id: 'call_b', arguments: '{' }],
      finishReason: 'length',
      completionTokens: 8,
    });
    expect(toolCallsChoice(calls, { maxTokens: 7, stop: [] })).toMatchObject({
      toolCalls: [calls[0]],
      finishReason: 'length',
      completionTokens: 7,
    });
    expect(toolCallsChoice(calls, { maxTokens: 0, stop: [] })).toMatchObject({
      toolCalls: [{ id: 'call_a', arguments: '' }],
      finishReason: 'length',
      completionTokens: 0,
    });
  });
});

describe('text and refusal choices', () => {
  it('apply stop and limits to text and refusals alike', () => {
    expect(textChoice('Sure. Done', { stop: ['.'] })).toEqual({
      content: 'Sure',
      refusal: null,
      toolCalls: [],
      finishReason: 'stop',
      completionTokens: 1,
    });
    expect(refusalChoice('I cannot do that', { maxTokens: 2, stop: [] })).toEqual({
      content: null,
      refusal: 'I cannot',
      toolCalls: [],
      finishReason: 'length',
      completionTokens: 2,
    });
  });
});
