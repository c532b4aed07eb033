import { expect, it } from 'vitest';
import { chatBody, chatChunks, jsonExchange, streamExchange, trialOf } from '../fake-exchanges.ts';
import { expectSchema } from './schema.ts';

it('passes a chat completion and a stream of chunks that match', () => {
  expect(expectSchema('should', trialOf(jsonExchange(chatBody({ content: 'hi' })))).status).toBe('pass');
  expect(expectSchema('must', trialOf(streamExchange(chatChunks(['a', 'b'])))).status).toBe('pass');
});

it('fails at MUST level on what the SDK cannot read, at SHOULD level on the spec', () => {
  const noChoices = trialOf(jsonExchange({ id: 'x', object: 'chat.completion', choices: 'none' }));
  expect(expectSchema('must', noChoices).message).toMatch(
    /^the body does not match the chat-completion-response schema at MUST level:\n/,
  );
  const noId = chatBody({ content: 'hi' }, 'stop', { id: undefined });
  expect(expectSchema('must', trialOf(jsonExchange(noId))).status).toBe('pass');
  expect(expectSchema('should', trialOf(jsonExchange(noId))).status).toBe('fail');
});

it('grades an expected error status by the error body schema; an unknown endpoint is inconclusive', () => {
  expect(expectSchema('must', trialOf(jsonExchange({ detail: 'bad' }, { status: 400 }))).status).toBe('fail');
  const models = trialOf(jsonExchange({ object: 'list', data: [{ id: 'm' }] }), {}, undefined, '/models');
  expect(expectSchema('must', models).status).toBe('pass');
  expect(expectSchema('must', trialOf(jsonExchange({ data: 'none' }), {}, undefined, '/models')).status).toBe('fail');
  const other = trialOf(jsonExchange({}), {}, undefined, '/audio/speech');
  expect(expectSchema('must', other)).toMatchInlineSnapshot(`
    {
      "message": "no response schema is known for this path answers, so the shape was not graded",
      "status": "inconclusive",
    }
  `);
});
