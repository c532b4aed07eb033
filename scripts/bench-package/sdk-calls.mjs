// Child of bench-package.ts, plain Node in a project where the packed package is installed: sequential SDK calls
// per second through a constant-JSON fetch, createMockFetch() and MSW + the handlers, in alternating rounds.
// Prints one JSON line: { rounds: [{ constant, mockFetch, msw }] } in calls per second.
import OpenAI from 'openai';
import { setupServer } from 'msw/node';
import { createMock, createMockFetch } from 'openai-conform/mock';
import { createMockHandlers, drainResponseClones } from 'openai-conform/mock/msw';

const [roundMs, rounds, warmupMs] = process.argv.slice(2).map(Number);
const MESSAGES = [
  { role: 'system', content: 'You are a concise assistant for a travel booking site.' },
  { role: 'user', content: 'Which documents do I need for a weekend trip from Paris to London by train?' },
];
const request = { model: 'gpt-4o-mini', messages: MESSAGES, temperature: 0.7, max_tokens: 256 };
const OPTIONS = { rpm: 1e9, tpm: 1e12, journalLimit: 1_000 };

// the mock's own answer to the request, served as a fixed body
const sample = await createMock(OPTIONS).handle({
  method: 'POST',
  path: '/v1/chat/completions',
  headers: {},
  body: JSON.stringify(request),
});
const fixed = sample.body;
const constant = async () => new Response(fixed, { status: 200, headers: { 'content-type': 'application/json' } });

const server = setupServer(...createMockHandlers(createMock(OPTIONS)));
drainResponseClones(server);
server.listen({ onUnhandledRequest: 'error' });

const clients = {
  constant: new OpenAI({ apiKey: 'sk-bench', maxRetries: 0, fetch: constant }),
  mockFetch: new OpenAI({ apiKey: 'sk-bench', maxRetries: 0, fetch: createMockFetch(createMock(OPTIONS)) }),
  msw: new OpenAI({ apiKey: 'sk-bench', maxRetries: 0 }), // after listen(): MSW's fetch
};

async function callsPerSecond(client, ms) {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await client.chat.completions.create(request);
    calls++;
  }
  return (calls / (performance.now() - start)) * 1000;
}

for (const client of Object.values(clients)) await callsPerSecond(client, warmupMs);
const out = [];
for (let r = 0; r < rounds; r++) {
  const round = {};
  for (const [name, client] of Object.entries(clients)) round[name] = await callsPerSecond(client, roundMs);
  out.push(round);
}
server.close();
console.log(JSON.stringify({ rounds: out }));
