// Re-grades a saved run with the current checks: no request is sent, only transcripts are read.
// A saved run keeps a prefix of long bodies (stored-copy.ts). A check that reads such a body and now
// disagrees with the live run's verdict (or is new) is `inconclusive`: the live run graded the whole body,
// this one cannot, and a verdict on a cut body ("not JSON") would be ours, not the target's.
import type { Check, CheckResult, Results, RunContext } from './types.ts';
import { allChecks } from '../checks/index.ts';
import { verdictFor } from './grade.ts';
import { summarize } from './results.ts';
import { resolveSelection } from './selection.ts';
import { ConfigError } from './config-error.ts';
import { cutBodies, describeCut } from './stored-copy.ts';
import type { FeatureTag } from '../features.ts';

interface SavedOptions {
  features?: FeatureTag[] | null;
  exclude?: FeatureTag[] | null;
  claims?: { file: string; features: string[] } | null;
  baseline?: { file: string; expectedFailures: Array<string | { id: string; reason?: string }> } | null;
  context?: RunContext;
}

export function regrade(saved: Results, o: { checks?: Check[] } = {}): Results {
  if (!saved.transcripts)
    throw new ConfigError(
      '[conform] these results hold no transcripts, so they cannot be re-graded. Re-run conform to record them.',
    );
  const opts = (saved.options ?? {}) as SavedOptions;
  const ctx = opts.context;
  if (!ctx)
    throw new ConfigError(
      '[conform] these results hold no run context (options.context), so they cannot be re-graded. Re-run conform to record it.',
    );
  const sel = resolveSelection(
    {
      features: opts.features ?? undefined,
      exclude: opts.exclude ?? undefined,
      claims: opts.claims ?? undefined,
      baseline: opts.baseline ?? undefined,
    },
    o.checks ?? allChecks,
  );
  const before = new Map(saved.checks.map((c) => [c.id, c]));
  const checks = sel.checks.map((c) => {
    const now = verdictFor(c, saved.transcripts!, ctx, { claims: sel.claims, baseline: sel.baseline });
    return onCutBodies(
      now,
      before.get(c.id),
      cutBodies(saved.transcripts!, [...c.probes, ...(c.optionalProbes ?? [])]),
    );
  });
  return {
    ...saved,
    checks,
    summary: summarize(checks),
    options: { ...saved.options, regradedAt: new Date().toISOString() },
  };
}

function onCutBodies(now: CheckResult, live: CheckResult | undefined, cut: ReturnType<typeof cutBodies>): CheckResult {
  if (cut.length === 0 || (live !== undefined && live.status === now.status)) return now;
  const said = live ? `the live run graded it whole and said ${live.status}` : 'the live run did not grade this check';
  const { baselined: _, ...rest } = now; // nothing failed, so nothing is expected to
  return {
    ...rest,
    status: 'inconclusive',
    message: `re-graded from a saved run that keeps only part of a body (${cut.map(describeCut).join('; ')}): ${said}; this check now says ${now.status}${now.message ? ` (${now.message})` : ''}. Re-run conform to grade the whole body.`,
  };
}
