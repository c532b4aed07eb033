import OpenAI from 'openai';
import { createMock, createMockFetch } from 'openai-conform/mock';
import { summarize } from '../src/summarize';

const mock = createMock({ apiKeys: ['sk-test'] });
const client = new OpenAI({ apiKey: 'sk-test', fetch: createMockFetch(mock) });
beforeEach(() => mock.reset());

test('summarizes with the scripted answer', async () => {
  mock.script.reply({ text: 'A short summary.' });
  expect(await summarize('A long text about trains.', client)).toBe('A short summary.');
});

test('retries a rate limit as the SDK does; only the answer is metered', async () => {
  mock.script.reply({ error: { status: 429, message: 'Slow down', headers: { 'retry-after-ms': '10' } } });
  await summarize('Another text.', client);
  expect(mock.journal.entries().map((e) => e.headers['x-stainless-retry-count'])).toEqual(['0', '1']);
  expect(mock.ledger.entries()).toHaveLength(1);
});
