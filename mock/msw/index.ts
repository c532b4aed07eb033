// MSW entry of the mock: `setupServer(...createMockHandlers(mock))`.
export { createMockHandlers, toResponse } from './handlers.ts';
export type { MockHandlersOptions } from './handlers.ts';
export { drainResponseClones } from './drain-clones.ts';
