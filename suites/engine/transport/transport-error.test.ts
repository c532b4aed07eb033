// Raw sockets that break HTTP in each way a real target has: every failure gets its own kind and sentence,
// and a body cut after the status line keeps what arrived before the cut.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, sendRecorded } from './http.ts';
import { Redactor } from './redact.ts';

const KEY = 'sk-cut-test-Zq81Lm0Pw7Xe4Rt2';
let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** a TCP server that answers every connection with `script` once the request arrives */
async function raw(script: (s: Socket) => void): Promise<number> {
  server = createServer((s) => {
    s.on('error', () => {});
    s.once('data', () => script(s));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

const send = (url: string, stream: boolean | 'auto' = 'auto', keepFull = false) =>
  sendRecorded(
    { label: 'x', via: 'wire', method: 'GET', url, headers: { authorization: `Bearer ${KEY}` }, stream, keepFull },
    { ...DEFAULT_LIMITS, timeoutMs: 3000 },
    new Redactor([KEY]),
  );

const SSE_HEAD = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n';
const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

describe('failures before the status line', () => {
  it('TLS to a plain-HTTP port', async () => {
    const port = await raw((s) => s.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n'));
    const { exchange } = await send(`https://127.0.0.1:${port}/v1/models`);
    expect(exchange.error).toEqual({
      kind: 'tls',
      message: 'TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER): the port does not speak TLS',
    });
  });

  it('a port that does not speak HTTP', async () => {
    const port = await raw((s) => s.write('SSH-2.0-OpenSSH_9.6\r\n'));
    const { exchange } = await send(`http://127.0.0.1:${port}/v1/models`);
    expect(exchange.error).toEqual({
      kind: 'protocol',
      message:
        'the answer is not HTTP/1.1 (HPE_INVALID_CONSTANT): Response does not match the HTTP/1.1 protocol (Expected HTTP/)',
    });
  });

  it('a 1xx answer with no final status', async () => {
    let port = await raw((s) => s.end('HTTP/1.1 100 Continue\r\n\r\n'));
    expect((await send(`http://127.0.0.1:${port}/v1/models`)).exchange.error).toEqual({
      kind: 'protocol',
      message: 'the server answered 100 Continue and no final status (a 1xx answer is not a response)',
    });
    await new Promise<void>((r) => server!.close(() => r()));
    port = await raw((s) =>
      s.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'),
    );
    expect((await send(`http://127.0.0.1:${port}/v1/models`)).exchange.error?.message).toBe(
      'the server answered 101 Switching Protocols to a plain request (a 1xx answer is not a response)',
    );
  });

  it('headers too large', async () => {
    const port = await raw((s) =>
      s.write(`HTTP/1.1 200 OK\r\nx-big: ${'a'.repeat(70_000)}\r\ncontent-length: 2\r\n\r\nok`),
    );
    const { exchange } = await send(`http://127.0.0.1:${port}/v1/models`);
    expect(exchange.error).toEqual({
      kind: 'protocol',
      message: "the response headers are larger than Node's 16 KiB limit (UND_ERR_HEADERS_OVERFLOW)",
    });
  });

  it('a connection closed without an answer', async () => {
    const port = await raw((s) => s.end());
    const { exchange } = await send(`http://127.0.0.1:${port}/v1/models`);
    expect(exchange.error).toEqual({
      kind: 'connection',
      message: 'the server closed the connection without answering (UND_ERR_SOCKET)',
    });
  });
});

describe('a body cut after the status line', () => {
  it('a stream reset after two frames: named as such, both frames and the incomplete third kept, the key redacted', async () => {
    const port = await raw((s) => {
      s.write(SSE_HEAD + chunk('data: {"n":1}\n\n') + chunk(`data: {"echo":"${KEY}"}\n\n`) + chunk('data: {"n":'));
      setTimeout(() => s.resetAndDestroy(), 50);
    });
    const { exchange, full } = await send(`http://127.0.0.1:${port}/v1/chat/completions`, true, true);
    expect(exchange.error).toEqual({ kind: 'cut', message: 'the stream was cut after 2 frames (connection reset)' });
    expect(exchange.response!.status).toBe(200);
    expect(exchange.response!.frames!.map((f) => [f.data, f.incomplete ?? false])).toEqual([
      ['{"n":1}', false],
      ['{"echo":"[REDACTED]"}', false],
      ['{"n":', true],
    ]);
    expect(exchange.response!.body).not.toContain(KEY);
    // the SDK gets what arrived, then the error, as it would from the network
    expect(full?.cut).toBe('terminated: the stream was cut after 2 frames (connection reset)');
    expect(full?.text).toContain(KEY);
  });

  it('a chunked stream closed before its last chunk', async () => {
    const port = await raw((s) => {
      s.write(SSE_HEAD + chunk('data: {"n":1}\n\n'));
      setTimeout(() => s.end(), 50);
    });
    const { exchange } = await send(`http://127.0.0.1:${port}/v1/chat/completions`, true);
    expect(exchange.error).toEqual({
      kind: 'cut',
      message: 'the stream was cut after 1 frame (the server closed the connection)',
    });
  });

  it('a JSON body shorter than its content-length', async () => {
    const port = await raw((s) =>
      s.end('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"a":'),
    );
    const { exchange } = await send(`http://127.0.0.1:${port}/v1/models`, false);
    expect(exchange.error).toEqual({
      kind: 'cut',
      message: 'the body was cut after 5 bytes (the server closed the connection)',
    });
    expect(exchange.response!.body).toBe('{"a":');
  });
});
