import { expect, it } from 'vitest';
import { chatBody, chatChunks, jsonExchange, streamExchange, trialOf } from '../fake-exchanges.ts';
import { expectStream } from './stream.ts';

it('passes a stream that ends with [DONE]', () => {
  expect(expectStream(trialOf(streamExchange(chatChunks(['a'])))).status).toBe('pass');
});

it('fails a JSON answer to a stream request, and a stream cut before [DONE]', () => {
  expect(expectStream(trialOf(jsonExchange(chatBody({ content: 'a' })))).message).toBe(
    'the answer is not a stream (content-type "application/json"); the request asked for one',
  );
  expect(expectStream(trialOf(streamExchange(chatChunks(['a']), { done: false }))).message).toBe(
    'the stream ended without data: [DONE], after 3 frames',
  );
});
