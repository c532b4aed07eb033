import { expect, it } from 'vitest';
import { summarize } from '../src/summarize.js';
import { mock } from './setup.js';

it('summarizes with the scripted answer', async () => {
  mock.script.reply({ text: 'A short summary.' });
  expect(await summarize('A long text about trains.')).toBe('A short summary.');
});

it('retries a rate limit as the SDK does; only the answer is metered', async () => {
  mock.script.reply({ error: { status: 429, message: 'Slow down', headers: { 'retry-after-ms': '10' } } });
  await summarize('Another text.');
  expect(mock.journal.entries().map((e) => e.headers['x-stainless-retry-count'])).toEqual(['0', '1']);
  expect(mock.ledger.entries()).toHaveLength(1);
});
