// The driver's HTTP client: a request's bytes built from a head made once per target, sent on a keep-alive pool
// of raw sockets (http1.ts: node:http's client held the driver to 26–30% of autocannon's rate), one timestamp per
// network chunk taken before any decoding, a cap on the bytes read and a deadline per attempt, so a hostile
// endpoint can neither hold memory nor hold the run.
import { isIP } from 'node:net';
import { succeeded, type Attempt } from './attempt.ts';
import { Http1Pool, type Exchange } from './http1.ts';
import { SseScanner, usageOf } from './sse-scan.ts';
import { retryDelayMs } from '../checks/internal/rate-limit-headers.ts';

export interface Target {
  pool: Http1Pool;
  /** the request line and every header but content-length, built once */
  head: string;
  timeoutMs: number;
  maxBytes: number;
  deadlines: Deadlines;
}

/** `path`: the endpoint under the base URL (the Responses API's: /responses) */
export function createTarget(
  baseUrl: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxBytes: number,
  path = '/chat/completions',
): Target {
  // a query on the base URL (Azure's api-version) stays on every request, after the path
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`[conform] perf needs an http: or https: base URL, got ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const all: Record<string, string> = {
    host: url.host,
    ...headers,
    'content-type': 'application/json',
    accept: 'text/event-stream, application/json',
    'accept-encoding': 'identity', // a decoder can hold back bytes; timing wants them as they come
  };
  const names = new Set(Object.keys(all).map((n) => n.toLowerCase()));
  if (url.username && !names.has('authorization'))
    all.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  let head = `POST ${url.pathname}${url.search} HTTP/1.1\r\n`;
  for (const [name, value] of Object.entries(all)) {
    // a line break in a value would start a header (or a request) of its own; the value may be a secret: not shown
    if (/[\r\n\0]/.test(value) || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      throw new Error(`[conform] header "${name.replace(/[^\x21-\x7e]/g, '?')}" has a line break or NUL; remove it`);
    if (name.toLowerCase() !== 'content-length') head += `${name}: ${value}\r\n`;
  }
  return {
    pool: new Http1Pool({
      protocol: url.protocol,
      host,
      port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
      ...(isIP(host) ? {} : { servername: host }),
    }),
    head,
    timeoutMs,
    maxBytes,
    deadlines: new Deadlines(),
  };
}

/**
 * Deadlines of the attempts in flight, checked by one timer every 100 ms: a setTimeout and clearTimeout per
 * request showed in the driver's ceiling. A deadline fires up to 100 ms late, which a timeout can afford.
 */
export class Deadlines {
  readonly #pending = new Map<() => void, number>();
  #timer: NodeJS.Timeout | undefined;

  add(at: number, expire: () => void): void {
    this.#pending.set(expire, at);
    if (!this.#timer) {
      this.#timer = setInterval(() => this.#sweep(), 100);
      this.#timer.unref();
    }
  }

  delete(expire: () => void): void {
    this.#pending.delete(expire);
  }

  #sweep(): void {
    const now = performance.now();
    for (const [expire, at] of this.#pending) if (at <= now) expire();
    if (this.#pending.size === 0 && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}

const BODY_KEEP = 1 << 20; // a JSON answer is parsed only when it fits: usage is all the driver needs

export function send(target: Target, body: string, scheduled: number): Promise<Attempt> {
  return new Promise((resolve) => {
    const a: Attempt = {
      scheduled,
      sent: performance.now(),
      end: 0,
      status: 'network',
      outputChars: 0,
      tokenChunks: 0,
      gaps: [],
      streamError: false,
    };
    let settled = false;
    const settle = () => {
      settled = true;
      target.deadlines.delete(expire);
      a.end = performance.now();
      resolve(a);
    };
    let scanner: SseScanner | undefined;
    let kept: Buffer[] | undefined;
    let bytes = 0;
    const x: Exchange = {
      head(h, at) {
        a.headers = at;
        a.status = h.status;
        if (h.connectMs !== undefined) a.connectMs = h.connectMs;
        a.retryAfterMs = retryDelayMs(h.headers)?.ms;
        if ((h.headers['content-type'] ?? '').includes('text/event-stream')) scanner = new SseScanner();
        else kept = [];
      },
      body(piece, t) {
        // t: the arrival of the network chunk, taken before decoding; the events of one chunk share it
        if (settled) return;
        bytes += piece.length;
        if (bytes > target.maxBytes) {
          a.status = 'too-large';
          settle();
          cancel();
          return;
        }
        if (!scanner) {
          if (bytes <= BODY_KEEP) kept!.push(piece); // a socket hands out a fresh buffer per read: kept as is
          return;
        }
        const r = scanner.push(piece);
        if (r.error) a.streamError = true;
        if (r.tokenEvents > 0) {
          if (a.first === undefined) a.first = t;
          else a.gaps.push(t - a.last!);
          for (let i = 1; i < r.tokenEvents; i++) a.gaps.push(0);
          a.last = t;
          a.tokenChunks += r.tokenEvents;
          a.outputChars += r.outputChars;
        }
      },
      end() {
        if (settled) return;
        if (scanner) a.usage = scanner.usage;
        else if (kept && bytes <= BODY_KEEP && kept.length > 0) {
          const text = Buffer.concat(kept).toString('utf8');
          a.usage = usageOf(text);
          // a server that ignores stream: true answers whole: first and last token arrive with the end
          if (succeeded(a)) {
            a.first = a.last = performance.now();
            a.outputChars = text.length;
            a.tokenChunks = 1;
          }
        }
        settle();
      },
      fail(reason) {
        if (settled) return;
        // cut after the head: the status stands, the answer is broken; before it: no answer at all
        if (reason === 'too-large') a.status = 'too-large';
        else if (a.headers !== undefined) a.streamError = true;
        else a.status = 'network';
        settle();
      },
    };
    const expire = () => {
      if (settled) return;
      a.status = 'timeout';
      settle();
      cancel();
    };
    target.deadlines.add(a.sent + target.timeoutMs, expire);
    const cancel = target.pool.request(
      Buffer.from(`${target.head}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`),
      x,
    );
  });
}
