import { writeFileSync } from 'node:fs';
import OpenAI from 'openai';
import { afterAll, expect, it } from 'vitest';
import { createMock, createMockFetch } from 'openai-conform/mock';
import { extractContact } from '../src/extract.js';
import { askWeather } from '../src/weather.js';
import { firstSentence } from '../src/stream.js';
import { embed } from '../src/embed.js';

const mock = createMock({ apiKeys: ['sk-test'] });
const client = new OpenAI({ apiKey: 'sk-test', fetch: createMockFetch(mock) });

// CONFORM_RECORD=cases.json: the requests these tests sent become cases for `conform cases cases.json`
afterAll(() => {
  const file = process.env.CONFORM_RECORD;
  if (file) writeFileSync(file, `${JSON.stringify(mock.journal.toCases(), null, 2)}\n`);
});

it('extracts a contact as JSON of the schema', async () => {
  const contact = await extractContact('Write to Ada Lovelace at ada@example.com.', client);
  expect(contact).toEqual({ name: expect.any(String), email: expect.any(String) });
});

it('answers a weather question through the tool loop', async () => {
  const answer = await askWeather('What is the weather in Paris?', client);
  expect(answer).not.toBe('');
  const turns = mock.journal.entries({ path: '/v1/chat/completions' }).filter((e) => 'tools' in (e.body as object));
  expect(turns).toHaveLength(2); // the tool call, then the answer after the tool result
});

it('streams the first sentence only', async () => {
  const parts: string[] = [];
  const { text, tokens } = await firstSentence('Why is the sky blue? Explain it twice.', client, (t) => parts.push(t));
  expect(text).not.toContain('.');
  expect(parts.length).toBeGreaterThan(1);
  expect(tokens).toBeGreaterThan(0);
});

it('embeds texts in order', async () => {
  const vectors = await embed(['red apple', 'green pear'], client);
  expect(vectors).toHaveLength(2);
  expect(vectors[0]!.length).toBeGreaterThan(0);
});
