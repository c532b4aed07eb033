// MSW 2 adapter: one catch-all handler under the base URL that hands each request to the mock core.
import { http, type HttpHandler } from 'msw';
import { createMock, type Mock } from '../core/create-mock.ts';
import type { MockOptions } from '../core/options.ts';
import { isStreamResponse, type MockRequest, type MockResponse } from '../core/types.ts';

export interface MockHandlersOptions {
  /** the base URL the app's client uses; default the OpenAI SDK's, https://api.openai.com/v1 */
  baseUrl?: string;
}

export function createMockHandlers(mockOrOptions: Mock | MockOptions = {}, { baseUrl = 'https://api.openai.com/v1' }: MockHandlersOptions = {}): HttpHandler[] {
  const mock = isMock(mockOrOptions) ? mockOrOptions : createMock(mockOrOptions);
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const pattern = `${base.origin}${basePath}/*`;
  return [
    http.all(pattern, async ({ request }) => {
      const url = new URL(request.url);
      // whatever the app's base path, the core serves it as /v1
      const path = '/v1' + url.pathname.slice(basePath.length);
      return toResponse(await mock.handle(await toMockRequest(request, path, url)));
    }),
  ];
}

function isMock(x: Mock | MockOptions): x is Mock {
  return typeof (x as Mock).handle === 'function';
}

async function toMockRequest(request: Request, path: string, url: URL): Promise<MockRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return {
    method: request.method,
    path,
    query: Object.fromEntries(url.searchParams),
    headers,
    signal: request.signal,
    ...(hasBody ? { body: await request.text() } : {}),
  };
}

export function toResponse(res: MockResponse): Response {
  const headers = new Headers(res.headers);
  if (!isStreamResponse(res)) return new Response(res.status === 204 ? null : res.body, { status: res.status, headers });
  const encoder = new TextEncoder();
  const iterator = res.stream[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    // pull one piece per read so each yielded string reaches the client as soon as it exists
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, { status: res.status, headers });
}
