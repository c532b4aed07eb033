// The mock's adapters behind one interface, so every integration test runs against MSW, createMockFetch() and node:http.
import { setupServer } from 'msw/node';
import { createMock, type Mock } from '../../../mock/core/create-mock.ts';
import type { MockOptions } from '../../../mock/core/options.ts';
import { createMockFetch } from '../../../mock/fetch/index.ts';
import { createMockHandlers, drainResponseClones } from '../../../mock/msw/index.ts';
import { startMockServer } from '../../../mock/server/index.ts';

export interface Target {
  baseURL: string;
  mock: Mock;
  /** the fetch that reaches this target (the global one, patched by MSW, except for the fetch adapter) */
  fetch: typeof fetch;
  close(): Promise<void>;
}

export type Adapter = 'msw' | 'fetch' | 'node';
export const ADAPTERS: Adapter[] = ['msw', 'fetch', 'node'];

// one MSW server per test file; each mock gets its own never-resolvable host so nothing reaches the network
const msw = setupServer();
let mswStarted = false;
let hosts = 0;

export async function startTarget(adapter: Adapter, options: MockOptions = {}): Promise<Target> {
  if (adapter === 'node') {
    const server = await startMockServer({ ...options, onInternalError: failOnInternalError });
    return { baseURL: server.url, mock: server.mock, fetch: (...a) => fetch(...a), close: server.close };
  }
  if (adapter === 'fetch') {
    const mock = createMock({ ...options, onInternalError: failOnInternalError });
    const baseURL = `http://mock-${++hosts}.conform.invalid/v1`;
    return { baseURL, mock, fetch: createMockFetch(mock, { baseUrl: baseURL }), close: async () => {} };
  }
  if (!mswStarted) {
    msw.listen({
      // the node adapter's loopback traffic passes; anything else unhandled is an error, never a real request
      onUnhandledRequest(request, print) {
        if (new URL(request.url).hostname !== '127.0.0.1') print.error();
      },
    });
    drainResponseClones(msw); // else the SDK's retries hang (mswjs/interceptors#799)
    mswStarted = true;
  }
  const mock = createMock({ ...options, onInternalError: failOnInternalError });
  const baseURL = `http://mock-${++hosts}.conform.invalid/v1`;
  msw.use(...createMockHandlers(mock, { baseUrl: baseURL }));
  return { baseURL, mock, fetch: (...a) => fetch(...a), close: async () => {} };
}

export function stopMsw(): void {
  if (mswStarted) msw.close();
  mswStarted = false;
}

// a mock bug must fail the test run, not hide behind a 500
export const internalErrors: unknown[] = [];
function failOnInternalError(error: unknown): void {
  internalErrors.push(error);
}
