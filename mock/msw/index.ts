// MSW entry of the mock (`openai-conform/mock/msw`, needs msw 2 or 3): `setupServer(...createMockHandlers(mock))`.
export { createMockHandlers } from './handlers.ts';
export type { MockHandlersOptions } from './handlers.ts';
export { drainResponseClones } from './drain-clones.ts';
