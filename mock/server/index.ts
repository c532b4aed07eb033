// Public API of the standalone mock server (package export "./mock/server").
export { startMockServer } from './start.ts';
export type { MockServer, MockServerOptions } from './start.ts';
export { runMockCommand } from './cli.ts';
