// One request's latencies, counted from its intended send (reference §1.2): the one place TTFT, E2E and TPOT are
// defined, for the level figures, goodput and cold starts alike.
import type { Outcome } from './send-with-retries.ts';
import { tokensOf } from './tokens.ts';

export interface RequestTimes {
  /** first output-bearing chunk − intended send */
  ttft: number;
  /** last output-bearing chunk − intended send */
  e2e: number;
  /** (last − first output chunk) / (output tokens − 1); absent below two tokens or with one chunk */
  tpot?: number;
}

/** undefined for a failed request, or one with no output (no TTFT: vllm PR #5895); `completion`: its tokens */
export function timesOf(o: Outcome, completion = tokensOf(o).completion): RequestTimes | undefined {
  if (!o.ok) return undefined;
  const a = o.attempts.at(-1)!;
  if (a.first === undefined || a.last === undefined) return undefined;
  const times: RequestTimes = { ttft: a.first - o.scheduled, e2e: a.last - o.scheduled };
  if (completion >= 2 && a.last > a.first) times.tpot = (a.last - a.first) / (completion - 1);
  return times;
}
