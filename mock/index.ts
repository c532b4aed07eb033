// Public API of the mock (package export "./mock"); needs no msw.

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

// the mock as a fetch function, for clients that take one: new OpenAI({ fetch: createMockFetch(mock) })
export { createMockFetch } from './fetch/index.ts';
export type { MockFetch, MockFetchOptions } from './fetch/index.ts';

// MSW handlers: openai-conform/mock/msw (kept apart so this entry loads without msw installed)
