import { describe, expect, it } from 'vitest';
import type { Attempt } from './attempt.ts';
import { coldStartReport, type ProbeRound } from './cold-start.ts';
import type { Outcome } from './send-with-retries.ts';

/** an answered request: first token `ttft` ms after its send, `connect` ms of which opened a connection */
function outcome(ttft: number, connect?: number): Outcome {
  const a: Attempt = {
    scheduled: 0,
    sent: 0,
    first: ttft,
    last: ttft + 100,
    end: ttft + 100,
    status: 200,
    outputChars: 10,
    tokenChunks: 5,
    gaps: [],
    streamError: false,
    ...(connect !== undefined ? { connectMs: connect } : {}),
  };
  return { attempts: [a], ok: true, scheduled: 0, promptChars: 10 };
}

const warm = [60, 70, 80].map((t) => outcome(t));

describe('coldStartReport', () => {
  it('flags a probe whose TTFT is above the warm p99', () => {
    const r = coldStartReport([{ idleMs: 30_000, probe: outcome(2000), warm }]);
    expect(r.detected).toBe(true);
    expect(r.probes[0]).toMatchObject({ cold: true, ttftMs: 2000, addedMs: 1930 });
  });

  it('does not blame a new connection on the model: its handshake is left out of the verdict', () => {
    // after the idle spell the server had closed the socket: 250 ms of TLS, 50 ms of model
    const rounds: ProbeRound[] = [{ idleMs: 30_000, probe: outcome(300, 250), warm }];
    const r = coldStartReport(rounds);
    expect(r.detected).toBe(false);
    expect(r.probes[0]).toEqual({
      idleMs: 30_000,
      ok: true,
      ttftMs: 300,
      e2eMs: 400,
      connectMs: 250,
      cold: false,
      addedMs: -20,
    });
    // warm requests on new connections are measured the same way
    const fresh = coldStartReport([
      { idleMs: 5000, probe: outcome(90), warm: [60, 70, 80].map((t) => outcome(t + 200, 200)) },
    ]);
    expect(fresh.warm.p99).toBeCloseTo(79.8, 5);
    expect(fresh.probes[0]).toMatchObject({ cold: true });
  });
});
