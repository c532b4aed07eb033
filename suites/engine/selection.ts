// Which checks run, what the target claims, which failures are expected — all validated before any request.
import { FEATURES, isFeatureTag } from '../features.ts';
import type { Check } from './types.ts';
import type { RunOptions } from './options.ts';
import type { VerdictOptions } from './grade.ts';
import { ConfigError } from './config-error.ts';

export interface Selection {
  checks: Check[];
  claims?: NonNullable<VerdictOptions['claims']>;
  baseline?: NonNullable<VerdictOptions['baseline']>;
}

const FEATURE_LIST = Object.keys(FEATURES).join(', ');

function checkTags(flag: string, tags: readonly string[] | undefined): void {
  const unknown = (tags ?? []).filter((t) => !isFeatureTag(t));
  if (unknown.length > 0) {
    throw new ConfigError(
      `[conform] ${flag} names unknown features: ${unknown.join(', ')}. Known features: ${FEATURE_LIST}.`,
    );
  }
}

function checkCount(flag: string, value: number | undefined, min: number, example: string): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(
      `[conform] ${flag} must be an integer ≥ ${min}, got ${JSON.stringify(value)}. Example: ${flag} ${example}`,
    );
  }
}

export function resolveSelection(o: RunOptions, all: Check[]): Selection {
  checkTags('--features', o.features);
  checkTags('--exclude', o.exclude);
  checkCount('--budget', o.budget, 1, '200');
  checkCount('--timeout', o.timeoutMs, 1, '30000');
  checkCount('--concurrency', o.concurrency, 1, '4');
  checkCount('--trials', o.trials, 1, '5');
  if (o.seed !== undefined && !Number.isInteger(o.seed))
    throw new ConfigError(`[conform] --seed must be an integer, got ${JSON.stringify(o.seed)}. Example: --seed 42`);
  const only = o.features?.length ? new Set<string>(o.features) : undefined;
  const without = new Set<string>(o.exclude ?? []);
  const checks = all.filter((c) => (!only || only.has(c.feature)) && !without.has(c.feature));
  const sel: Selection = { checks };
  if (o.claims) {
    const file = o.claims.file ?? 'the claims';
    if (!Array.isArray(o.claims.features) || o.claims.features.some((f) => typeof f !== 'string')) {
      throw new ConfigError(
        `[conform] ${file} must be {"features": ["chat", "streaming", …]}, got ${JSON.stringify(o.claims.features)}.`,
      );
    }
    checkTags(`${file} (claims)`, o.claims.features);
    sel.claims = { features: new Set(o.claims.features), file };
  }
  if (o.baseline) {
    const file = o.baseline.file ?? 'the baseline';
    const entries = o.baseline.expectedFailures;
    if (!Array.isArray(entries)) {
      throw new ConfigError(
        `[conform] ${file} must be {"expectedFailures": ["check.id", {"id": "check.id", "reason": "…"}]}, got ${JSON.stringify(entries)}.`,
      );
    }
    const ids = new Map<string, string | undefined>();
    for (const e of entries) {
      const id = typeof e === 'string' ? e : e?.id;
      if (typeof id !== 'string')
        throw new ConfigError(
          `[conform] ${file}: each expected failure is a check id or {"id", "reason"}, got ${JSON.stringify(e)}.`,
        );
      ids.set(id, typeof e === 'string' ? undefined : e.reason);
    }
    // a baseline naming a check that no longer exists has rotted just like one that now passes
    const known = new Set(all.map((c) => c.id));
    const unknown = [...ids.keys()].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new ConfigError(
        `[conform] ${file} lists checks that do not exist: ${unknown.join(', ')}. Remove them (see results.json for the current check ids).`,
      );
    }
    sel.baseline = { ids, file };
  }
  return sel;
}
