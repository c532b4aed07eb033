// A multi-byte character may be split across two network reads: the wire view must decode the bytes as one
// stream (TextDecoder with stream: true in http.ts) before the SSE parser sees text, or the recorded frames hold
// U+FFFD where the server sent valid UTF-8 and chat.utf8-stream would blame the server for our bug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, sendRecorded } from './http.ts';
import { Redactor } from './redact.ts';

const TEXT = 'Zoë 東京 🌍';
const sse = Buffer.from(`data: ${JSON.stringify({ content: TEXT })}\n\ndata: [DONE]\n\n`, 'utf8');
// cut inside ë (2 bytes), 東 (3 bytes) and 🌍 (4 bytes)
const cuts = ['ë', '東', '🌍'].map((ch) => sse.indexOf(Buffer.from(ch, 'utf8')) + 1);

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const parts = [0, ...cuts, sse.length].slice(1).map((end, i, ends) => sse.subarray(i === 0 ? 0 : ends[i - 1], end));
    // one write per part, apart in time, so each arrives in a read of its own
    const next = (i: number): void => {
      if (i === parts.length) return void res.end();
      res.write(parts[i]);
      setTimeout(() => next(i + 1), 15);
    };
    next(0);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('SSE over the wire', () => {
  it('keeps a character whole when its UTF-8 bytes are split across reads', async () => {
    const { exchange } = await sendRecorded(
      { label: 'x', via: 'wire', method: 'GET', url: `${base}/`, headers: {}, stream: true },
      DEFAULT_LIMITS,
      new Redactor([]),
    );
    const frames = exchange.response!.frames!;
    // the parts did arrive apart: the first event ended well after its first byte
    expect(frames[0].t - exchange.response!.firstByteMs!).toBeGreaterThanOrEqual(20);
    expect(JSON.parse(frames[0].data!).content).toBe(TEXT);
    expect(exchange.response!.body).not.toContain('\uFFFD');
  });
});
