// The captured-fetch trap: a client created before server.listen() keeps the unpatched fetch. Its connections to a
// mocked host must fail with the fix in the message and never reach the network (here local stand-ins for the real
// API count what arrives), while MSW's own answers, fetch or node:http, are untouched.
import http, { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMock } from '../core/create-mock.ts';
import { createMockHandlers } from './handlers.ts';

const arrived: string[] = [];
const standIns: Server[] = [];
const warnings: string[] = [];

async function standIn(): Promise<string> {
  const server = createServer((req, res) => {
    arrived.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIns.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(() => {
  process.on('warning', (w) => warnings.push(`${(w as Error & { code?: string }).code}: ${w.message}`));
});
afterAll(() => Promise.all(standIns.map((s) => new Promise((resolve) => s.close(resolve)))));

it('stops a connection from a client created before listen(), naming the fix; MSW still answers', async () => {
  const origin = await standIn();
  const early = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/v1`, maxRetries: 0 }); // keeps the unpatched fetch
  const server = setupServer(...createMockHandlers(createMock(), { baseUrl: `${origin}/v1` }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const late = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/v1`, maxRetries: 0 });
    expect((await late.models.list()).data.length).toBeGreaterThan(0); // through MSW to the mock
    const viaHttp = await new Promise<number | undefined>((resolve, reject) =>
      http.get(`${origin}/v1/models`, (res) => resolve(res.resume().statusCode)).on('error', reject),
    );
    expect(viaHttp).toBe(200); // MSW's node:http interception (of http.get, looked up at call time) opens no connection either

    const error = await early.models.list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(
      causes(error)
        .at(-1)
        ?.replaceAll(origin, 'ORIGIN')
        .replace(/127\.0\.0\.1:\d+/, 'HOST:PORT'),
    ).toMatchInlineSnapshot(
      `"[conform] a connection to HOST:PORT bypassed MSW and was stopped before it left the process (createMockHandlers() mocks ORIGIN/v1). The client that opened it was most likely created before server.listen() and kept the fetch it found then (openai-node reads globalThis.fetch in its constructor). Call server.listen() before the app creates its client (in vitest, at the top of a setup file), or give the client the mock: new OpenAI({ fetch: createMockFetch(mock) }) from 'openai-conform/mock'."`,
    );
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    expect(warnings).toEqual([`CONFORM_MSW_BYPASS: ${causes(error).at(-1)}`]); // also on stderr, once per host
    expect(arrived).toEqual([]);
  } finally {
    server.close();
  }
});

it('guardBypass: false leaves the trap open (for apps that mean to reach the host)', async () => {
  const origin = await standIn();
  const early = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/v1`, maxRetries: 0 });
  const server = setupServer(...createMockHandlers(createMock(), { baseUrl: `${origin}/v1`, guardBypass: false }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    await early.models.list();
    expect(arrived).toEqual(['GET /v1/models']);
  } finally {
    server.close();
  }
});

function causes(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) out.push(e.message);
  return out;
}
