// Labels, icons and ordering (the engine's list) of check statuses, shared by every renderer so they all say the
// same thing. What fails a run is the engine's one rule (suites/engine/fails-run.ts), re-exported here.
import type { Status } from './results.ts';

export { failsRun, isBaselinedFailure, isFailingStatus } from '../../suites/engine/fails-run.ts';
export { STATUSES, zeroByStatus } from '../../suites/engine/statuses.ts';

/** Text label and icon for each status: colour is never the only signal. */
export const STATUS_LABEL: Record<Status, { label: string; icon: string }> = {
  pass: { label: 'PASS', icon: '✓' },
  fail: { label: 'FAIL', icon: '✗' },
  warn: { label: 'WARN', icon: '!' },
  unsupported: { label: 'UNSUPPORTED', icon: '⊘' },
  inconclusive: { label: 'INCONCLUSIVE', icon: '≈' },
  skip: { label: 'SKIP', icon: '↷' },
  untestable: { label: 'UNTESTABLE', icon: '?' },
  error: { label: 'ERROR', icon: '⚠' },
};

/** Everything but pass deserves an explanation in a report. */
export function isNotPassing(status: Status): boolean {
  return status !== 'pass';
}
