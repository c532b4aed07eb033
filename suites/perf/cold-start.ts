// Cold starts: after each idle gap one probe, then a few requests back to back. The probe is flagged cold when
// its TTFT exceeds the p99 of those warm requests. The run's very first request (idle null) is reported too:
// nothing was warm then, the connection included.
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { stats } from './percentile.ts';
import type { Outcome } from './send-with-retries.ts';

export interface ProbeRound {
  idleMs: number | null;
  probe: Outcome | undefined;
  warm: Outcome[];
}

const ttftOf = (o: Outcome | undefined): number | undefined => {
  const a = o?.ok ? o.attempts.at(-1) : undefined;
  return a?.first === undefined ? undefined : a.first - o!.scheduled;
};

export async function probeRounds(
  idleMs: number[],
  warmFollowUps: number,
  sendNow: () => Promise<Outcome | undefined>,
  onRound?: (idle: number) => void,
): Promise<ProbeRound[]> {
  const rounds: ProbeRound[] = [];
  for (const idle of idleMs) {
    onRound?.(idle);
    await new Promise((r) => setTimeout(r, idle));
    const probe = await sendNow();
    const warm: Outcome[] = [];
    for (let i = 0; i < warmFollowUps && probe; i++) {
      const o = await sendNow();
      if (!o) break;
      warm.push(o);
    }
    rounds.push({ idleMs: idle, probe, warm });
  }
  return rounds;
}

export function coldStartReport(rounds: ProbeRound[]): ConformPerf['coldStart'] {
  const warmTtft = rounds.flatMap((r) => r.warm.map(ttftOf)).filter((x): x is number => x !== undefined);
  const warm = stats(warmTtft);
  const probes = rounds.map((r) => {
    const ttft = ttftOf(r.probe);
    const last = r.probe?.attempts.at(-1);
    if (ttft === undefined || last?.last === undefined) return { idleMs: r.idleMs, ok: false };
    const cold = warm.p99 !== undefined ? ttft > warm.p99 : undefined;
    return {
      idleMs: r.idleMs,
      ok: true,
      ttftMs: Math.round(ttft * 1000) / 1000,
      e2eMs: Math.round((last.last - r.probe!.scheduled) * 1000) / 1000,
      ...(cold !== undefined ? { cold } : {}),
      ...(warm.p50 !== undefined ? { addedMs: Math.round((ttft - warm.p50) * 1000) / 1000 } : {}),
    };
  });
  return { probes, warm, detected: probes.some((p) => p.idleMs !== null && 'cold' in p && p.cold === true) };
}
