// node:http adapter: translate an IncomingMessage to a MockRequest, and write the MockResponse back,
// flushing every stream piece as soon as it is yielded and stopping when the client goes away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Mock } from '../core/create-mock.ts';
import { isStreamResponse, type MockRequest, type MockResponse } from '../core/types.ts';

export interface NodeHandlerOptions {
  /** pause between stream frames, in ms (0: one event-loop turn) */
  frameIntervalMs: number;
}

export function createNodeHandler(
  mock: Mock,
  onError: (error: unknown) => void,
  options: NodeHandlerOptions = { frameIntervalMs: 0 },
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    serve(mock, req, res, options).catch((error) => {
      onError(error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: {
              message: 'The server had an error while processing your request. Sorry about that!',
              type: 'server_error',
              param: null,
              code: null,
            },
          }),
        );
      } else res.destroy();
    });
  };
}

async function serve(
  mock: Mock,
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeHandlerOptions,
): Promise<void> {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  // WHATWG URL parsing shows in the bench; only queries need it
  const url = q === -1 ? undefined : new URL(raw, 'http://localhost');
  const request = new NodeMockRequest(
    req.method ?? 'GET',
    url ? url.pathname : raw,
    url ? Object.fromEntries(url.searchParams) : {},
    flatHeaders(req),
  );
  request.baseUrl = `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}/v1`;
  const declared = Number(req.headers['content-length']);
  request.bodyBytes = Number.isSafeInteger(declared) && declared > 0 ? declared : undefined;
  if (mock.decidedWithoutBody(request)) {
    req.resume(); // node discards the body; none of it is kept
  } else {
    const body = await readBody(req, mock.bodyLimit(request), isMultipart(request.headers));
    if (body.raw !== undefined) request.raw = body.raw;
    if (body.text !== undefined) request.body = body.text;
    // past the limit: counted, not kept; a multipart body kept as bytes is counted too
    request.bodyBytes = (body.text === undefined || body.raw !== undefined) && body.bytes > 0 ? body.bytes : undefined;
  }
  res.once('close', () => {
    if (!res.writableFinished) request.clientGone();
  });
  await write(await mock.handle(request), res, options.frameIntervalMs);
}

/**
 * The client's disconnect ends injected waits (latency, stalls) and stops stream production. The signal is made
 * only when a fault or a stream asks for it: an AbortController per request shows up in the bench, and so did
 * the object literal this replaces (a getter and a spread in a literal take V8's slow path on every request).
 */
class NodeMockRequest implements MockRequest {
  declare body?: string; // absent, not undefined, when the request had none
  declare raw?: Uint8Array; // multipart bodies only
  declare baseUrl?: string;
  bodyBytes: number | undefined = undefined; // always present: one object shape for every request
  #abort: AbortController | undefined;
  #gone = false;

  constructor(
    readonly method: string,
    readonly path: string,
    readonly query: Record<string, string>,
    readonly headers: Record<string, string>,
  ) {}

  get signal(): AbortSignal {
    if (!this.#abort) {
      this.#abort = new AbortController();
      if (this.#gone) this.#abort.abort();
    }
    return this.#abort.signal;
  }

  clientGone(): void {
    this.#gone = true;
    this.#abort?.abort();
  }
}

/**
 * The body as text, with its size. Past `limit` bytes it keeps nothing (the core then answers 413 from the
 * count) but drains the socket, so the connection stays usable.
 */
function readBody(
  req: IncomingMessage,
  limit: number,
  asBytes: boolean,
): Promise<{ text?: string; raw?: Uint8Array; bytes: number }> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) chunks = [];
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (bytes > limit) resolve({ bytes });
      else if (bytes === 0) resolve(req.method === 'POST' ? { text: '', bytes } : { bytes });
      else {
        const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        resolve(
          asBytes
            ? { text: '', raw: new Uint8Array(all.buffer, all.byteOffset, all.length), bytes }
            : { text: all.toString('utf8'), bytes },
        );
      }
    });
    req.on('error', reject);
  });
}

/** uploads: their bodies stay bytes (see MockRequest.raw) */
export function isMultipart(headers: Record<string, string | undefined>): boolean {
  return /^\s*multipart\/form-data/i.test(headers['content-type'] ?? '');
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  // node already lower-cases names; only repeated set-cookie comes as an array, so copy only then
  if (req.headers['set-cookie'] === undefined) return req.headers as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function write(response: MockResponse, res: ServerResponse, frameIntervalMs: number): Promise<void> {
  if (!isStreamResponse(response)) {
    const body = response.status === 204 ? '' : (response.bytes ?? response.body);
    // a known length spares chunked framing, as the bare server in the bench does
    response.headers['content-length'] = String(Buffer.byteLength(body)); // a fresh object per answer
    res.writeHead(response.status, response.headers);
    res.end(body);
    return;
  }
  // node decides keep-alive from the request; a `connection` header of our own would override it and hold open
  // a socket whose client asked to close it
  delete response.headers.connection;
  res.writeHead(response.status, response.headers);
  res.flushHeaders();
  const iterator = response.stream[Symbol.asyncIterator]();
  let closed = false;
  const onClose = () => {
    closed = true;
  };
  res.on('close', onClose);
  try {
    while (!closed) {
      const { value, done } = await iterator.next();
      if (done || closed) break;
      if (!res.write(value)) await drained(res);
      // the mock makes a whole answer in well under a millisecond: written back to back, its frames reach a
      // client in another process in one read, as if buffered. A pause between frames, as between a model's
      // tokens, lets them arrive as a stream.
      else if (frameIntervalMs > 0) await pause(frameIntervalMs);
    }
  } finally {
    res.off('close', onClose);
    if (closed) await iterator.return?.(); // the client left: stop producing
    if (!res.writableEnded && !res.destroyed) res.end();
  }
}

function pause(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
