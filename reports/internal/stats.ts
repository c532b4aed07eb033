// Counting checks: by status, and by feature with one verdict per feature.
import type { CheckResult, Status, Summary } from './results.ts';
import { isFailing } from './status.ts';

export type Counts = Record<Status, number> & { baselined: number; total: number };

export function emptyCounts(): Counts {
  return { pass: 0, fail: 0, warn: 0, unsupported: 0, inconclusive: 0, skip: 0, untestable: 0, error: 0, baselined: 0, total: 0 };
}

export function countChecks(checks: readonly CheckResult[]): Counts {
  const c = emptyCounts();
  for (const check of checks) {
    c[check.status] += 1;
    c.total += 1;
    if (check.baselined === true) c.baselined += 1;
  }
  return c;
}

/** The summary as results.json states it, with the total the schema leaves implicit. */
export function summaryCounts(summary: Summary): Counts {
  const { pass, fail, warn, unsupported, skip, untestable, error } = summary;
  const inconclusive = summary.inconclusive ?? 0; // absent in results.json written before the status existed
  return {
    pass, fail, warn, unsupported, inconclusive, skip, untestable, error,
    baselined: summary.baselined ?? 0,
    total: pass + fail + warn + unsupported + inconclusive + skip + untestable + error,
  };
}

/** One word per feature: the worst thing that happened in it. */
export type Verdict = 'fail' | 'warn' | 'pass' | 'unsupported' | 'skip' | 'empty';

export function verdictOf(checks: readonly CheckResult[]): Verdict {
  if (checks.length === 0) return 'empty';
  // a baselined failure is known and accepted, so it does not fail the feature, but it is not a pass either
  if (checks.some((c) => isFailing(c.status) && c.baselined !== true)) return 'fail';
  if (checks.some((c) => c.status === 'warn' || (isFailing(c.status) && c.baselined === true))) return 'warn';
  if (checks.some((c) => c.status === 'pass')) return 'pass';
  if (checks.some((c) => c.status === 'unsupported')) return 'unsupported';
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
  return [...groups].map(([feature, list]) => ({ feature, checks: list, counts: countChecks(list), verdict: verdictOf(list) }));
}
