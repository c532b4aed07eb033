// The driver's HTTP/1.1 client: request bytes written whole on a keep-alive pool of raw sockets, and a response
// reader that hands body bytes on with the arrival time of the socket chunk that carried them. node:http's client
// spent ~90 µs a request on objects the driver never reads (its ceiling was 26–30% of autocannon's); this one
// keeps what timing needs. Bounded: a head over 64 KiB or a chunk-size line over 1 KiB fails the exchange.
import net from 'node:net';
import tls from 'node:tls';

export interface ResponseHead {
  status: number;
  /** lower-case names; repeated headers joined with ", " */
  headers: Record<string, string>;
  /** ms spent opening the connection (TCP, and TLS for https), when this exchange opened it */
  connectMs?: number;
}

/** what an exchange is told, in order: head, body pieces, then end or fail (once, nothing after) */
export interface Exchange {
  /** `at`: when the socket chunk that completed the head arrived */
  head(head: ResponseHead, at: number): void;
  /** a piece of the de-chunked body; `at` is when the socket chunk holding it arrived */
  body(piece: Buffer, at: number): void;
  end(): void;
  fail(reason: 'network' | 'protocol' | 'too-large'): void;
}

export interface Origin {
  protocol: 'http:' | 'https:';
  host: string;
  port: number;
  servername?: string;
}

const MAX_HEAD = 64 * 1024;
const MAX_LINE = 1024;

export class Http1Pool {
  readonly #origin: Origin;
  readonly #idle: Connection[] = [];
  readonly #all = new Set<Connection>();

  readonly #open: (o: Origin) => net.Socket;

  /** `open` is for tests, which feed a fake socket byte by byte */
  constructor(origin: Origin, open: (o: Origin) => net.Socket = openSocket) {
    this.#origin = origin;
    this.#open = open;
  }

  /** sends `bytes` (a whole request) and reads the answer into `x`; the function returned cancels it */
  request(bytes: Buffer, x: Exchange): () => void {
    const reused = this.#idle.pop();
    const conn = reused ?? this.#connect();
    let current = conn;
    const onStale = reused
      ? () => {
          // a kept-alive socket the server had closed as we wrote: nothing was answered, so send once more on a
          // fresh one, as browsers and Go's client do; a second failure is the server's
          current = this.#connect();
          current.start(bytes, x, undefined);
        }
      : undefined;
    conn.start(bytes, x, onStale);
    return () => current.destroy();
  }

  /** closes every socket, idle or busy */
  destroy(): void {
    for (const c of this.#all) c.destroy();
  }

  #connect(): Connection {
    const socket = this.#open(this.#origin);
    const conn = new Connection(socket, {
      idle: (c) => this.#idle.push(c),
      gone: (c) => {
        this.#all.delete(c);
        const i = this.#idle.indexOf(c);
        if (i !== -1) this.#idle.splice(i, 1);
      },
    });
    this.#all.add(conn);
    return conn;
  }
}

function openSocket(o: Origin): net.Socket {
  const socket =
    o.protocol === 'https:'
      ? tls.connect({ host: o.host, port: o.port, servername: o.servername, ALPNProtocols: ['http/1.1'] })
      : net.connect({ host: o.host, port: o.port });
  return socket.setNoDelay(true);
}

// head → (length | chunk-size ⇄ chunk-data → chunk-end | close) → done; trailers after the last chunk
type Mode = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'close' | 'done';

interface PoolHooks {
  idle(c: Connection): void;
  gone(c: Connection): void;
}

/** one socket and the exchange on it, if any */
class Connection {
  readonly #socket: net.Socket;
  readonly #pool: PoolHooks;
  #x: Exchange | undefined;
  #onStale: (() => void) | undefined;
  #received = false;
  #mode: Mode = 'head';
  #pending: Buffer | undefined; // bytes of a head or a line not yet complete
  #left = 0; // body bytes still due (length mode) or chunk bytes still due
  #keepAlive = false;
  #trailerBytes = 0;
  #dead = false;
  /** ms to connect, told to the first exchange only: a cold-start probe must not be blamed for a handshake */
  #connectMs: number | undefined;
  #used = false;

  constructor(socket: net.Socket, pool: PoolHooks) {
    this.#socket = socket;
    this.#pool = pool;
    const opened = performance.now();
    socket.once(socket instanceof tls.TLSSocket ? 'secureConnect' : 'connect', () => {
      this.#connectMs = performance.now() - opened;
    });
    socket.on('data', (chunk: Buffer) => this.#data(chunk, performance.now()));
    socket.on('end', () => this.#closed());
    socket.on('close', () => this.#closed());
    socket.on('error', () => this.#closed());
  }

  start(bytes: Buffer, x: Exchange, onStale: (() => void) | undefined): void {
    this.#x = x;
    this.#onStale = onStale;
    this.#received = false;
    this.#mode = 'head';
    this.#pending = undefined;
    this.#socket.ref();
    this.#socket.write(bytes);
  }

  destroy(): void {
    this.#socket.destroy();
    this.#closed();
  }

  #data(chunk: Buffer, at: number): void {
    if (!this.#x) {
      this.destroy(); // bytes nobody asked for: the connection's framing cannot be trusted
      return;
    }
    this.#received = true;
    let i = 0;
    while (this.#x) {
      const mode = this.#mode;
      if (mode === 'done') return this.#finish(i < chunk.length);
      if (i >= chunk.length) return;
      if (mode === 'length' || mode === 'chunk-data') {
        const n = Math.min(this.#left, chunk.length - i);
        this.#left -= n;
        const piece = chunk.subarray(i, i + n);
        i += n;
        this.#x.body(piece, at);
        if (this.#left === 0) this.#mode = mode === 'length' ? 'done' : 'chunk-end';
      } else if (mode === 'close') {
        this.#x.body(i === 0 ? chunk : chunk.subarray(i), at);
        return;
      } else {
        const next = this.#line(chunk, i, at);
        if (next === undefined) return; // waiting for more bytes, or failed
        i = next;
      }
    }
  }

  /**
   * Reads a head (to its blank line) or one line (chunk size, chunk end, trailer) from `chunk` at `i` and acts on
   * it; returns where reading goes on, or undefined when more bytes are needed or the exchange failed.
   */
  #line(chunk: Buffer, i: number, at: number): number | undefined {
    const mode = this.#mode;
    const max = mode === 'head' ? MAX_HEAD : MAX_LINE;
    const pending = this.#pending?.length ?? 0;
    const from = this.#pending ? Buffer.concat([this.#pending, chunk.subarray(i)]) : chunk.subarray(i);
    const end = mode === 'head' ? headEnd(from, Math.max(0, pending - 3)) : lineEnd(from, pending);
    if (end === -1 || end.next > max) {
      if (end !== -1 || from.length > max) {
        this.#fail(mode === 'head' ? 'too-large' : 'protocol');
        return undefined;
      }
      this.#pending = Buffer.from(from); // a copy: the socket may reuse its buffer
      return undefined;
    }
    this.#pending = undefined;
    const text = from.toString('latin1', 0, end.at);
    if (mode === 'head') {
      if (!this.#head(text, at)) return undefined;
    } else if (mode === 'chunk-size') {
      const size = /^([0-9a-fA-F]{1,12})[ \t]*(?:;.*)?$/.exec(text);
      if (!size) return this.#fail('protocol');
      this.#left = parseInt(size[1]!, 16);
      this.#mode = this.#left === 0 ? 'trailers' : 'chunk-data';
    } else if (mode === 'chunk-end') {
      if (text !== '') return this.#fail('protocol');
      this.#mode = 'chunk-size';
    } else if (text === '')
      this.#mode = 'done'; // the blank line after the last chunk's trailers
    else if ((this.#trailerBytes += end.next) > MAX_HEAD) return this.#fail('too-large');
    return i + end.next - pending;
  }

  /** acts on a response head; false when the exchange failed */
  #head(text: string, at: number): boolean {
    const lines = text.replace(/^(?:\r?\n)+/, '').split(/\r?\n/); // blank lines before a status line are allowed
    const status = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: .*)?$/.exec(lines[0]!);
    if (!status) {
      this.#fail('protocol');
      return false;
    }
    const code = Number(status[2]);
    if (code >= 100 && code < 200 && code !== 101) return true; // 100 Continue, 103 Early Hints: the answer follows
    const headers: Record<string, string> = {};
    for (let k = 1; k < lines.length; k++) {
      const line = lines[k]!;
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
    const connection = (headers.connection ?? '').toLowerCase();
    this.#keepAlive = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
    this.#trailerBytes = 0;
    const head: ResponseHead = { status: code, headers };
    if (!this.#used && this.#connectMs !== undefined) head.connectMs = this.#connectMs;
    this.#used = true;
    this.#x!.head(head, at);
    if (!this.#x) return false;
    const te = (headers['transfer-encoding'] ?? '').toLowerCase();
    const length = headers['content-length'];
    if (code === 101 || code === 204 || code === 304) this.#mode = 'done';
    else if (te.includes('chunked')) this.#mode = 'chunk-size';
    else if (length !== undefined) {
      // a length that is not one number leaves the framing unknowable
      if (!/^\d{1,15}$/.test(length)) {
        this.#fail('protocol');
        return false;
      }
      this.#left = Number(length);
      this.#mode = this.#left === 0 ? 'done' : 'length';
    } else {
      this.#mode = 'close'; // no framing: the body runs to the end of the connection
      this.#keepAlive = false;
    }
    return true;
  }

  #finish(extra: boolean): void {
    const x = this.#x!;
    this.#x = undefined;
    this.#mode = 'done';
    if (this.#keepAlive && !extra && !this.#dead) {
      this.#socket.unref(); // an idle pool must not hold the process open
      this.#pool.idle(this);
    } else this.destroy();
    x.end();
  }

  #fail(reason: 'network' | 'protocol' | 'too-large'): undefined {
    const x = this.#x;
    this.#x = undefined;
    this.destroy();
    x?.fail(reason);
    return undefined;
  }

  #closed(): void {
    if (this.#dead) return;
    this.#dead = true;
    this.#socket.destroy();
    this.#pool.gone(this);
    const x = this.#x;
    if (!x) return;
    this.#x = undefined;
    if (this.#mode === 'close') return x.end(); // the end of the connection is the end of the body
    if (!this.#received && this.#onStale) return this.#onStale();
    x.fail('network');
  }
}

/** the end of a head: `at` where the blank line starts, `next` after it; -1 while incomplete */
function headEnd(b: Buffer, from: number): { at: number; next: number } | -1 {
  for (let k = b.indexOf(10, from); k !== -1; k = b.indexOf(10, k + 1)) {
    if (b[k + 1] === 10) return { at: k > 0 && b[k - 1] === 13 ? k - 1 : k, next: k + 2 };
    if (b[k + 1] === 13 && b[k + 2] === 10) return { at: k > 0 && b[k - 1] === 13 ? k - 1 : k, next: k + 3 };
  }
  return -1;
}

/** the end of one line (LF or CRLF) */
function lineEnd(b: Buffer, from: number): { at: number; next: number } | -1 {
  const k = b.indexOf(10, from);
  if (k === -1) return -1;
  return { at: k > 0 && b[k - 1] === 13 ? k - 1 : k, next: k + 1 };
}
