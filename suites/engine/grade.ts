// Turns one check's grader output into its verdict: probe failures, levels, trials, claims and baseline.
// Pure: it reads transcripts only, so a saved run re-grades to the same verdicts offline.
import type { Check, CheckResult, GradeDetails, RunContext, Status, TranscriptSet } from './types.ts';
import { wilson } from './wilson.ts';
import { isFailingStatus } from './fails-run.ts';

export interface VerdictOptions {
  /** features the target claims (--claims); undefined: everything is claimed implicitly */
  claims?: { features: ReadonlySet<string>; file: string };
  /** expected failures (--baseline): check id → reason */
  baseline?: { ids: ReadonlyMap<string, string | undefined>; file: string };
}

type Verdict = { status: Status; message: string; details?: GradeDetails; prerequisite?: string };

/** trial k of a check reads `${probe}#${k}` where the repeatable probe ran again, else the shared transcript */
function trialView(t: TranscriptSet, probes: string[], k: number): TranscriptSet | undefined {
  if (k === 1) return t;
  let changed = false;
  const view: TranscriptSet = { ...t };
  for (const p of probes) {
    const again = t[`${p}#${k}`];
    if (again) {
      view[p] = again;
      changed = true;
    }
  }
  return changed ? view : undefined;
}

function gradeOnce(check: Check, t: TranscriptSet, ctx: RunContext): Verdict {
  let skipped: Verdict | undefined;
  for (const p of check.probes) {
    const tr = t[p];
    if (!tr) return { status: 'error', message: `probe ${p} has no transcript (unknown probe id, or it never ran)` };
    if (tr.failure?.kind === 'error') return { status: 'error', message: `probe ${p} failed: ${tr.failure.message}` };
    if (tr.failure?.kind === 'skip')
      skipped ??= { status: 'skip', message: `probe ${p} not sent: ${tr.failure.message}` };
  }
  if (skipped) return skipped;
  let g;
  try {
    g = check.grade(t, ctx);
  } catch (err) {
    return { status: 'error', message: `grader threw: ${err instanceof Error ? err.message : String(err)}` };
  }
  switch (g.status) {
    case 'pass':
      return { status: 'pass', message: g.message ?? '', details: g.details };
    case 'fail':
      return { status: check.level === 'MUST' ? 'fail' : 'warn', message: g.message, details: g.details };
    case 'unsupported':
      return { status: 'unsupported', message: g.message, details: g.details };
    case 'inconclusive':
      return { status: 'inconclusive', message: g.message, details: g.details };
    case 'skip':
      return { status: 'skip', message: g.message };
    case 'untestable':
      return { status: 'untestable', message: `Not testable: ${g.message}`, prerequisite: g.prerequisite };
    default:
      return {
        status: 'error',
        message: `grader returned an unknown status: ${JSON.stringify((g as { status?: unknown }).status)}`,
      };
  }
}

// worst first: a check is as bad as its worst graded trial
const SEVERITY: Status[] = ['error', 'fail', 'untestable', 'warn', 'inconclusive', 'unsupported', 'pass'];

/** repeatable checks: graded once per trial; pass only when every graded trial passes, `flaky` when they disagree */
function gradeTrials(check: Check, t: TranscriptSet, ctx: RunContext): Verdict {
  const trials: Verdict[] = [];
  for (let k = 1; k <= Math.max(1, ctx.trials); k++) {
    const view = trialView(t, [...check.probes, ...(check.optionalProbes ?? [])], k);
    if (view) trials.push(gradeOnce(check, view, ctx));
  }
  const graded = trials.filter((v) => v.status !== 'skip');
  if (graded.length === 0) return trials[0];
  const passed = graded.filter((v) => v.status === 'pass').length;
  const worst = SEVERITY.find((s) => graded.some((v) => v.status === s)) ?? 'pass';
  const pick = graded.find((v) => v.status === worst) ?? graded[0];
  const { low, high } = wilson(passed, graded.length);
  const stats = { passed, total: graded.length, low, high, flaky: passed > 0 && passed < graded.length };
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const rate = `${passed}/${graded.length} trials passed (95% CI ${pct(low)}–${pct(high)})${stats.flaky ? ', flaky' : ''}`;
  // a rate says something only over several trials, and nothing about a probe that never ran
  if (graded.length === 1 || worst === 'error') return { ...pick, details: { ...pick.details, trials: stats } };
  return {
    ...pick,
    message: pick.message ? `${rate}: ${pick.message}` : rate,
    details: { ...pick.details, trials: stats },
  };
}

export function verdictFor(check: Check, t: TranscriptSet, ctx: RunContext, opts: VerdictOptions = {}): CheckResult {
  let v: Verdict;
  if (opts.claims && !opts.claims.features.has(check.feature)) {
    v = { status: 'skip', message: `feature "${check.feature}" not claimed in ${opts.claims.file}` };
  } else {
    v = check.repeatable ? gradeTrials(check, t, ctx) : gradeOnce(check, t, ctx);
    if (opts.claims && v.status === 'unsupported') {
      v = {
        ...v,
        status: 'fail',
        message: `feature "${check.feature}" is claimed in ${opts.claims.file} but unsupported: ${v.message}`,
      };
    }
  }
  const result = toResult(
    check,
    v,
    (check.optionalProbes ?? []).filter((p) => t[p] !== undefined),
  );
  if (opts.baseline?.ids.has(check.id)) {
    if (result.status === 'pass') {
      result.status = 'fail';
      result.message = `stale baseline entry: ${check.id} now passes; remove it from ${opts.baseline.file}`;
    } else if (result.status === 'warn' || isFailingStatus(result.status)) {
      result.baselined = true;
      const reason = opts.baseline.ids.get(check.id);
      if (reason) result.message = `${result.message} (expected by ${opts.baseline.file}: ${reason})`;
    }
  }
  return result;
}

function toResult(check: Check, v: Verdict, optionalRead: string[]): CheckResult {
  const d = v.details ?? {};
  const evidence: CheckResult['evidence'] = {
    probes: optionalRead.length ? [...check.probes, ...optionalRead] : check.probes,
    source: check.source,
  };
  if (check.breaks?.length) evidence.breaks = check.breaks;
  if (check.divergences?.length) evidence.divergences = check.divergences;
  if (d.issues?.length) evidence.issues = d.issues;
  if (d.seen !== undefined) evidence.seen = d.seen;
  if (d.exchange) evidence.exchange = d.exchange;
  if (d.note !== undefined) evidence.note = d.note;
  if (d.trials) evidence.trials = d.trials;
  if (v.prerequisite !== undefined) evidence.prerequisite = v.prerequisite;
  return {
    id: check.id,
    title: check.title,
    feature: check.feature,
    level: check.level,
    status: v.status,
    message: v.message,
    evidence,
  };
}
