import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTarget, send } from './client.ts';

describe('createTarget', () => {
  it('builds the request head once: path and query, host, credentials from the URL, the caller headers', () => {
    const t = createTarget('http://u:p%40ss@[::1]:8080/v1/?x=1', { 'x-team': 'evals' }, 1000, 1024);
    expect(t.head).toBe(
      'POST /v1/chat/completions?x=1 HTTP/1.1\r\nhost: [::1]:8080\r\nx-team: evals\r\ncontent-type: application/json\r\n' +
        'accept: text/event-stream, application/json\r\naccept-encoding: identity\r\n' +
        `authorization: Basic ${Buffer.from('u:p@ss').toString('base64')}\r\n`,
    );
    t.pool.destroy();
  });

  it('refuses a header value with a line break, without showing the value (it may be a key)', () => {
    expect(() =>
      createTarget('http://127.0.0.1:1/v1', { authorization: 'Bearer sk-secret\r\nX-Evil: 1' }, 1, 1),
    ).toThrow(/^\[conform\] header "authorization" has a line break or NUL; remove it$/);
  });

  it('refuses a base URL that is not http or https', () => {
    expect(() => createTarget('ftp://example.com/v1', {}, 1, 1)).toThrow(/http: or https:/);
  });
});

describe('send', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: 'hi' } }] })}\n\n`);
      setTimeout(() => res.destroy(), 20); // cut before the end of the chunked body
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => server.close());

  it('a stream cut after its head keeps its status and counts as a broken answer', async () => {
    const t = createTarget(base, {}, 5000, 1 << 20);
    const a = await send(t, '{}', performance.now());
    t.pool.destroy();
    expect(a).toMatchObject({ status: 200, streamError: true, tokenChunks: 1 });
    expect(a.first).toBeGreaterThanOrEqual(a.headers!);
  });
});
