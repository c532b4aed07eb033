import { expect, it } from 'vitest';
import { chatBody, chatChunks, jsonExchange, streamExchange, trialOf } from '../fake-exchanges.ts';
import { expectFinishReason } from './finish-reason.ts';

it('passes the finish reason expected, streamed or not', () => {
  expect(expectFinishReason('stop', trialOf(jsonExchange(chatBody({ content: 'a' })))).status).toBe('pass');
  expect(expectFinishReason(['stop', 'length'], trialOf(streamExchange(chatChunks(['a'], 'length')))).status).toBe(
    'pass',
  );
});

it('fails another one, or none', () => {
  expect(expectFinishReason('tool_calls', trialOf(jsonExchange(chatBody({ content: 'a' }))))).toMatchInlineSnapshot(`
    {
      "message": "finish_reason is "stop"; expected "tool_calls"",
      "seen": "stop",
      "status": "fail",
    }
  `);
  expect(expectFinishReason('stop', trialOf(jsonExchange(chatBody({ content: 'a' }), {}))).status).toBe('pass');
  expect(expectFinishReason('stop', trialOf(jsonExchange({ choices: [{ message: {} }] }))).message).toBe(
    'finish_reason is missing; expected "stop"',
  );
});
