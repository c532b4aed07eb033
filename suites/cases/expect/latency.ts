// `latencyMs`: the whole answer within `max` ms, its first body byte within `firstByteMax` ms.
import { fail, pass, type Outcome, type Trial } from './outcome.ts';

export function expectLatency(want: { max?: number; firstByteMax?: number }, t: Trial): Outcome {
  const res = t.ex.response!;
  const first = res.firstByteMs ?? res.ttfbMs;
  if (want.firstByteMax !== undefined && first > want.firstByteMax)
    return fail(`the first byte came after ${Math.round(first)} ms; at most ${want.firstByteMax} ms expected`, {
      seen: first,
    });
  if (want.max !== undefined && res.totalMs > want.max)
    return fail(`the answer took ${Math.round(res.totalMs)} ms; at most ${want.max} ms expected`, {
      seen: res.totalMs,
    });
  return pass(`answered in ${Math.round(res.totalMs)} ms`);
}
