// Counting checks: by status, and by feature with one verdict per feature. Every report words its counts
// through countParts, so the console, the job summary, the HTML headline and cards and the comparison agree.
import type { CheckResult, Status } from './results.ts';
import { failsRun, isBaselinedFailure, zeroByStatus } from './status.ts';

export type Counts = Record<Status, number> & {
  /** checks marked baselined, whatever their status (results.json's summary.baselined) */
  baselined: number;
  /** failing statuses --baseline expects: known, shown, not failing the run */
  known: number;
  /** checks that fail the run: the exit code is 1 exactly when this is not 0 */
  failing: number;
  /** failing statuses not baselined, by status */
  open: { fail: number; untestable: number; error: number };
  total: number;
};

export function emptyCounts(): Counts {
  return {
    ...zeroByStatus(),
    baselined: 0,
    known: 0,
    failing: 0,
    open: { fail: 0, untestable: 0, error: 0 },
    total: 0,
  };
}

export function countChecks(checks: readonly CheckResult[]): Counts {
  const c = emptyCounts();
  for (const check of checks) {
    c[check.status] += 1;
    c.total += 1;
    if (check.baselined === true) c.baselined += 1;
    if (isBaselinedFailure(check)) c.known += 1;
    if (failsRun(check)) {
      c.failing += 1;
      c.open[check.status as keyof Counts['open']] += 1;
    }
  }
  return c;
}

export interface CountPart {
  status: Status | 'baselined';
  n: number;
  text: string;
}

/** The counts in words, worst first, zeros left out (passed always shown): "2 failed", "1 error", … */
export function countParts(c: Counts): CountPart[] {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts: CountPart[] = [
    { status: 'fail', n: c.open.fail, text: `${c.open.fail} failed` },
    { status: 'error', n: c.open.error, text: plural(c.open.error, 'error', 'errors') },
    { status: 'untestable', n: c.open.untestable, text: `${c.open.untestable} untestable` },
    { status: 'baselined', n: c.known, text: `${c.known} baselined` },
    { status: 'warn', n: c.warn, text: plural(c.warn, 'warning', 'warnings') },
    { status: 'inconclusive', n: c.inconclusive, text: `${c.inconclusive} inconclusive` },
    { status: 'unsupported', n: c.unsupported, text: `${c.unsupported} unsupported` },
    { status: 'skip', n: c.skip, text: `${c.skip} skipped` },
    { status: 'pass', n: c.pass, text: `${c.pass} passed` },
  ];
  return parts.filter((p) => p.n > 0 || p.status === 'pass');
}

/** One word per feature (or run): the worst thing that happened in it. */
export type Verdict = 'fail' | 'warn' | 'pass' | 'unsupported' | 'inconclusive' | 'skip' | 'empty';

export function verdictOf(checks: readonly CheckResult[]): Verdict {
  if (checks.length === 0) return 'empty';
  // a baselined failure is known and accepted, so it does not fail the feature, but it is not a pass either
  if (checks.some(failsRun)) return 'fail';
  if (checks.some((c) => c.status === 'warn' || isBaselinedFailure(c))) return 'warn';
  if (checks.some((c) => c.status === 'pass')) return 'pass';
  if (checks.some((c) => c.status === 'unsupported')) return 'unsupported';
  if (checks.some((c) => c.status === 'inconclusive')) return 'inconclusive';
  return 'skip';
}

export interface FeatureGroup {
  feature: string;
  checks: CheckResult[];
  counts: Counts;
  verdict: Verdict;
}

/** Checks grouped by feature, features in order of first appearance (the engine's report order). */
export function groupByFeature(checks: readonly CheckResult[]): FeatureGroup[] {
  const groups = new Map<string, CheckResult[]>();
  for (const check of checks) {
    const list = groups.get(check.feature);
    if (list) list.push(check);
    else groups.set(check.feature, [check]);
  }
  return [...groups].map(([feature, list]) => ({
    feature,
    checks: list,
    counts: countChecks(list),
    verdict: verdictOf(list),
  }));
}
