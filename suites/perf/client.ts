// The driver's HTTP client: node:http with a keep-alive pool (fetch costs 3× more per request on Node 20), one
// timestamp per network chunk taken before any decoding, a cap on the bytes read and a deadline per attempt, so
// a hostile endpoint can neither hold memory nor hold the run.
import http from 'node:http';
import https from 'node:https';
import { succeeded, type Attempt } from './attempt.ts';
import { SseScanner, usageOf } from './sse-scan.ts';
import { retryDelayMs } from '../checks/internal/rate-limit-headers.ts';

export interface Target {
  /** the chat completions URL */
  url: URL;
  /** every request's headers but content-length, built once */
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  agent: http.Agent;
  deadlines: Deadlines;
  /** request options but headers, from the URL once: converting a URL per request showed in the bench */
  request: http.RequestOptions;
}

export function createTarget(
  baseUrl: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxBytes: number,
): Target {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/chat/completions`);
  const Agent = url.protocol === 'https:' ? https.Agent : http.Agent;
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  return {
    url,
    request: {
      method: 'POST',
      agent,
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port,
      path: url.pathname + url.search,
      ...(url.username ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
    },
    headers: {
      ...headers,
      'content-type': 'application/json',
      accept: 'text/event-stream, application/json',
      'accept-encoding': 'identity', // a decoder can hold back bytes; timing wants them as they come
    },
    timeoutMs,
    maxBytes,
    agent,
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
  const lib = target.url.protocol === 'https:' ? https : http;
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
    const finish = () => {
      if (settled) return;
      settled = true;
      target.deadlines.delete(expire);
      a.end = performance.now();
      resolve(a);
    };
    const req = lib.request(
      { ...target.request, headers: { ...target.headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        a.headers = performance.now();
        a.status = res.statusCode ?? 'network';
        a.retryAfterMs = retryDelayMs(res.headers as Record<string, string>)?.ms;
        const sse = String(res.headers['content-type'] ?? '').includes('text/event-stream');
        const scanner = sse ? new SseScanner() : undefined;
        const kept: Buffer[] = [];
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          const t = performance.now(); // before decoding: the events of one chunk share its arrival
          bytes += chunk.length;
          if (bytes > target.maxBytes) {
            a.status = 'too-large';
            res.destroy();
            req.destroy();
            finish();
            return;
          }
          if (!scanner) {
            if (bytes <= BODY_KEEP) kept.push(chunk);
            return;
          }
          const r = scanner.push(chunk);
          if (r.error) a.streamError = true;
          if (r.tokenEvents > 0) {
            if (a.first === undefined) a.first = t;
            else a.gaps.push(t - a.last!);
            for (let i = 1; i < r.tokenEvents; i++) a.gaps.push(0);
            a.last = t;
            a.tokenChunks += r.tokenEvents;
            a.outputChars += r.outputChars;
          }
        });
        res.on('end', () => {
          if (scanner) a.usage = scanner.usage;
          else if (bytes <= BODY_KEEP && kept.length > 0) {
            const text = Buffer.concat(kept).toString('utf8');
            a.usage = usageOf(text);
            // a server that ignores stream: true answers whole: first and last token arrive with the end
            if (succeeded(a)) {
              a.first = a.last = performance.now();
              a.outputChars = text.length;
              a.tokenChunks = 1;
            }
          }
          finish();
        });
        res.on('error', finish);
        res.on('close', finish); // a connection cut mid-answer ends here, after no 'end'
      },
    );
    const expire = () => {
      a.status = 'timeout';
      req.destroy();
      finish();
    };
    target.deadlines.add(a.sent + target.timeoutMs, expire);
    req.on('error', finish);
    req.end(body);
  });
}
