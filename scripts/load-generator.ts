// A small keep-alive HTTP load generator on node:http: N connections each sending requests back to back,
// until a request count or a duration is reached. Used by the mock's load test and by `npm run bench`.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  url: string; // e.g. http://127.0.0.1:4010/v1/chat/completions
  /** a different path and method per request (mixed load); the url gives host and port */
  target?: (i: number) => { path: string; method: string };
  method?: string;
  body?: string | ((i: number) => string);
  headers?: Record<string, string> | ((i: number) => Record<string, string>);
  connections: number;
  requests?: number; // stop after this many (in total)
  durationMs?: number; // or after this long
}

export interface LoadResult {
  sent: number;
  statuses: Record<number, number>;
  errors: string[]; // transport errors
  latenciesMs: number[]; // request start → last byte
  firstByteMs: number[]; // request start → first body byte
  frames: number; // SSE "data:" frames seen in all bodies
  elapsedMs: number;
}

export const emptyResult = (): LoadResult => ({
  sent: 0,
  statuses: {},
  errors: [],
  latenciesMs: [],
  firstByteMs: [],
  frames: 0,
  elapsedMs: 0,
});

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const url = new URL(o.url);
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const result = emptyResult();
  const started = performance.now();
  const deadline = o.durationMs === undefined ? Infinity : started + o.durationMs;
  const budget = o.requests ?? Infinity;
  if (budget === Infinity && deadline === Infinity)
    throw new Error('[conform] runLoad: give requests or durationMs, or it never stops.');
  const worker = async () => {
    while (result.sent < budget && performance.now() < deadline) {
      const i = result.sent++;
      const body = typeof o.body === 'function' ? o.body(i) : o.body;
      try {
        const headers = typeof o.headers === 'function' ? o.headers(i) : (o.headers ?? {});
        const t = o.target?.(i);
        const r = await once(
          agent,
          url,
          t?.path ?? url.pathname + url.search,
          t?.method ?? o.method ?? 'POST',
          headers,
          body,
        );
        result.statuses[r.status] = (result.statuses[r.status] ?? 0) + 1;
        result.latenciesMs.push(r.latency);
        result.firstByteMs.push(r.firstByte);
        result.frames += r.frames;
      } catch (error) {
        result.errors.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  result.elapsedMs = performance.now() - started;
  agent.destroy();
  return result;
}

function once(
  agent: Agent,
  url: URL,
  path: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
) {
  return new Promise<{ status: number; latency: number; firstByte: number; frames: number }>((resolve, reject) => {
    const t0 = performance.now();
    let firstByte = -1;
    let frames = 0;
    let tail = ''; // a "data:" split across TCP chunks is still counted once
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) },
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (firstByte < 0) firstByte = performance.now() - t0;
          const text = tail + chunk;
          frames += text.split('data: ').length - 1;
          tail = text.slice(-5);
          frames -= tail.split('data: ').length - 1; // the overlap is counted with the next chunk
        });
        res.on('end', () => {
          frames += tail.split('data: ').length - 1;
          resolve({ status: res.statusCode ?? 0, latency: performance.now() - t0, firstByte, frames });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
