// Runs of the same target (same base URL and model) compared over time: what regressed, what was fixed.
import type { CheckResult, Results, Status } from '../internal/results.ts';

export function targetKey(r: Results): string {
  return `${r.target.baseUrl.replace(/\/+$/, '')} ${r.target.model}`;
}

/** Runs grouped by target (first appearance order), each group oldest first. */
export function orderRuns(runs: readonly Results[]): Results[] {
  const groups = new Map<string, Results[]>();
  for (const r of runs) {
    const key = targetKey(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const time = (r: Results) => Date.parse(r.startedAt) || 0;
  return [...groups.values()].flatMap((g) => [...g].sort((a, b) => time(a) - time(b)));
}

// how bad a status is for a check that was tested; unsupported and skip say nothing about quality
const RANK: Partial<Record<Status, number>> = { pass: 0, warn: 1, fail: 2, untestable: 2, error: 2 };

export interface Change {
  id: string;
  title: string;
  feature: string;
  level: CheckResult['level'];
  from: Status;
  to: Status;
  message: string; // the later run's message
}

export interface RunDiff {
  earlier: Results;
  later: Results;
  regressed: Change[];
  fixed: Change[];
}

export function diffRuns(earlier: Results, later: Results): RunDiff {
  const before = new Map(earlier.checks.map((c) => [c.id, c]));
  const regressed: Change[] = [];
  const fixed: Change[] = [];
  for (const now of later.checks) {
    const then = before.get(now.id);
    const a = then !== undefined ? RANK[then.status] : undefined;
    const b = RANK[now.status];
    if (then === undefined || a === undefined || b === undefined || a === b) continue;
    const change = {
      id: now.id,
      title: now.title,
      feature: now.feature,
      level: now.level,
      from: then.status,
      to: now.status,
      message: now.message,
    };
    (b > a ? regressed : fixed).push(change);
  }
  return { earlier, later, regressed, fixed };
}

/** One diff per consecutive pair of runs of the same target. */
export function diffsOf(runs: readonly Results[]): RunDiff[] {
  const ordered = orderRuns(runs);
  const diffs: RunDiff[] = [];
  for (let i = 1; i < ordered.length; i++) {
    if (targetKey(ordered[i - 1]!) === targetKey(ordered[i]!)) diffs.push(diffRuns(ordered[i - 1]!, ordered[i]!));
  }
  return diffs;
}
