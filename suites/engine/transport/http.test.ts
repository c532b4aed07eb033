import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, sendRecorded, type OutgoingRequest } from './http.ts';
import { Redactor } from './redact.ts';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/json') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Mixed-Case': 'yes' });
      return void res.end(JSON.stringify({ ok: true, pad: 'y'.repeat(100) }));
    }
    if (req.url === '/wav') {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      return void res.end(Buffer.from([0x52, 0x49, 0xff, 0xfe, 0x00, 0x80])); // not UTF-8
    }
    if (req.url === '/echo') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void req.pipe(res);
    }
    if (req.url === '/sse') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      return void setTimeout(() => res.end(': ping\n\ndata: [DONE]\n\n'), 30);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const req = (path: string, over: Partial<OutgoingRequest> = {}): OutgoingRequest => ({
  label: 'x',
  via: 'wire',
  method: 'GET',
  url: base + path,
  headers: { authorization: 'Bearer sk-abcdef' },
  stream: false,
  ...over,
});
const redactor = new Redactor(['sk-abcdef']);

describe('sendRecorded', () => {
  it('keeps a binary answer byte for byte: base64 in the record, bytes for the SDK', async () => {
    const { exchange, full } = await sendRecorded(req('/wav', { keepFull: true }), DEFAULT_LIMITS, redactor);
    expect(exchange.response).toMatchObject({ encoding: 'base64', body: 'Ukn//gCA', bodyBytes: 6 });
    expect([...full!.bytes!]).toEqual([0x52, 0x49, 0xff, 0xfe, 0x00, 0x80]);
    const text = await sendRecorded(req('/json', { keepFull: true }), DEFAULT_LIMITS, redactor);
    expect(text.exchange.response!.encoding).toBeUndefined();
    expect(text.full!.bytes).toBeUndefined();
  });

  it('sends a multipart form whole and records a summary of it, the key redacted', async () => {
    const form = new FormData();
    form.append('model', 'sk-abcdef');
    form.append('file', new Blob([new Uint8Array(300)], { type: 'audio/wav' }), 'a.wav');
    const { exchange } = await sendRecorded(req('/echo', { method: 'POST', body: form }), DEFAULT_LIMITS, redactor);
    expect(exchange.request.body).toMatchInlineSnapshot(
      `"[multipart/form-data] model="[REDACTED]" file=[file "a.wav", audio/wav, 300 bytes]"`,
    );
    expect(exchange.response!.body).toContain('filename="a.wav"');
    expect(exchange.response!.bodyBytes).toBeGreaterThan(300);
  });

  it('records status, lower-case headers, body, byte count and timings, with the key redacted', async () => {
    const { exchange, full } = await sendRecorded(req('/json', { keepFull: true }), DEFAULT_LIMITS, redactor);
    const res = exchange.response!;
    expect(exchange.request.headers.authorization).toBe('Bearer [REDACTED]');
    expect(res.status).toBe(200);
    expect(res.headers['x-mixed-case']).toBe('yes');
    expect(JSON.parse(res.body).ok).toBe(true);
    expect(res.bodyBytes).toBe(res.body.length);
    expect(res.firstByteMs).toBeGreaterThanOrEqual(res.ttfbMs);
    expect(res.totalMs).toBeGreaterThanOrEqual(res.firstByteMs!);
    expect(full?.text).toBe(res.body);
  });

  it('keeps the whole body for the graders, however small the stored copy will be', async () => {
    const { exchange } = await sendRecorded(req('/json'), { ...DEFAULT_LIMITS, storeBytes: 10 }, redactor);
    expect(JSON.parse(exchange.response!.body).pad).toHaveLength(100);
    expect(exchange.response!.truncated).toBeUndefined();
  });

  it('stops at the read cap, keeping the stored part only', async () => {
    const { exchange, full } = await sendRecorded(
      req('/json', { keepFull: true }),
      { ...DEFAULT_LIMITS, maxBytes: 50, storeBytes: 20 },
      redactor,
    );
    expect(exchange.error).toEqual({ kind: 'too-large', message: 'body larger than 50 bytes: stopped reading' });
    expect(exchange.response!.body).toHaveLength(20);
    expect(exchange.response!.truncated).toBe(true);
    expect(full).toBeUndefined();
  });

  it('reads SSE frames with arrival times when the response says text/event-stream', async () => {
    const { exchange } = await sendRecorded(req('/sse', { stream: 'auto' }), DEFAULT_LIMITS, redactor);
    const frames = exchange.response!.frames!;
    expect(frames.map((f) => f.data ?? (f.comment ? ':' : '?'))).toEqual(['one', ':', '[DONE]']);
    // arrival times: after the headers, in order, within the exchange (no wall-clock assertion: CI is slow)
    expect(frames[0].t).toBeGreaterThanOrEqual(exchange.response!.ttfbMs);
    expect(frames[0].t).toBeLessThanOrEqual(frames[2].t);
    expect(frames[2].t).toBeLessThanOrEqual(exchange.response!.totalMs);
  });

  it('classifies a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { exchange, full } = await sendRecorded(
      { ...req('/'), url: `http://127.0.0.1:${port}/v1/models` },
      DEFAULT_LIMITS,
      redactor,
    );
    expect(exchange.error).toEqual({ kind: 'connection', message: 'connection refused (ECONNREFUSED)' });
    expect(exchange.response).toBeUndefined();
    expect(full).toBeUndefined();
  });
});
