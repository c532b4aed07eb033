// createMock(): the runtime-free engine. Adapters (MSW, node:http) only translate requests and responses.
import { parseMockConfig } from './config.ts';
import type { Journal } from './journal.ts';
import type { Ledger } from './ledger.ts';
import { resolveOptions, type MockOptions, type ResolvedOptions } from './options.ts';
import { bodyLimit, decidedWithoutBody, handle } from './pipeline.ts';
import type { Script } from './script.ts';
import type { FaultSchedule } from './faults/index.ts';
import { createState } from './state.ts';
import type { MockRequest, MockResponse } from './types.ts';

export interface Mock {
  /** Answers one request. Never rejects: a bug in the mock becomes a 500 server_error answer. */
  handle(req: MockRequest): Promise<MockResponse>;
  /**
   * True when the headers alone decide the answer (a refused key, a body too large by `bodyBytes`): adapters
   * then call handle() without reading the body.
   */
  decidedWithoutBody(req: MockRequest): boolean;
  /** the most body bytes an adapter should read for this request (more: counted, not kept, answered 413) */
  bodyLimit(req: MockRequest): number;
  readonly options: ResolvedOptions;
  /** metered requests: entries() (the newest `ledgerLimit`), totals() (exact), reset() */
  readonly ledger: Ledger;
  /** every request whose key was accepted, retries included (the newest `journalLimit`, long bodies cut) */
  readonly journal: Journal;
  /** scripted replies: reply(), always(), add(), clear() */
  readonly script: Script;
  /** scripted faults for the next requests: faults.next({status: 503}, 2) */
  readonly faults: FaultSchedule;
  /** clears ledger, journal, script, quotas, rate-limit windows and stored responses */
  reset(): void;
}

export interface CreateMockExtras {
  /** called with mock bugs that were answered as 500; defaults to console.error */
  onInternalError?: (error: unknown) => void;
}

export function createMock(options: MockOptions & CreateMockExtras = {}): Mock {
  const { onInternalError, ...rest } = options;
  const config = parseMockConfig(rest, { inProcess: true }); // throws MockConfigError with readable messages
  const resolved = resolveOptions(config);
  const report =
    onInternalError ?? ((error: unknown) => console.error('[conform] mock: internal error answered as 500:', error));
  const state = createState(resolved, (error) => report(error));
  return {
    handle: (req) => handle(state, req),
    decidedWithoutBody: (req) => decidedWithoutBody(state, req),
    bodyLimit: (req) => bodyLimit(state, req),
    options: resolved,
    ledger: state.ledger,
    journal: state.journal,
    script: state.script,
    faults: state.faults,
    reset() {
      state.faults.clear();
      state.ledger.reset();
      state.journal.clear();
      state.responses.clear();
      state.images.clear();
      state.script.clear();
      for (const rule of resolved.script) state.script.add(rule);
      state.limiter.reset();
    },
  };
}
