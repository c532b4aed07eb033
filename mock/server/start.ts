// startMockServer(): the mock core on node:http, for apps in any language. Listens on 127.0.0.1 by default.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createMock, type CreateMockExtras, type Mock } from '../core/create-mock.ts';
import type { MockOptions } from '../core/options.ts';
import { createNodeHandler } from './node-adapter.ts';

export interface MockServerOptions extends MockOptions, CreateMockExtras {
  /** 0 (the default) picks a free port */
  port?: number;
  host?: string;
  /** serve an existing mock instead of creating one from the options */
  mock?: Mock;
  /** pause between the frames of a stream, in ms (default 5, 0 with a latency profile; 0 sends them back to back) */
  frameIntervalMs?: number;
}

/**
 * Frames written back to back leave within a millisecond and reach a client in another process in one read;
 * 5 ms apart they arrive as a stream even when the client is busy, and a 20-frame answer takes 0.1 s (a model takes seconds).
 */
export const DEFAULT_FRAME_INTERVAL_MS = 5;

export interface MockServer {
  /** base URL for OpenAI clients, e.g. http://127.0.0.1:4010/v1 */
  url: string;
  port: number;
  mock: Mock;
  server: Server;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', mock: given, frameIntervalMs: givenInterval, ...mockOptions } = options;
  // a latency profile paces the frames itself; the fixed pause would slow its tokens/s
  const frameIntervalMs = givenInterval ?? (options.latencyProfile !== undefined ? 0 : DEFAULT_FRAME_INTERVAL_MS);
  const mock = given ?? createMock(mockOptions);
  const report =
    options.onInternalError ?? ((error: unknown) => console.error('[conform] mock server: internal error:', error));
  const server = createServer({ noDelay: true, keepAlive: true }, createNodeHandler(mock, report, { frameIntervalMs }));
  server.keepAliveTimeout = 65_000; // longer than common client pools, so idle sockets are closed by the client
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable) socket.end(parserRefusal(error.code));
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostInUrl}:${actual}/v1`,
    port: actual,
    mock,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy(); // open streams and idle keep-alive sockets would hold close() forever
      }),
  };
}

/**
 * What a request node cannot parse gets (a bad request line, headers past 16 KiB, a body shorter than its
 * length): the API's error shape, not an empty body, then the connection closes.
 */
export function parserRefusal(code: string | undefined): string {
  const [status, reason, message] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are too large (more than 16 KiB).']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request was not received in time.']
        : [400, 'Bad Request', `The request could not be parsed as HTTP/1.1${code ? ` (${code})` : ''}.`];
  const body = JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code: null } });
  return `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
}
