// createMockFetch(): the mock as a fetch function, for clients that take one:
//   new OpenAI({ apiKey: 'sk-test', fetch: createMockFetch(mock) })
// Nothing global is patched, so there is nothing to start before the client exists and no request can slip past
// it to the real API; and no interception layer runs, which makes it the fast in-process path.
import type { CreateMockExtras, Mock } from '../core/create-mock.ts';
import type { MockOptions } from '../core/options.ts';
import { baseRoute, DEFAULT_BASE_URL } from './base-route.ts';
import { mockOf } from './mock-of.ts';
import { toMockRequest } from './to-mock-request.ts';
import { toResponse } from './to-response.ts';

export interface MockFetchOptions {
  /** the base URL the client uses; default the OpenAI SDK's, https://api.openai.com/v1 */
  baseUrl?: string;
}

/** fetch's signature, as openai-node's `fetch` option takes it */
export type MockFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function createMockFetch(
  mockOrOptions: Mock | (MockOptions & CreateMockExtras) = {},
  { baseUrl = DEFAULT_BASE_URL }: MockFetchOptions = {},
): MockFetch {
  const mock = mockOf(mockOrOptions);
  const route = baseRoute(baseUrl);
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const at = route.locate(url);
    if (at === undefined) {
      throw new TypeError(
        `[conform] createMockFetch: ${url} is outside the mock's base URL ${route.base}. Pass the client's baseURL as { baseUrl } to createMockFetch().`,
      );
    }
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    signal?.throwIfAborted();
    const request = await toMockRequest(input, init, at);
    request.baseUrl = route.prefix.slice(0, -1);
    const res = await mock.handle(request);
    if (signal?.aborted) {
      if ('stream' in res) void res.stream[Symbol.asyncIterator]().return?.();
      signal.throwIfAborted();
    }
    return toResponse(res, signal);
  };
}
