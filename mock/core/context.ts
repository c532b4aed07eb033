// Per-request state shared by the pipeline stages.
import { requestId } from './ids.ts';
import type { JournalEntry } from './journal.ts';
import type { Route } from './route.ts';
import type { EndpointEntry } from './endpoints/types.ts';
import { resolveQuirks, type QuirkSet } from './quirks/index.ts';
import type { FaultSpec } from './faults/index.ts';
import type { MockRequest, QuirkName } from './types.ts';

export interface RequestContext {
  req: MockRequest;
  route: Route;
  endpoint: EndpointEntry | undefined; // the endpoint table's row the request was routed to, if any
  params: Record<string, string>; // the values of its path's {parameters}
  id: string; // x-request-id
  started: number; // clock ms
  key: string | undefined; // the raw key stays here and nowhere else
  fp: string; // key fingerprint: what journals and ledgers hold
  quirks: QuirkSet; // global ones plus those of x-conform-quirks
  quirkError?: string; // x-conform-quirks named something that is not a quirk
  faults: FaultSpec; // resolved by the pipeline from options, schedule and x-conform-fault
  parsed: { ok: true; value: unknown } | { ok: false; empty: boolean };
  journal?: JournalEntry;
}

const NOT_PARSED = { ok: false, empty: true } as const; // replaced, never mutated, by the pipeline
const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_QUIRKS = { ok: true, quirks: new Set<QuirkName>() } as const;

/** `key` and `fp`: the request's API key and its fingerprint (computed by the pipeline, asynchronously). */
export function createContext(
  req: MockRequest,
  route: Route,
  started: number,
  globalQuirks: readonly QuirkName[],
  key: string | undefined,
  fp: string,
): RequestContext {
  const header = req.headers['x-conform-quirks'];
  // most requests have no quirks at all: skip the parsing
  const quirks = globalQuirks.length === 0 && header === undefined ? NO_QUIRKS : resolveQuirks(globalQuirks, header);
  const ctx: RequestContext = {
    req,
    route,
    endpoint: route.name === 'endpoint' ? route.entry : undefined,
    params: route.name === 'endpoint' ? route.params : NO_PARAMS,
    id: requestId(),
    started,
    key,
    fp,
    quirks: quirks.ok ? quirks.quirks : new Set(globalQuirks),
    faults: {},
    parsed: NOT_PARSED,
  };
  // assigned rather than spread in: a spread sends the whole literal down V8's slow path, on every request
  if (!quirks.ok) ctx.quirkError = quirks.message;
  return ctx;
}
