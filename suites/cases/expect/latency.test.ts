import { expect, it } from 'vitest';
import { jsonExchange, trialOf } from '../fake-exchanges.ts';
import { expectLatency } from './latency.ts';

it('passes an answer within its bounds', () => {
  expect(
    expectLatency({ max: 100, firstByteMax: 50 }, trialOf(jsonExchange({}, { totalMs: 90, ttfbMs: 40 }))).status,
  ).toBe('pass');
});

it('fails a slow first byte, or a slow answer', () => {
  expect(expectLatency({ firstByteMax: 50 }, trialOf(jsonExchange({}, { ttfbMs: 80 }))).message).toBe(
    'the first byte came after 80 ms; at most 50 ms expected',
  );
  expect(expectLatency({ max: 100 }, trialOf(jsonExchange({}, { totalMs: 250 }))).message).toBe(
    'the answer took 250 ms; at most 100 ms expected',
  );
});
