// --burst against the bundled mock: the burst meets a real limit (a second instance with a small rpm), runs after
// every other probe, and the rest of the run is graded as without it.
import { describe, expect, it } from 'vitest';
import { runConform } from '../../suites/index.ts';
import { OPT_IN_SKIPS } from './quirks-table.ts';

const BURST = 'rate-limits.burst';

describe('conform --burst on the bundled mock', () => {
  it('passes the four burst checks, after every other probe, and every other check still passes', async () => {
    const r = await runConform({ burst: true });
    const status = (ids: string[]) =>
      Object.fromEntries(ids.map((id) => [id, r.checks.find((c) => c.id === id)?.status]));
    expect(status(OPT_IN_SKIPS)).toEqual(Object.fromEntries(OPT_IN_SKIPS.map((id) => [id, 'pass'])));
    expect(r.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.status}: ${c.message}`)).toEqual([]);
    expect(r.requests).toBe(r.plannedRequests);

    const transcripts = r.transcripts!;
    const burst = transcripts[BURST];
    const others = Object.entries(transcripts).filter(([k]) => k !== BURST && k !== 'preflight');
    const lastEnd = Math.max(...others.map(([, t]) => Date.parse(t.startedAt) + t.durationMs));
    expect(Date.parse(burst.startedAt)).toBeGreaterThanOrEqual(lastEnd);
    expect(burst.notes).toContain(
      'sent to a second bundled mock with rpm 15, so the burst meets the limit while the rest of the run does not',
    );
  }, 60_000);

  it('keeps an rpm the caller chose: above the burst, the burst checks cannot meet a 429', async () => {
    const r = await runConform({ burst: true, features: ['rate-limits'], mock: { rpm: 1000 } });
    expect(r.checks.find((c) => c.id === 'rate-limits.burst-429')).toMatchObject({ status: 'untestable' });
    expect(r.transcripts![BURST].notes ?? []).not.toContain(expect.stringMatching(/second bundled mock/));
  }, 60_000);
});
