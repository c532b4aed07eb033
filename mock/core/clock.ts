// Time source for rate-limit windows and ledger timestamps; tests inject a manual clock.
export interface Clock {
  now(): number; // epoch milliseconds
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to, for deterministic rate-limit tests. */
export function manualClock(start = 1_767_225_600_000): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    set(ms: number) {
      t = ms;
    },
  };
}

let lastMs = NaN;
let lastIso = '';

/** ISO 8601 of an epoch-ms time; under load many requests share a millisecond, so the last one is reused. */
export function isoTime(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
