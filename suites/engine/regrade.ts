// Re-grades a saved run with the current checks: no request is sent, only transcripts are read.
import type { Check, Results, RunContext } from './types.ts';
import { allChecks } from '../checks/index.ts';
import { verdictFor } from './grade.ts';
import { summarize } from './results.ts';
import { resolveSelection } from './selection.ts';
import { ConfigError } from './config-error.ts';
import type { FeatureTag } from '../features.ts';

interface SavedOptions {
  features?: FeatureTag[] | null;
  exclude?: FeatureTag[] | null;
  claims?: { file: string; features: string[] } | null;
  baseline?: { file: string; expectedFailures: Array<string | { id: string; reason?: string }> } | null;
  context?: RunContext;
}

export function regrade(saved: Results, o: { checks?: Check[] } = {}): Results {
  if (!saved.transcripts) throw new ConfigError('[conform] these results hold no transcripts, so they cannot be re-graded. Re-run conform to record them.');
  const opts = (saved.options ?? {}) as SavedOptions;
  const ctx = opts.context;
  if (!ctx) throw new ConfigError('[conform] these results hold no run context (options.context), so they cannot be re-graded. Re-run conform to record it.');
  const sel = resolveSelection(
    {
      features: opts.features ?? undefined,
      exclude: opts.exclude ?? undefined,
      claims: opts.claims ?? undefined,
      baseline: opts.baseline ?? undefined,
    },
    o.checks ?? allChecks,
  );
  const checks = sel.checks.map((c) => verdictFor(c, saved.transcripts!, ctx, { claims: sel.claims, baseline: sel.baseline }));
  return { ...saved, checks, summary: summarize(checks), options: { ...saved.options, regradedAt: new Date().toISOString() } };
}
