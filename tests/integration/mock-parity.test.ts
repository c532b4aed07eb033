// Adapter parity: the same requests through MSW, createMockFetch() and node:http give the same status, headers and
// body, apart from per-request ids, dates and timings.
import { afterAll, expect, it } from 'vitest';
import { manualClock } from '../../mock/core/clock.ts';
import { ADAPTERS, startTarget, stopMsw, type Target } from './internal/mock-targets.ts';

const targets: Target[] = [];
afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  stopMsw();
});

const user = (content: string) => [{ role: 'user', content }];
const REQUESTS: Array<{ method: string; path: string; body?: unknown; headers?: Record<string, string> }> = [
  { method: 'GET', path: '/models' },
  { method: 'GET', path: '/models/gpt-4o-mini' },
  { method: 'GET', path: '/models/nope' },
  {
    method: 'POST',
    path: '/chat/completions',
    body: { model: 'gpt-4o-mini', messages: user('Parity please'), seed: 7 },
  },
  {
    method: 'POST',
    path: '/chat/completions',
    body: {
      model: 'gpt-4o-mini',
      messages: user('Stream parity'),
      stream: true,
      stream_options: { include_usage: true },
    },
  },
  { method: 'POST', path: '/chat/completions', body: { model: 'gpt-4o-mini', messages: user('x'), temperature: 9 } },
  { method: 'POST', path: '/chat/completions', body: '{"model":' },
  { method: 'POST', path: '/embeddings', body: { model: 'text-embedding-3-small', input: ['a', 'b'], dimensions: 8 } },
  {
    method: 'POST',
    path: '/completions',
    body: { model: 'gpt-3.5-turbo-instruct', prompt: 'Once upon', max_tokens: 5 },
  },
  { method: 'GET', path: '/chat/completions' },
  { method: 'POST', path: '/nothing', body: {} },
  {
    method: 'POST',
    path: '/chat/completions',
    body: { model: 'gpt-4o-mini', messages: user('q') },
    headers: { 'x-conform-quirks': 'flat-error' },
  },
  {
    method: 'POST',
    path: '/chat/completions',
    body: { model: 'gpt-4o-mini', messages: user('f') },
    headers: { 'x-conform-fault': 'status=503' },
  },
];

// per-request values; everything else must match byte for byte
const VOLATILE_HEADERS = new Set([
  'x-request-id',
  'openai-processing-ms',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);
const normalise = (text: string) =>
  text
    .replace(/"id":"(chatcmpl|cmpl)-[0-9a-f]+"/g, '"id":"$1-ID"')
    .replace(/"created":\d+/g, '"created":0')
    .replace(/"call_[A-Za-z0-9]+"/g, '"call_ID"');

async function exchange(t: Target, r: (typeof REQUESTS)[number]) {
  const res = await t.fetch(t.baseURL + r.path, {
    method: r.method,
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-parity', ...r.headers },
    body: r.body === undefined ? undefined : typeof r.body === 'string' ? r.body : JSON.stringify(r.body),
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!VOLATILE_HEADERS.has(k)) headers[k] = v;
  });
  return { status: res.status, headers, body: normalise(await res.text()) };
}

it.each(ADAPTERS.filter((a) => a !== 'node'))('answers the same through %s and node:http', async (adapter) => {
  // a still clock keeps the rate-limit counts comparable: only requests move them, not the time between them
  const [inProcess, node] = await Promise.all(
    [adapter, 'node' as const].map((a) => startTarget(a, { rpm: 100_000, tpm: 1e9, clock: manualClock() })),
  );
  targets.push(inProcess, node);
  for (const r of REQUESTS) {
    const [a, b] = [await exchange(inProcess, r), await exchange(node, r)];
    expect({ request: `${r.method} ${r.path}`, ...a }).toEqual({ request: `${r.method} ${r.path}`, ...b });
  }
  expect(inProcess.mock.ledger.entries().length).toBe(node.mock.ledger.entries().length);
});
