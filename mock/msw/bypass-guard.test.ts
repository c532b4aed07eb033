// The captured-fetch trap: a client created before server.listen() keeps the unpatched fetch. Its requests under
// a mocked base URL must fail with the fix in the message, and never reach the network (here a local stand-in
// for the real API counts what arrives).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMock } from '../core/create-mock.ts';
import { createMockHandlers } from './handlers.ts';

let standIn: Server;
let origin: string;
const arrived: string[] = [];
const warnings: string[] = [];

beforeAll(async () => {
  standIn = createServer((req, res) => {
    arrived.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[]}');
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  process.on('warning', (w) => warnings.push(`${(w as Error & { code?: string }).code}: ${w.message}`));
});
afterAll(() => new Promise<void>((resolve) => standIn.close(() => resolve())));

it('stops a request from a client created before listen(), naming the fix, and lets other URLs through', async () => {
  const early = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/v1`, maxRetries: 0 }); // keeps the unpatched fetch
  const server = setupServer(...createMockHandlers(createMock(), { baseUrl: `${origin}/v1` }));
  server.listen({ onUnhandledRequest: 'bypass' });
  try {
    const late = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/v1`, maxRetries: 0 });
    expect((await late.models.list()).data.length).toBeGreaterThan(0); // through MSW to the mock

    const error = await early.models.list().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(causes(error).at(-1)?.replace(origin, 'ORIGIN')).toMatchInlineSnapshot(
      `"[conform] GET ORIGIN/v1/models bypassed MSW and was stopped before it left the process. The client that sent it was most likely created before server.listen() and kept the fetch it found then (openai-node reads globalThis.fetch in its constructor). Create the client after server.listen(), or give it the mock directly: new OpenAI({ fetch: createMockFetch(mock) }) from 'openai-conform/mock'."`,
    );
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    expect(warnings).toEqual([`CONFORM_MSW_BYPASS: ${causes(error).at(-1)}`]); // also on stderr, once per URL

    // outside the mocked base URL the network is the app's business
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect(arrived).toEqual(['GET /health']);
  } finally {
    server.close();
  }
});

it('guardBypass: false leaves the trap open (for apps that mean to reach the URL)', async () => {
  const early = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/open/v1`, maxRetries: 0 });
  const server = setupServer(...createMockHandlers(createMock(), { baseUrl: `${origin}/open/v1`, guardBypass: false }));
  server.listen({ onUnhandledRequest: 'bypass' });
  try {
    await early.models.list();
    expect(arrived.at(-1)).toBe('GET /open/v1/models');
  } finally {
    server.close();
  }
});

function causes(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) out.push(e.message);
  return out;
}
