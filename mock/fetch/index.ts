// The mock as a fetch function: `new OpenAI({ fetch: createMockFetch(mock) })`.
export { createMockFetch } from './create-mock-fetch.ts';
export type { MockFetch, MockFetchOptions } from './create-mock-fetch.ts';
