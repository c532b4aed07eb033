// The one rule for what fails a run (exit 1), used by the engine's exit code and by every report's counts:
// a check that failed (MUST), was untestable or errored, unless --baseline expects it. A stale baseline
// entry is a plain `fail`, so it counts like any other.
import type { Status } from './types.ts';

export const FAILING_STATUSES: readonly Status[] = ['fail', 'untestable', 'error'];

/** a status that fails the run unless baselined */
export function isFailingStatus(status: Status): boolean {
  return FAILING_STATUSES.includes(status);
}

export function failsRun(c: { status: Status; baselined?: boolean }): boolean {
  return c.baselined !== true && isFailingStatus(c.status);
}

/** a failing status that --baseline expects: shown as known, does not fail the run */
export function isBaselinedFailure(c: { status: Status; baselined?: boolean }): boolean {
  return c.baselined === true && isFailingStatus(c.status);
}
