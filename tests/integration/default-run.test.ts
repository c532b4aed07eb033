// The default run (no arguments: every feature against the bundled mock) passes every check it does not skip,
// and each request it sends feeds three checks or more on average.
import { describe, expect, it } from 'vitest';
import { allChecks, runConform } from '../../suites/index.ts';
import type { RunContext, TranscriptSet } from '../../suites/index.ts';
import { fanOut } from './helpers/fan-out.ts';

describe('the default run against the bundled mock', () => {
  it('passes every check, skips only the opt-in burst, and feeds each request to 3+ checks on average', async () => {
    const r = await runConform({});
    const notPassing = r.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.status}`);
    expect(notPassing).toEqual(
      r.checks.filter((c) => c.id.startsWith('rate-limits.') && c.status === 'skip').map((c) => `${c.id}: skip`),
    );
    expect(notPassing.length).toBeLessThanOrEqual(4);
    expect(r.checks).toHaveLength(allChecks.length);

    const ran = allChecks.filter((c) => r.checks.find((x) => x.id === c.id)?.status !== 'skip');
    const { exchanges, reads } = fanOut(
      ran,
      r.transcripts as TranscriptSet,
      (r.options as { context: RunContext }).context,
    );
    expect(exchanges).toBe(r.requests - 1 /* preflight */);
    expect(
      reads / exchanges,
      `${reads} check reads over ${exchanges} requests (${(reads / exchanges).toFixed(1)} each)`,
    ).toBeGreaterThanOrEqual(3);
  });
});
