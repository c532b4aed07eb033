// 64 concurrent keep-alive clients send 10,000 requests to the standalone server: no errors, and the ledger
// holds exactly one entry per request, each id once.
import { afterAll, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';
import { runLoad } from '../../scripts/load-generator.ts';

let server: MockServer | undefined;
afterAll(() => server?.close());

it('serves 10,000 requests from 64 clients without losing or double-counting one', async () => {
  const internal: unknown[] = [];
  server = await startMockServer({ onInternalError: (e) => internal.push(e), journalLimit: 100 });
  const keys = ['sk-load-a', 'sk-load-b', 'sk-load-c', 'sk-load-d'];
  const result = await runLoad({
    url: `${server.url}/chat/completions`,
    connections: 64,
    requests: 10_000,
    headers: (i) => ({ 'content-type': 'application/json', authorization: `Bearer ${keys[i % keys.length]}` }),
    body: (i) =>
      JSON.stringify({
        model: i % 3 === 0 ? 'gpt-4.1' : 'gpt-4o-mini',
        messages: [{ role: 'user', content: `request number ${i}` }],
        stream: i % 5 === 0,
      }),
  });
  expect(result.errors).toEqual([]);
  expect(result.statuses).toEqual({ 200: 10_000 });
  const entries = server.mock.ledger.entries();
  expect(entries).toHaveLength(10_000);
  expect(new Set(entries.map((e) => e.id)).size).toBe(10_000);
  expect(entries.filter((e) => e.stream)).toHaveLength(2_000);
  const totals = server.mock.ledger.totals();
  expect(totals.cost).toBe(20);
  expect(Object.values(totals.byKey).map((k) => k.requests)).toEqual([2_500, 2_500, 2_500, 2_500]);
  expect(internal).toEqual([]);
}, 120_000);
