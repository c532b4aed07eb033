// The README's "In-process with MSW" example, run as written through the package's own export names, with the
// app's part filled in: a scripted tool call, a scripted 429 the SDK retries, then the journal and the ledger.
import OpenAI from 'openai';
import { setupServer } from 'msw/node';
import { afterAll, expect, it } from 'vitest';
import { createMock } from 'openai-conform/mock';
import { createMockHandlers, drainResponseClones } from 'openai-conform/mock/msw';

const mock = createMock({ apiKeys: ['sk-test'], quota: 100 });
const server = setupServer(...createMockHandlers(mock));
drainResponseClones(server);
server.listen({ onUnhandledRequest: 'error' });
afterAll(() => server.close());

it('scripts a tool call and a retried 429, and records both in the journal and the ledger', async () => {
  mock.script.reply({ toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] }, { lastUserMessage: /weather/ });
  mock.script.reply({ error: { status: 429, message: 'Slow down', headers: { 'retry-after-ms': '20' } } });

  const client = new OpenAI({ apiKey: 'sk-test' });
  const tools = [{ type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }];
  const first = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'What is the weather?' }], tools });
  expect(first.choices[0].finish_reason).toBe('tool_calls');
  expect(JSON.parse(first.choices[0].message.tool_calls![0].type === 'function' ? first.choices[0].message.tool_calls![0].function.arguments : '')).toEqual({ city: 'Paris' });

  const second = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] });
  expect(second.choices[0].message.content).toEqual(expect.any(String));

  const sent = mock.journal.entries({ path: '/v1/chat/completions' });
  expect(sent.map((e) => e.headers['x-stainless-retry-count'])).toEqual(['0', '0', '1']);
  expect(mock.ledger.entries().map((e) => e.units)).toEqual([1, 1]); // the refused 429 is not metered

  await expect(new OpenAI({ apiKey: 'sk-wrong', maxRetries: 0 }).models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
});
