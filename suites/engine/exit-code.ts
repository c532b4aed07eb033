// Exit 0: nothing failed. Exit 1: a check failed, was untestable or errored (baselined ones excepted;
// stale baseline entries are failures). Exit 2 is for usage errors, decided before any request.
import type { Results } from './types.ts';
import { failsRun } from './fails-run.ts';

export function exitCodeOf(results: Results): 0 | 1 {
  return results.checks.some(failsRun) ? 1 : 0;
}
