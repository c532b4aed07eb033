// Public API of the mock (package export "./mock").

// the engine
export { createMock } from './core/create-mock.ts';
export type { Mock, CreateMockExtras } from './core/create-mock.ts';
export type { MockOptions, ResolvedOptions } from './core/options.ts';
export { parseMockConfig, MockConfigError } from './core/config.ts';
export type { MockConfig } from './core/config.ts';

// models
export { DEFAULT_MODELS } from './core/catalog.ts';
export type { MockModel, ModelKind } from './core/catalog.ts';

// metering, journal, scripting
export type { Ledger, LedgerEntry, LedgerTotals } from './core/ledger.ts';
export type { Journal, JournalEntry } from './core/journal.ts';
export type { Script, ScriptRule, ScriptReply, ScriptMatch, ScriptedToolCall, ScriptedError } from './core/script.ts';

// time, for rate-limit tests
export { manualClock, systemClock } from './core/clock.ts';
export type { Clock } from './core/clock.ts';

// request/response contract and quirks
export { QUIRKS, isStreamResponse } from './core/types.ts';
export type { MockRequest, MockResponse, MockJsonResponse, MockStreamResponse, QuirkName } from './core/types.ts';

// MSW adapter
export { createMockHandlers, drainResponseClones } from './msw/index.ts';
export type { MockHandlersOptions } from './msw/index.ts';
