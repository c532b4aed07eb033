import { expect, it } from 'vitest';
import { chatBody, chatChunks, jsonExchange, streamExchange, trialOf } from '../fake-exchanges.ts';
import { expectUsage } from './usage.ts';

it('passes usage in the body, or in the last chunk of a stream', () => {
  expect(expectUsage(trialOf(jsonExchange(chatBody({ content: 'a' })))).status).toBe('pass');
  const chunks = [
    ...chatChunks(['a']),
    { choices: [], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } },
  ];
  expect(expectUsage(trialOf(streamExchange(chunks))).status).toBe('pass');
});

it('fails no usage, or counts that are not whole numbers', () => {
  expect(expectUsage(trialOf(streamExchange(chatChunks(['a'])))).message).toBe(
    'the answer reports no usage (usage is missing); a stream reports it in its last chunk when stream_options.include_usage is true',
  );
  const bad = chatBody({ content: 'a' }, 'stop', { usage: { prompt_tokens: '5', total_tokens: 8 } });
  expect(expectUsage(trialOf(jsonExchange(bad))).message).toBe('usage.prompt_tokens is "5", not a whole number');
});
