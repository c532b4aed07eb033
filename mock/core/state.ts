// Everything one mock instance holds, shared by its pipeline stages.
import type { MockModel } from './catalog.ts';
import type { RequestContext } from './context.ts';
import { Journal } from './journal.ts';
import { Ledger } from './ledger.ts';
import type { ResolvedOptions } from './options.ts';
import { RateLimiter } from './rate-limiter.ts';
import { Script } from './script.ts';
import { FaultSchedule } from './faults/index.ts';
import { LatencyGate } from './latency/gate.ts';
import { ResponseStore } from './generate/response-store.ts';
import { IssuedImages } from './images/image-url.ts';

export interface MockState {
  options: ResolvedOptions;
  models: Map<string, MockModel>;
  ledger: Ledger;
  journal: Journal;
  script: Script;
  limiter: RateLimiter;
  faults: FaultSchedule; // "the next N requests fail like this"
  latency: LatencyGate | undefined; // the latency profile's capacity and cold starts
  responses: ResponseStore; // stored Responses API answers (store: true), bounded
  images: IssuedImages; // the image URLs handed out, bounded: only those are served
  onInternalError(error: unknown, ctx: RequestContext): void;
}

export function createState(options: ResolvedOptions, onInternalError: MockState['onInternalError']): MockState {
  const script = new Script();
  for (const rule of options.script) script.add(rule);
  return {
    options,
    models: new Map(options.models.map((m) => [m.id, m])),
    ledger: new Ledger(options.ledgerLimit),
    journal: new Journal({ entries: options.journalLimit }),
    script,
    faults: new FaultSchedule(),
    latency: options.latencyProfile ? new LatencyGate(options.latencyProfile) : undefined,
    responses: new ResponseStore(),
    images: new IssuedImages(),
    limiter: new RateLimiter({ rpm: options.rpm, tpm: options.tpm }, options.clock),
    onInternalError,
  };
}
