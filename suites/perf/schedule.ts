// Open-loop arrivals: the whole Poisson schedule is drawn from the seed before anything is sent, as absolute
// offsets (sleeping each relative gap undershoots the rate, vllm #21104).
import { exponential, seededRandom } from '../../mock/core/latency/random.ts';

/** Offsets in ms from the level's start of `n` arrivals at `rate` per second. */
export function poissonOffsets(n: number, rate: number, seed: number): number[] {
  const random = seededRandom(seed);
  const out: number[] = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    out.push(t);
    t += exponential(random, rate) * 1000;
  }
  return out;
}
