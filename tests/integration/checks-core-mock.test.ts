// The core suites against the bundled mock: every check passes, and each recorded request feeds several checks.
import { describe, expect, it } from 'vitest';
import { allChecks, runConform } from '../../suites/index.ts';
import type { Exchange, RunContext, TranscriptSet } from '../../suites/index.ts';
import { CORE, PENDING } from './checks-core-table.ts';

/** re-grade every core check over proxied transcripts and count, per exchange, the checks that read its response */
function fanOut(t: TranscriptSet, ctx: RunContext): { exchanges: number; reads: number } {
  const readers = new Map<Exchange, Set<string>>();
  let current = '';
  const wrap = (ex: Exchange) =>
    new Proxy(ex, {
      get(target, key, recv) {
        if (key === 'response') (readers.get(target) ?? readers.set(target, new Set()).get(target)!).add(current);
        return Reflect.get(target, key, recv);
      },
    });
  const proxied: TranscriptSet = Object.fromEntries(Object.entries(t).map(([k, tr]) => [k, { ...tr, exchanges: tr.exchanges.map(wrap) }]));
  for (const check of allChecks.filter((c) => (CORE as readonly string[]).includes(c.feature))) {
    current = check.id;
    check.grade(proxied, ctx);
  }
  const exchanges = Object.entries(t).filter(([k]) => k !== 'preflight').flatMap(([, tr]) => tr.exchanges);
  const reads = exchanges.reduce((n, ex) => n + (readers.get(ex)?.size ?? 0), 0);
  return { exchanges: exchanges.length, reads };
}

describe('core checks against the bundled mock', () => {
  it('pass, with each request feeding three checks or more on average', async () => {
    const r = await runConform({ features: [...CORE] });
    const bad = r.checks.filter((c) => c.status !== 'pass' && !(c.id in PENDING)).map((c) => `${c.id}: ${c.status}: ${c.message}`);
    expect(bad).toEqual([]);
    for (const id of Object.keys(PENDING)) expect(r.checks.find((c) => c.id === id)?.status, `${id} passes now: remove it from PENDING`).not.toBe('pass');
    expect(r.checks.length).toBeGreaterThanOrEqual(80);

    const { exchanges, reads } = fanOut(r.transcripts as TranscriptSet, (r.options as { context: RunContext }).context);
    expect(exchanges).toBe(r.requests - 1 /* preflight */);
    expect(reads / exchanges, `${reads} check reads over ${exchanges} requests`).toBeGreaterThanOrEqual(3);
  });
});
