// The core suites against the bundled mock: every check passes, and each recorded request feeds several checks.
import { describe, expect, it } from 'vitest';
import { allChecks, runConform } from '../../suites/index.ts';
import type { RunContext, TranscriptSet } from '../../suites/index.ts';
import { CORE, PENDING } from './checks-core-table.ts';
import { fanOut } from './helpers/fan-out.ts';

describe('core checks against the bundled mock', () => {
  it('pass, with each request feeding three checks or more on average', async () => {
    const r = await runConform({ features: [...CORE] });
    const bad = r.checks
      .filter((c) => c.status !== 'pass' && !(c.id in PENDING))
      .map((c) => `${c.id}: ${c.status}: ${c.message}`);
    expect(bad).toEqual([]);
    for (const id of Object.keys(PENDING))
      expect(r.checks.find((c) => c.id === id)?.status, `${id} passes now: remove it from PENDING`).not.toBe('pass');
    expect(r.checks.length).toBeGreaterThanOrEqual(80);

    const core = allChecks.filter((c) => (CORE as readonly string[]).includes(c.feature));
    const { exchanges, reads } = fanOut(
      core,
      r.transcripts as TranscriptSet,
      (r.options as { context: RunContext }).context,
    );
    expect(exchanges).toBe(r.requests - 1 /* preflight */);
    expect(reads / exchanges, `${reads} check reads over ${exchanges} requests`).toBeGreaterThanOrEqual(3);
  });
});
