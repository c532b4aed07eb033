// The standalone server's transport: pieces flushed as they are produced, client disconnects, big bodies,
// keep-alive reuse, and close() with streams still open.
import { request } from 'node:http';
import { afterAll, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';

const servers: MockServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));
const start = async (o: Parameters<typeof startMockServer>[0] = {}) => {
  const s = await startMockServer(o);
  servers.push(s);
  return s;
};

const STREAM = JSON.stringify({
  model: 'gpt-4o-mini',
  stream: true,
  messages: [{ role: 'user', content: 'flush test' }],
});

it('flushes each frame as it is produced: frames before a stall arrive during the stall', async () => {
  const s = await start();
  const res = await fetch(`${s.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conform-fault': 'stall-after=2,stall-ms=60000' },
    body: STREAM,
  });
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = res.body!.getReader();
  let text = '';
  while (text.split('\n\n').length <= 2) text += new TextDecoder().decode((await reader.read()).value);
  expect(text.split('\n\n').filter((f) => f.startsWith('data: {'))).toHaveLength(2);
  // the client gives up: the server must end the stall and keep serving
  await reader.cancel();
  const next = await fetch(`${s.url}/models`);
  expect(next.status).toBe(200);
  expect(s.mock.ledger.entries()).toHaveLength(1);
});

it('answers 413 to an oversized body, then keeps serving', async () => {
  const s = await start({ maxBodyBytes: 1024 });
  const res = await fetch(`${s.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x'.repeat(50_000) }] }),
  });
  expect(res.status).toBe(413);
  expect((await res.json()).error.code).toBe('request_too_large');
  expect((await fetch(`${s.url}/models`)).status).toBe(200);
});

it("reads an audio upload up to its own limit: a file of 25 MiB + 1 byte meets the API's 413, not the JSON limit", async () => {
  const s = await start({ maxBodyBytes: 1024 });
  const upload = (bytes: number) => {
    const form = new FormData();
    form.append('model', 'whisper-1');
    form.append('file', new Blob([new Uint8Array(bytes)]), 'big.wav');
    return fetch(`${s.url}/audio/transcriptions`, { method: 'POST', body: form });
  };
  const over = await upload(26_214_401);
  expect([over.status, (await over.json()).error]).toEqual([
    413,
    {
      message: 'Maximum content size limit (26214400) exceeded (26214401 bytes read)',
      type: 'server_error',
      param: null,
      code: null,
    },
  ]);
  // past the upload limit (the file plus 1 MiB of form): refused by its length, unread
  const huge = await upload(28 * 1024 * 1024);
  expect([huge.status, (await huge.json()).error.code]).toEqual([413, 'request_too_large']);
  // a JSON body keeps the JSON limit
  const chat = await fetch(`${s.url}/chat/completions`, {
    method: 'POST',
    body: JSON.stringify({ x: 'y'.repeat(2048) }),
  });
  expect(chat.status).toBe(413);
  expect((await fetch(`${s.url}/models`)).status).toBe(200);
});

it('reuses one keep-alive connection for many requests', async () => {
  const s = await start();
  const sockets = new Set<unknown>();
  const { Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < 5; i++) {
    await new Promise<void>((resolve, reject) => {
      const req = request(`${s.url}/models`, { agent }, (res) => {
        sockets.add(req.socket);
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
  }
  agent.destroy();
  expect(sockets.size).toBe(1);
});

it('closes promptly even with a stream stalled open', async () => {
  const s = await startMockServer();
  const res = await fetch(`${s.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conform-fault': 'stall-after=1,stall-ms=60000' },
    body: STREAM,
  });
  const reader = res.body!.getReader();
  await reader.read();
  await s.close(); // a server waiting for the stall would hang here until the test times out
  const end = await reader.read().then(
    (r) => (r.done ? 'ended' : 'more data'),
    () => 'connection reset',
  );
  expect(['ended', 'connection reset']).toContain(end);
});

it('ends a cut stream after the counted frames, without [DONE]', async () => {
  const s = await start();
  const res = await fetch(`${s.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-conform-fault': 'cut-after=3' },
    body: STREAM,
  });
  const text = await res.text();
  expect(res.status).toBe(200);
  expect(text.split('\n\n').filter((f) => f !== '')).toHaveLength(3);
  expect(text).not.toContain('[DONE]');
});
