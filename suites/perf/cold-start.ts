// Cold starts: after each idle gap one probe, then a few requests back to back. The probe is flagged cold when
// its TTFT exceeds the p99 of those warm requests — both without the time spent opening a new connection: after
// an idle spell the server has often closed the kept-alive socket, and a TLS handshake is not a model loading.
// The run's very first request (idle null) is reported too: nothing was warm then.
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { stats } from './percentile.ts';
import { timesOf } from './request-times.ts';
import type { Outcome } from './send-with-retries.ts';

export interface ProbeRound {
  idleMs: number | null;
  probe: Outcome | undefined;
  warm: Outcome[];
}

/** the connection time in an outcome's TTFT (its last attempt's; earlier attempts' are wait, not TTFT) */
const connectOf = (o: Outcome): number => (o?.ok ? (o.attempts.at(-1)?.connectMs ?? 0) : 0);

/** TTFT without the connection's opening: what the server took */
const serverTtftOf = (o: Outcome): number | undefined => {
  const ttft = timesOf(o)?.ttft;
  return ttft === undefined ? undefined : ttft - connectOf(o);
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
  const warmTtft = rounds.flatMap((r) => r.warm.map(serverTtftOf)).filter((x): x is number => x !== undefined);
  const warm = stats(warmTtft);
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  const probes = rounds.map((r) => {
    const times = r.probe && timesOf(r.probe);
    if (!r.probe || !times) return { idleMs: r.idleMs, ok: false };
    const connect = connectOf(r.probe);
    const server = times.ttft - connect;
    const cold = warm.p99 !== undefined ? server > warm.p99 : undefined;
    return {
      idleMs: r.idleMs,
      ok: true,
      ttftMs: round3(times.ttft),
      e2eMs: round3(times.e2e),
      ...(connect > 0 ? { connectMs: round3(connect) } : {}),
      ...(cold !== undefined ? { cold } : {}),
      ...(warm.p50 !== undefined ? { addedMs: round3(server - warm.p50) } : {}),
    };
  });
  return { probes, warm, detected: probes.some((p) => p.idleMs !== null && 'cold' in p && p.cold === true) };
}
