import { EventEmitter } from 'node:events';
import { createServer as createHttpsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Http1Pool, type Exchange, type Origin, type ResponseHead } from './http1.ts';

const ORIGIN: Origin = { protocol: 'http:', host: '127.0.0.1', port: 1 };
const REQUEST = Buffer.from('POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{}');

/** what an exchange was told */
interface Seen {
  head?: ResponseHead;
  body: string;
  ended: boolean;
  failed?: string;
  calls: number;
}

function exchange(): { x: Exchange; seen: Seen; done: Promise<Seen> } {
  const seen: Seen = { body: '', ended: false, calls: 0 };
  let settle!: (s: Seen) => void;
  const done = new Promise<Seen>((r) => (settle = r));
  const x: Exchange = {
    head: (h) => void (seen.head = h),
    body: (piece) => void (seen.body += piece.toString('latin1')),
    end: () => {
      seen.ended = true;
      seen.calls++;
      settle(seen);
    },
    fail: (reason) => {
      seen.failed = reason;
      seen.calls++;
      settle(seen);
    },
  };
  return { x, seen, done };
}

/** a socket the test feeds: what the pool writes is recorded, what the test pushes is read */
class FakeSocket extends EventEmitter {
  written: Buffer[] = [];
  destroyed = false;
  write(b: Buffer) {
    this.written.push(b);
    return true;
  }
  ref() {
    return this;
  }
  unref() {
    return this;
  }
  destroy() {
    if (!this.destroyed) {
      this.destroyed = true;
      queueMicrotask(() => this.emit('close'));
    }
    return this;
  }
}

function fakePool() {
  const sockets: FakeSocket[] = [];
  const pool = new Http1Pool(ORIGIN, () => {
    const s = new FakeSocket();
    sockets.push(s);
    return s as unknown as net.Socket;
  });
  return { pool, sockets };
}

/** feeds `bytes` to the socket cut at `cuts` (sorted offsets) */
function feed(socket: FakeSocket, bytes: Buffer, cuts: number[]) {
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    if (c > at) socket.emit('data', Buffer.from(bytes.subarray(at, c)));
    at = c;
  }
}

const cutsOf = (n: number) => fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, n - 1) }), { maxLength: 12 });

describe('Http1Pool reading answers', () => {
  const answers: Record<string, { raw: string; status: number; body: string; reused: boolean }> = {
    'content-length': {
      raw: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"ok":true}',
      status: 200,
      body: '{"ok":true}',
      reused: true,
    },
    'chunked, with extensions and trailers': {
      raw:
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/event-stream\r\n\r\n' +
        '6;ext=1\r\ndata: \r\n9\r\n{"a":1}\n\n\r\n3\r\nxyz\r\n0\r\nX-Trailer: 1\r\n\r\n',
      status: 200,
      body: 'data: {"a":1}\n\nxyz',
      reused: true,
    },
    'chunked, no trailers, bare LF line ends': {
      raw: 'HTTP/1.1 429 Too Many Requests\nTransfer-Encoding: chunked\nRetry-After: 2\n\n3\nabc\n0\n\n',
      status: 429,
      body: 'abc',
      reused: true,
    },
    '100 Continue first': {
      raw: 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi',
      status: 200,
      body: 'hi',
      reused: true,
    },
    '204, no body': { raw: 'HTTP/1.1 204 No Content\r\n\r\n', status: 204, body: '', reused: true },
    'connection: close': {
      raw: 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhi',
      status: 200,
      body: 'hi',
      reused: false,
    },
    'HTTP/1.0 without keep-alive': {
      raw: 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi',
      status: 200,
      body: 'hi',
      reused: false,
    },
    'bytes after the body': {
      raw: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 200 OK\r\n',
      status: 200,
      body: 'hi',
      reused: false,
    },
  };

  for (const [name, a] of Object.entries(answers)) {
    it(`${name}: the same head and body wherever the bytes are cut`, async () => {
      const bytes = Buffer.from(a.raw, 'latin1');
      await fc.assert(
        fc.asyncProperty(cutsOf(bytes.length), async (cuts) => {
          const { pool, sockets } = fakePool();
          const { x, seen, done } = exchange();
          pool.request(REQUEST, x);
          feed(
            sockets[0]!,
            bytes,
            cuts.sort((p, q) => p - q),
          );
          await done;
          expect(seen).toMatchObject({ ended: true, body: a.body, calls: 1 });
          expect(seen.head!.status).toBe(a.status);
          expect(sockets[0]!.written).toEqual([REQUEST]);
          // the next request goes on the same socket only when the answer allowed it
          pool.request(REQUEST, exchange().x);
          expect(sockets.length).toBe(a.reused ? 1 : 2);
          pool.destroy();
        }),
        { numRuns: 60 },
      );
    });
  }

  it('reads lower-case names and joins repeated headers', async () => {
    const { pool, sockets } = fakePool();
    const { x, done } = exchange();
    pool.request(REQUEST, x);
    sockets[0]!.emit(
      'data',
      Buffer.from('HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nRetry-After-Ms: 20\r\nContent-Length: 0\r\n\r\n'),
    );
    const seen = await done;
    expect(seen.head!.headers).toEqual({ 'x-a': '1, 2', 'retry-after-ms': '20', 'content-length': '0' });
  });

  it('with no length the body runs to the end of the connection, which is not kept', async () => {
    const { pool, sockets } = fakePool();
    const { x, done } = exchange();
    pool.request(REQUEST, x);
    sockets[0]!.emit('data', Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: 1\n\n'));
    sockets[0]!.emit('data', Buffer.from('data: 2\n\n'));
    sockets[0]!.emit('end');
    expect(await done).toMatchObject({ ended: true, body: 'data: 1\n\ndata: 2\n\n' });
  });

  const broken: [string, string, string][] = [
    ['a status line that is not HTTP', 'SSH-2.0-OpenSSH\r\n\r\n', 'protocol'],
    [
      'a chunk size that is not hex',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n',
      'protocol',
    ],
    [
      'a chunk without its CRLF',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX\r\n0\r\n\r\n',
      'protocol',
    ],
    ['a content-length that is not a number', 'HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nhi', 'protocol'],
    ['a head over 64 KiB', `HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`, 'too-large'],
    [
      'a chunk-size line over 1 KiB',
      `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;${'e'.repeat(2000)}\r\n`,
      'protocol',
    ],
    ['a head that never ends', `HTTP/1.1 200 OK\r\n${'X-A: 1\r\n'.repeat(10_000)}`, 'too-large'],
  ];
  for (const [name, raw, reason] of broken) {
    it(`fails the exchange, once, on ${name}, and drops the socket`, async () => {
      const { pool, sockets } = fakePool();
      const { x, done } = exchange();
      pool.request(REQUEST, x);
      const bytes = Buffer.from(raw, 'latin1');
      for (let i = 0; i < bytes.length; i += 4096) sockets[0]!.emit('data', bytes.subarray(i, i + 4096));
      const seen = await done;
      expect(seen).toMatchObject({ failed: reason, calls: 1, ended: false });
      expect(sockets[0]!.destroyed).toBe(true);
    });
  }

  it('a connection cut before the end fails the exchange; bytes nobody asked for drop an idle socket', async () => {
    const { pool, sockets } = fakePool();
    const { x, done } = exchange();
    pool.request(REQUEST, x);
    sockets[0]!.emit('data', Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'));
    sockets[0]!.emit('close');
    expect(await done).toMatchObject({ failed: 'network', body: 'abc' });

    const second = exchange();
    pool.request(REQUEST, second.x);
    sockets[1]!.emit('data', Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
    await second.done;
    sockets[1]!.emit('data', Buffer.from('HTTP/1.1 200 OK\r\n'));
    expect(sockets[1]!.destroyed).toBe(true);
    pool.request(REQUEST, exchange().x);
    expect(sockets.length).toBe(3);
  });

  it('the cancel function closes the socket and the exchange hears of it once', async () => {
    const { pool, sockets } = fakePool();
    const { x, done } = exchange();
    const cancel = pool.request(REQUEST, x);
    cancel();
    expect(await done).toMatchObject({ failed: 'network', calls: 1 });
    expect(sockets[0]!.destroyed).toBe(true);
  });
});

describe('Http1Pool on real sockets', () => {
  const servers: net.Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });

  /** a raw server that answers each request on a connection with `answer(n)` (n counts from 0 per connection) */
  async function rawServer(answer: (n: number, socket: net.Socket) => void) {
    let connections = 0;
    const server = net.createServer((socket) => {
      connections++;
      let n = 0;
      let buffered = '';
      socket.on('data', (d) => {
        buffered += d.toString('latin1');
        // requests here are whole heads plus a 2-byte body
        for (let end = buffered.indexOf('\r\n\r\n'); end !== -1; end = buffered.indexOf('\r\n\r\n')) {
          buffered = buffered.slice(end + 4 + 2);
          answer(n++, socket);
        }
      });
      socket.on('error', () => {});
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const pool = new Http1Pool({ ...ORIGIN, port: (server.address() as AddressInfo).port });
    return { pool, connections: () => connections };
  }

  const send = (pool: Http1Pool) => {
    const e = exchange();
    pool.request(REQUEST, e.x);
    return e.done;
  };

  it('keeps one connection alive across sequential requests', async () => {
    const { pool, connections } = await rawServer((_n, s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    const seen: Seen[] = [];
    for (let i = 0; i < 5; i++) seen.push(await send(pool));
    for (const s of seen) expect(s).toMatchObject({ ended: true, body: 'ok' });
    expect(connections()).toBe(1);
    // the exchange that opened the connection is told how long that took; the ones that reused it are not
    expect(seen[0]!.head!.connectMs).toBeGreaterThanOrEqual(0);
    expect(seen.slice(1).map((s) => s.head!.connectMs)).toEqual([undefined, undefined, undefined, undefined]);
    pool.destroy();
  });

  it('a kept socket the server dropped without answering is tried once more on a fresh one', async () => {
    // each connection answers its first request and silently drops on the second
    const { pool, connections } = await rawServer((n, s) =>
      n === 0 ? s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok') : s.destroy(),
    );
    expect(await send(pool)).toMatchObject({ ended: true });
    expect(await send(pool)).toMatchObject({ ended: true, body: 'ok' });
    expect(connections()).toBe(2);
    pool.destroy();
  });

  it('a fresh connection dropped without an answer fails at once, with no retry', async () => {
    const { pool, connections } = await rawServer((_n, s) => s.destroy());
    expect(await send(pool)).toMatchObject({ failed: 'network', calls: 1 });
    expect(connections()).toBe(1);
    pool.destroy();
  });

  it('a refused connection fails the exchange', async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const pool = new Http1Pool({ ...ORIGIN, port });
    expect(await send(pool)).toMatchObject({ failed: 'network' });
  });

  it('speaks HTTP/1.1 over TLS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-tls-'));
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { stdio: 'ignore' },
    );
    const server = createHttpsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (req, res) => {
        req.resume();
        res.end('secure');
      },
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0'); // the certificate is made up above
    try {
      const pool = new Http1Pool({
        protocol: 'https:',
        host: '127.0.0.1',
        port: (server.address() as AddressInfo).port,
        servername: 'localhost',
      });
      expect(await send(pool)).toMatchObject({ ended: true, body: 'secure', head: { status: 200 } });
      expect(await send(pool)).toMatchObject({ ended: true, body: 'secure' });
      pool.destroy();
    } finally {
      vi.unstubAllEnvs();
      server.closeAllConnections();
      server.close();
    }
  });
});
