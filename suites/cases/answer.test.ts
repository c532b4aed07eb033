import { expect, it } from 'vitest';
import { answerOf } from './answer.ts';
import { jsonExchange, streamExchange } from './fake-exchanges.ts';

const response = {
  id: 'resp_1',
  object: 'response',
  status: 'completed',
  output: [
    { type: 'function_call', name: 'get_weather', arguments: '{"city":"Paris"}', call_id: 'c1' },
    { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Sunny.' }] },
  ],
  usage: { input_tokens: 3, output_tokens: 2, total_tokens: 5 },
};

it('reads a Responses API answer, whole or streamed, as the chat ones', () => {
  const whole = answerOf(jsonExchange(response, { path: '/responses' }), '/responses');
  expect(whole).toMatchObject({
    endpoint: 'responses',
    content: 'Sunny.',
    finishReason: 'completed',
    toolCalls: [{ name: 'get_weather', arguments: '{"city":"Paris"}' }],
  });
  const events = [
    { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } },
    { type: 'response.output_text.delta', delta: 'Sunny.' },
    { type: 'response.completed', response },
  ];
  const streamed = answerOf(streamExchange(events, { done: false, path: '/responses' }), '/responses');
  expect(streamed).toMatchObject({ ended: true, content: 'Sunny.', finishReason: 'completed' });
});

it('reads a legacy completion stream', () => {
  const chunks = ['He', 'llo'].map((text, i) => ({ choices: [{ index: 0, text, finish_reason: i ? 'stop' : null }] }));
  expect(answerOf(streamExchange(chunks, { path: '/completions' }), '/completions')).toMatchObject({
    content: 'Hello',
    finishReason: 'stop',
    ended: true,
  });
});
