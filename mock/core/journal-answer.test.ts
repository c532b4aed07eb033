import { expect, it } from 'vitest';
import { journalAnswer } from './journal-answer.ts';

const call = (name: string) => ({ id: 'c', type: 'function', function: { name, arguments: '{}' } });

it('reads the finish reason and the tools called of a chat answer, whole or streamed', () => {
  const body = {
    choices: [{ index: 0, message: { tool_calls: [call('a'), call('b')] }, finish_reason: 'tool_calls' }],
  };
  expect(journalAnswer(body, undefined)).toEqual({ finishReason: 'tool_calls', toolCalls: ['a', 'b'] });
  const chunks = [
    { choices: [{ index: 0, delta: { tool_calls: [{ index: 0, ...call('a') }] }, finish_reason: null }] },
    { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
  ];
  expect(journalAnswer(undefined, chunks)).toEqual({ finishReason: 'tool_calls', toolCalls: ['a'] });
  expect(journalAnswer({ data: [] }, undefined)).toBeUndefined(); // embeddings: nothing to keep
});

it('reads a Responses API answer: its status and function_call items, whole or from the terminal event', () => {
  const response = { status: 'completed', output: [{ type: 'function_call', name: 'get_weather', arguments: '{}' }] };
  expect(journalAnswer(response, undefined)).toEqual({ finishReason: 'completed', toolCalls: ['get_weather'] });
  const events = [
    { type: 'response.created', response: { status: 'in_progress', output: [] } },
    { type: 'response.completed', response },
  ];
  expect(journalAnswer(undefined, events)).toEqual({ finishReason: 'completed', toolCalls: ['get_weather'] });
});
